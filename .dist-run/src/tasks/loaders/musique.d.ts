/**
 * MuSiQue v1.0, official JSON Lines ({id, paragraphs, question, question_decomposition, answer,
 * answer_aliases, answerable}); gold answer first, then its aliases; paragraphs become the corpus.
 */
import type { Example } from "../../types.js";
import { CorpusBuilder, type LoadedTask } from "./corpus-builder.js";
import type { LoadOptions } from "./gsm8k.js";
/** Streams examples with the passage ids of their paragraphs, adding paragraphs to `corpus`. */
export declare function streamMusique(source: string, corpus?: CorpusBuilder): AsyncGenerator<Example>;
export declare function loadMusique(source: string, opts?: LoadOptions): Promise<LoadedTask>;
