export interface BootstrapResult {
    /** mean(treatment) − mean(base) on the full set. */
    readonly difference: number;
    readonly low: number;
    readonly high: number;
    /** Two-sided: twice the smaller share of resampled differences on either side of 0 (capped at 1). */
    readonly pValue: number;
    readonly resamples: number;
}
export interface BootstrapOptions {
    resamples?: number;
    seed?: string | number;
    confidence?: number;
}
export declare function pairedBootstrap(base: readonly number[], treatment: readonly number[], opts?: BootstrapOptions): BootstrapResult;
