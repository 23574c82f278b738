/**
 * The native backend: a plain-C N-API addon (native/binding.c, native/kernels.c) built by
 * node-gyp at `npm install`, calling OpenBLAS for GEMM. Its exports have exactly the
 * signatures of `Kernels`, so this file only loads it.
 */
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Kernels } from "../kernels.js";
import { packageRoot } from "../../util/package-root.js";


export const ADDON_PATH = join(packageRoot(import.meta.url), "build", "Release", "swirl_native.node");

/** Loads the addon, or returns the reason it cannot be used. */
export function loadNativeKernels(): Kernels | string {
  if (!existsSync(ADDON_PATH)) return `addon not built (${ADDON_PATH} missing)`;
  try {
    const addon = createRequire(import.meta.url)(ADDON_PATH) as Omit<Kernels, "name">;
    return { ...addon, name: "native" };
  } catch (e) {
    return `addon failed to load: ${(e as Error).message}`;
  }
}
