/**
 * The native backend: a plain-C N-API addon (native/binding.c, native/kernels.c) built by
 * node-gyp at `npm install`, calling OpenBLAS for GEMM. Its exports have exactly the
 * signatures of `Kernels`, so this file only loads it.
 */
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../../util/package-root.js";
export const ADDON_PATH = join(packageRoot(import.meta.url), "build", "Release", "swirl_native.node");
/** Loads the addon, or returns the reason it cannot be used. */
export function loadNativeKernels() {
    if (!existsSync(ADDON_PATH))
        return `addon not built (${ADDON_PATH} missing)`;
    try {
        const addon = createRequire(import.meta.url)(ADDON_PATH);
        return { ...addon, name: "native" };
    }
    catch (e) {
        return `addon failed to load: ${e.message}`;
    }
}
//# sourceMappingURL=native.js.map