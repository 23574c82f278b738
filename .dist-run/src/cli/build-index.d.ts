/** `swirl build-index`: tokenizes a corpus once and saves its BM25 index for fast loading. */
import type { Command } from "commander";
export interface BuildIndexFlags {
    corpus: string;
    out?: string;
    k1: string;
    b: string;
    stem: boolean;
    stopwords: boolean;
}
export declare function buildIndex(flags: BuildIndexFlags): Promise<void>;
export declare function registerBuildIndex(program: Command): void;
