export interface TrainRow {
    readonly config: "S" | "M";
    readonly params: number;
    readonly swirl_native_tok_s: number | null;
    readonly swirl_js_tok_s: number | null;
    readonly torch_tok_s: number | null;
    readonly swirl_native_peak_mb: number | null;
    readonly swirl_js_peak_mb: number | null;
    readonly torch_peak_mb: number | null;
    readonly ratio_native: number | null;
    readonly ratio_js: number | null;
}
export declare function benchTrain(opts: {
    quick: boolean;
}): Promise<TrainRow[]>;
