/**
 * Chooses the compute backend once, at start-up: the native addon when it loads, else pure
 * TypeScript. SWIRL_BACKEND=js|native overrides (native then fails loudly if unavailable).
 * SWIRL_THREADS sets BLAS threads (default: all cores, which suits small machines; the kernels
 * themselves are single-threaded so nothing oversubscribes).
 */
import { cpus } from "node:os";
import { jsKernels } from "./backends/js.js";
import { loadNativeKernels } from "./backends/native.js";
let active;
let fallbackReason = "";
function choose() {
    const want = process.env.SWIRL_BACKEND;
    if (want !== undefined && want !== "js" && want !== "native") {
        throw new Error(`SWIRL_BACKEND must be "js" or "native", got "${want}"`);
    }
    if (want === "js")
        return jsKernels;
    const native = loadNativeKernels();
    if (typeof native !== "string")
        return native;
    if (want === "native")
        throw new Error(`SWIRL_BACKEND=native but ${native}`);
    fallbackReason = native;
    return jsKernels;
}
/** The active backend's kernels. */
export function kernels() {
    if (active === undefined) {
        active = choose();
        const threads = Number(process.env.SWIRL_THREADS ?? cpus().length);
        active.setThreads(Math.max(1, threads));
    }
    return active;
}
/** Why the native backend is not in use ("" when it is, or when js was asked for). */
export function nativeFallbackReason() {
    kernels();
    return fallbackReason;
}
/** Switches backend (tests run one suite against both). */
export function useBackend(k) {
    active = k;
}
/** The native kernels if they load, for tests and benches that compare backends. */
export function nativeKernelsOrNull() {
    const k = loadNativeKernels();
    return typeof k === "string" ? null : k;
}
//# sourceMappingURL=backend.js.map