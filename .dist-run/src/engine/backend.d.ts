import type { Kernels } from "./kernels.js";
/** The active backend's kernels. */
export declare function kernels(): Kernels;
/** Why the native backend is not in use ("" when it is, or when js was asked for). */
export declare function nativeFallbackReason(): string;
/** Switches backend (tests run one suite against both). */
export declare function useBackend(k: Kernels): void;
/** The native kernels if they load, for tests and benches that compare backends. */
export declare function nativeKernelsOrNull(): Kernels | null;
