/** `swirl search-server`: serves a BM25 index over HTTP with Search-R1's `POST /retrieve` protocol. */
import type { Command } from "commander";
export interface SearchServerFlags {
    corpus?: string;
    index?: string;
    host: string;
    port: string;
    exactTitle?: boolean;
    rebuild?: boolean;
}
export declare function searchServer(flags: SearchServerFlags): Promise<void>;
export declare function registerSearchServer(program: Command): void;
