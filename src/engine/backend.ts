/**
 * Chooses the compute backend once, at start-up: the native addon when it loads, else pure
 * TypeScript. SWIRL_BACKEND=js|native overrides (native then fails loudly if unavailable).
 * SWIRL_THREADS sets GEMM threads (default: all cores, which suits small machines; the other
 * kernels are single-threaded so nothing oversubscribes). SWIRL_GEMM picks the native GEMM
 * kernel (backends/native.ts).
 */
import { cpus } from "node:os";
import type { Kernels } from "./kernels.js";
import { jsKernels } from "./backends/js.js";
import { loadNativeKernels, type NativeKernels } from "./backends/native.js";

let active: Kernels | undefined;
let fallbackReason = "";

function choose(): Kernels {
  const want = process.env.SWIRL_BACKEND;
  if (want !== undefined && want !== "js" && want !== "native") {
    throw new Error(`SWIRL_BACKEND must be "js" or "native", got "${want}"`);
  }
  if (want === "js") return jsKernels;
  const native = loadNativeKernels();
  if (typeof native !== "string") return native;
  if (want === "native") throw new Error(`SWIRL_BACKEND=native but ${native}`);
  fallbackReason = native;
  return jsKernels;
}

/** The active backend's kernels. */
export function kernels(): Kernels {
  if (active === undefined) {
    active = choose();
    active.setThreads(blasThreads());
  }
  return active;
}

/** GEMM threads by default: SWIRL_THREADS, else one per core. */
export function blasThreads(): number {
  return Math.max(1, Number(process.env.SWIRL_THREADS ?? cpus().length));
}

/** Why the native backend is not in use ("" when it is, or when js was asked for). */
export function nativeFallbackReason(): string {
  kernels();
  return fallbackReason;
}

/** Switches backend (tests run one suite against both). */
export function useBackend(k: Kernels): void {
  active = k;
}

/** The native kernels if they load, for tests and benches that compare backends. */
export function nativeKernelsOrNull(): NativeKernels | null {
  const k = loadNativeKernels();
  return typeof k === "string" ? null : k;
}
