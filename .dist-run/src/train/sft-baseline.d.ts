import type { Model } from "../model/model.js";
import type { Tokenizer } from "../model/tokenizer.js";
import type { State } from "../types.js";
export interface SftBaselineOptions {
    readonly epochs: number;
    readonly batchSize: number;
    readonly lr: number;
    readonly seed?: number | string;
    /** Cap on updates, whatever the data size (a large unfiltered set would otherwise dominate a demo's time). */
    readonly maxSteps?: number;
}
/** Trains `model` in place (or loads the finished result from `runDir/checkpoint`); returns the number of updates. */
export declare function sftBaseline(runDir: string, model: Model, tokenizer: Tokenizer, states: readonly State[], o: SftBaselineOptions): Promise<number>;
