import { Bm25Index } from "./bm25-index.js";
export declare function saveBm25Index(index: Bm25Index, path: string): Promise<void>;
export declare function loadBm25Index(path: string): Promise<Bm25Index>;
