/**
 * The native backend: a plain-C N-API addon (native/binding.c, native/kernels.c, native/gemm.c)
 * built by node-gyp at `npm install`, with its own GEMM. Its exports have exactly the signatures
 * of `Kernels`, plus `setGemm`, which picks the GEMM kernel: SWIRL_GEMM=auto (default: the widest
 * vector unit the CPU has), avx2, avx512, or openblas (opened at run time if installed).
 */
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Kernels } from "../kernels.js";
import { packageRoot } from "../../util/package-root.js";


export const ADDON_PATH = join(packageRoot(import.meta.url), "build", "Release", "swirl_native.node");

/** The GEMM kernels the addon can run; "auto" is the widest of its own that the CPU has. */
export const GEMM_KERNELS = ["auto", "avx2", "avx512", "openblas"] as const;
export type GemmKernel = (typeof GEMM_KERNELS)[number];

export interface NativeKernels extends Kernels {
  /** Chooses the GEMM kernel for the whole process; throws a RangeError if it is not available. */
  setGemm(kernel: GemmKernel): void;
  /** What sgemm computes on the own kernels, as plain scalar loops (native/gemm.c, gemm_small.c): the kernels must equal it bit for bit. */
  sgemmReference: Kernels["sgemm"];
}

/** Loads the addon (applying SWIRL_GEMM), or returns the reason it cannot be used. */
export function loadNativeKernels(): NativeKernels | string {
  if (!existsSync(ADDON_PATH)) return `addon not built (${ADDON_PATH} missing)`;
  let addon: Omit<NativeKernels, "name">;
  try {
    addon = createRequire(import.meta.url)(ADDON_PATH) as Omit<NativeKernels, "name">;
  } catch (e) {
    return `addon failed to load: ${(e as Error).message}`;
  }
  const want = process.env.SWIRL_GEMM;
  if (want !== undefined && want !== "") {
    if (!(GEMM_KERNELS as readonly string[]).includes(want)) {
      throw new Error(`SWIRL_GEMM must be one of ${GEMM_KERNELS.join(", ")}; got "${want}"`);
    }
    try {
      addon.setGemm(want as GemmKernel);
    } catch (e) {
      throw new Error(`SWIRL_GEMM=${want}: ${(e as Error).message}`);
    }
  }
  return { ...addon, name: "native" };
}
