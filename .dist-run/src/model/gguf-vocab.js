/** llama_token_type values in GGUF (llama.cpp's LLAMA_TOKEN_TYPE_*). */
export const GGUF_TOKEN_TYPE = { normal: 1, unknown: 2, control: 3, userDefined: 4, unused: 5, byte: 6 };
export const GGUF_TOKENIZER_MODEL = "gpt2";
export const GGUF_TOKENIZER_PRE = "deepseek-coder";
let byteToChar;
/** GPT-2's reversible byte → character map: printable Latin-1 bytes map to themselves, the rest to U+0100 onwards. */
export function gpt2ByteToChar() {
    if (!byteToChar) {
        const printable = (b) => (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
        byteToChar = [];
        let next = 256;
        for (let b = 0; b < 256; b++)
            byteToChar.push(String.fromCodePoint(printable(b) ? b : next++));
    }
    return byteToChar;
}
export function gpt2EncodeBytes(bytes) {
    const map = gpt2ByteToChar();
    let s = "";
    for (const b of bytes)
        s += map[b];
    return s;
}
/**
 * The vocab arrays for GGUF. `vocabSize` may exceed the tokenizer's (a model padded to a round
 * size): the extra ids become UNUSED placeholders so the embedding rows and the vocab agree.
 */
export function ggufVocab(tok, vocabSize = tok.vocabSize) {
    if (vocabSize < tok.vocabSize)
        throw new Error(`gguf: model vocab ${vocabSize} is smaller than the tokenizer's ${tok.vocabSize}`);
    const tokens = [];
    const tokenTypes = [];
    for (let id = 0; id < tok.vocabSize; id++) {
        if (tok.tokenKind(id) === "control") {
            tokens.push(new TextDecoder().decode(tok.tokenBytes(id)));
            tokenTypes.push(GGUF_TOKEN_TYPE.control);
        }
        else {
            tokens.push(gpt2EncodeBytes(tok.tokenBytes(id)));
            tokenTypes.push(GGUF_TOKEN_TYPE.normal);
        }
    }
    for (let id = tok.vocabSize; id < vocabSize; id++) {
        tokens.push(`<|unused_${id}|>`);
        tokenTypes.push(GGUF_TOKEN_TYPE.unused);
    }
    const merges = tok.merges.map(([a, b]) => `${tokens[a]} ${tokens[b]}`);
    return { tokens, tokenTypes, merges };
}
//# sourceMappingURL=gguf-vocab.js.map