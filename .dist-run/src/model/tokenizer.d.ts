import { type LearnMergesOptions } from "./tokenizer-train.js";
export declare const SPECIAL_TOKENS: readonly ["<|pad|>", "<|bos|>", "<|eos|>", "<|end|>", "<|system|>", "<|user|>", "<|assistant|>"];
export type SpecialToken = (typeof SPECIAL_TOKENS)[number];
/** What a token is, in the terms GGUF uses: a raw byte, a merged text token, or a control token. */
export type TokenKind = "byte" | "normal" | "control";
/** The serialised form (tokenizer.json in a checkpoint). */
export interface TokenizerJSON {
    readonly type: "swirl-bpe";
    readonly version: 1;
    readonly specials: readonly string[];
    /** Merges in rank order, as [left id, right id]. */
    readonly merges: ReadonlyArray<readonly [number, number]>;
}
export declare class Tokenizer {
    /** Number of token ids (bytes + specials + merges). */
    readonly vocabSize: number;
    readonly merges: ReadonlyArray<readonly [number, number]>;
    private readonly bytes;
    private readonly specialIds;
    private readonly table;
    private readonly cache;
    private readonly encoder;
    private constructor();
    /** A tokenizer with no merges: bytes and specials only. */
    static byteLevel(): Tokenizer;
    /** Learns merges from a corpus (a string or many) and returns the tokenizer. */
    static train(corpus: string | Iterable<string>, opts?: LearnMergesOptions): Tokenizer;
    static fromJSON(json: TokenizerJSON | string): Tokenizer;
    toJSON(): TokenizerJSON;
    /** Text → ids. Never yields a special token. */
    encode(text: string): number[];
    /** Ids → the exact bytes they stand for (special tokens as their text unless skipped). */
    decodeBytes(ids: ArrayLike<number>, opts?: {
        skipSpecial?: boolean;
    }): Uint8Array;
    /** Ids → text. Bytes that are not valid UTF-8 on their own (a cut-off character) become U+FFFD. */
    decode(ids: ArrayLike<number>, opts?: {
        skipSpecial?: boolean;
    }): string;
    /** The bytes of one token (a special token's are its text). */
    tokenBytes(id: number): Uint8Array;
    tokenKind(id: number): TokenKind;
    /** The id of a special token, e.g. `special("<|end|>")`. */
    special(name: SpecialToken): number;
    isSpecial(id: number): boolean;
    get bos(): number;
    get eos(): number;
    /** End of a chat turn: what the model emits to finish an action. */
    get end(): number;
    get pad(): number;
    private isMergeable;
}
