export {};
//# sourceMappingURL=passage.js.map