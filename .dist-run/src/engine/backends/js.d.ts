/**
 * The pure-TypeScript backend: the living definition of every kernel in `Kernels`. The native
 * addon must match it within float tolerance (see kernels.case.test.ts). Accumulations run in
 * float64 (JS numbers), stores round to float32.
 */
import type { Kernels } from "../kernels.js";
export declare const jsKernels: Kernels;
