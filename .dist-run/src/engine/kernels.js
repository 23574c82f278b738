export {};
//# sourceMappingURL=kernels.js.map