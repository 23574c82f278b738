import type { Kernels } from "../kernels.js";
export declare const ADDON_PATH: string;
/** Loads the addon, or returns the reason it cannot be used. */
export declare function loadNativeKernels(): Kernels | string;
