import { Model } from "./model.js";
import type { Tokenizer } from "./tokenizer.js";
import type { TensorMap } from "./safetensors.js";
export declare function weightsOf(model: Model): TensorMap;
export declare function saveModel(dir: string, model: Model, tokenizer: Tokenizer, extra?: {
    optimizer?: TensorMap;
    trainState?: Record<string, unknown>;
}): Promise<void>;
export interface LoadedModel {
    readonly model: Model;
    readonly tokenizer: Tokenizer;
    readonly optimizer?: TensorMap;
    readonly trainState?: Readonly<Record<string, unknown>>;
}
export declare function loadModel(dir: string): Promise<LoadedModel>;
/** A frozen copy (the reference policy of the KL term). */
export declare function cloneModel(model: Model): Model;
