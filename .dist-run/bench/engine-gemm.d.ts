export interface GemmShape {
    /** what it is in a training step */
    readonly name: string;
    readonly M: number;
    readonly N: number;
    readonly K: number;
    readonly transA: boolean;
    readonly transB: boolean;
}
export interface GemmRow extends GemmShape {
    readonly threads: number;
    /** which `Kernels` ran the engine side ("native", or "js" when the addon is not built) */
    readonly backend: string;
    readonly engine_gflops: number;
    /** null when the C reference could not be compiled */
    readonly direct_gflops: number | null;
    /** engine / direct */
    readonly ratio: number | null;
}
/** 64³, 256³, 1024³, and the two backward GEMMs of a 4096-token batch through a 256→768 layer. */
export declare const GEMM_SHAPES: readonly GemmShape[];
export declare function benchGemm(opts: {
    quick: boolean;
}): Promise<GemmRow[]>;
/** The table printed by `npm run bench -- engine`. */
export declare function formatGemmTable(rows: readonly GemmRow[]): string;
