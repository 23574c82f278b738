import type { Model } from "../model/model.js";
import type { Tokenizer } from "../model/tokenizer.js";
export interface ServeOptions {
    readonly model: Model;
    readonly tokenizer: Tokenizer;
    /** Default 127.0.0.1. */
    readonly host?: string;
    /** 0 lets the OS choose a free port (default 0). */
    readonly port?: number;
    /** When set, /v1 routes require `Authorization: Bearer <token>`. */
    readonly token?: string;
    /** Most sequences decoded in one batch (EmbeddedPolicy's maxBatch). */
    readonly maxBatch?: number;
    /** The id /v1/models lists and replies carry (default "swirl-embedded"). */
    readonly modelName?: string;
}
export interface RunningServe {
    /** e.g. "http://127.0.0.1:41234". */
    readonly url: string;
    /** `${url}/v1`, what an OpenAI client takes as its base URL. */
    readonly baseURL: string;
    readonly port: number;
    readonly modelName: string;
    /** Chat-completion requests answered with 200. */
    readonly served: () => number;
    close(): Promise<void>;
}
export declare function startServer(opts: ServeOptions): Promise<RunningServe>;
