/**
 * Our tokenizer in the terms of llama.cpp's "gpt2" (byte-level BPE) vocabulary.
 *
 * Why "gpt2": it is the only llama.cpp vocab type whose encoder is plain rank-ordered BPE over
 * bytes, like ours ("llama"/SPM merges by token score over characters and adds a space
 * prefix, which would tokenise differently). Its token strings are written in GPT-2's
 * byte → printable-character map (space is "Ġ", newline "Ċ"), and merges as "left right" in
 * that map. Byte tokens must be type NORMAL: llama.cpp's BPE detokeniser prints only NORMAL and
 * USER_DEFINED tokens (BYTE is for SPM byte fallback). Specials are CONTROL, so llama.cpp never
 * produces them from text unless asked to parse specials, as our encoder never does.
 *
 * Pre-tokenizer "deepseek-coder": its splits ([\r\n], \s?\p{L}+, \s?\p{P}+, a CJK-block
 * class, \p{N}) never cut inside one of our letter runs (we cut at the same CJK-block edges,
 * see tokenizer-pretokenize.ts), it has no English-contraction rule (gpt2's "'s|'t|…" would cut
 * "'the" into "'t" + "he"), and it keeps clean_spaces off, so detokenising is exact.
 * Our merges only join whole letter strings or bytes inside one character (tokenizer-bpe.ts),
 * so coarser pieces on llama.cpp's side merge exactly as ours do.
 */
import type { Tokenizer } from "./tokenizer.js";
/** llama_token_type values in GGUF (llama.cpp's LLAMA_TOKEN_TYPE_*). */
export declare const GGUF_TOKEN_TYPE: {
    readonly normal: 1;
    readonly unknown: 2;
    readonly control: 3;
    readonly userDefined: 4;
    readonly unused: 5;
    readonly byte: 6;
};
export declare const GGUF_TOKENIZER_MODEL = "gpt2";
export declare const GGUF_TOKENIZER_PRE = "deepseek-coder";
/** GPT-2's reversible byte → character map: printable Latin-1 bytes map to themselves, the rest to U+0100 onwards. */
export declare function gpt2ByteToChar(): readonly string[];
export declare function gpt2EncodeBytes(bytes: Uint8Array): string;
export interface GgufVocab {
    readonly tokens: string[];
    readonly tokenTypes: number[];
    readonly merges: string[];
}
/**
 * The vocab arrays for GGUF. `vocabSize` may exceed the tokenizer's (a model padded to a round
 * size): the extra ids become UNUSED placeholders so the embedding rows and the vocab agree.
 */
export declare function ggufVocab(tok: Tokenizer, vocabSize?: number): GgufVocab;
