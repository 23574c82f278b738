import type { Example, TaskKind } from "../../types.js";
import { CorpusBuilder, type LoadedTask } from "./corpus-builder.js";
import type { LoadOptions } from "./gsm8k.js";
export interface FieldMapping {
    /** Path of a unique id; default: `${dataset}-${index}`. */
    readonly id?: string;
    readonly question: string;
    /** Path of the gold answer: a string, or a list (gold first, then aliases). */
    readonly answer: string;
    /** Path of extra accepted answers. */
    readonly aliases?: string;
    /** Path of a list of paragraphs ([title, text], {title, text}, or strings) for the corpus. */
    readonly context?: string;
    /** Paths copied into `meta` under their own names. */
    readonly meta?: readonly string[];
}
export interface MappedOptions extends LoadOptions {
    readonly dataset: string;
    readonly kind: TaskKind;
    readonly mapping: FieldMapping;
}
/** Streams a JSON Lines file record by record. */
export declare function streamMappedJsonl(source: string, opts: MappedOptions, corpus?: CorpusBuilder): AsyncGenerator<Example>;
/** Loads JSON Lines (streamed) or a JSON array of records, detected from the first character. */
export declare function loadMappedJsonl(source: string, opts: MappedOptions): Promise<LoadedTask>;
