/**
 * The retrieval protocol of Search-R1's retrieval server, which search-agent RL projects run:
 *   POST /retrieve  {queries: string[], topk?: number, return_scores?: boolean}
 *   → {result: [[{document: {id, contents}, score}, …], …]}   (one list per query)
 * and without return_scores, each hit is the bare document. `contents` is the title in double
 * quotes, a newline, then the text (the layout of Search-R1's wiki corpus).
 */
import type { Passage } from "../../tasks/passage.js";
export interface ProtocolDocument {
    readonly id: string;
    readonly contents: string;
}
export interface RetrieveRequest {
    readonly queries: readonly string[];
    readonly topk?: number;
    readonly return_scores?: boolean;
}
export type ProtocolHit = {
    readonly document: ProtocolDocument;
    readonly score: number;
} | ProtocolDocument;
export interface RetrieveResponse {
    readonly result: readonly (readonly ProtocolHit[])[];
}
export declare function toContents(p: Passage): string;
/** Splits `"Title"\ntext` back into title and text; contents without that layout are all text. */
export declare function fromDocument(doc: ProtocolDocument): Passage;
