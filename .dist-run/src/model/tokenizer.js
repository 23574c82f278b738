/**
 * The embedded model's tokenizer: 256 byte tokens, the chat special tokens, then BPE merges
 * learned inside letter runs (see tokenizer-pretokenize.ts for why).
 *
 * Id layout: 0–255 are the bytes, 256… the special tokens in SPECIAL_TOKENS order, then one id
 * per merge in rank order. Any string encodes (every byte has a token) and decodes back exactly.
 * `encode` never produces a special token: "<|user|>" typed in text is just bytes; specials come
 * only from the chat format (chat.ts), which asks for them by name.
 */
import { applyMerges, bytesKey, concatBytes, MAX_TOKENS, pairKey } from "./tokenizer-bpe.js";
import { pretokenize } from "./tokenizer-pretokenize.js";
import { learnMerges } from "./tokenizer-train.js";
export const SPECIAL_TOKENS = ["<|pad|>", "<|bos|>", "<|eos|>", "<|end|>", "<|system|>", "<|user|>", "<|assistant|>"];
const FIRST_SPECIAL = 256;
const CACHE_LIMIT = 200_000;
export class Tokenizer {
    /** Number of token ids (bytes + specials + merges). */
    vocabSize;
    merges;
    bytes;
    specialIds = new Map();
    table;
    cache = new Map();
    encoder = new TextEncoder();
    constructor(merges) {
        this.bytes = [];
        for (let b = 0; b < 256; b++)
            this.bytes.push(Uint8Array.of(b));
        for (const name of SPECIAL_TOKENS) {
            this.specialIds.set(name, this.bytes.length);
            this.bytes.push(this.encoder.encode(name));
        }
        const ranks = new Map();
        const results = [];
        const seen = new Set();
        merges.forEach(([a, b], rank) => {
            const id = this.bytes.length;
            if (!this.isMergeable(a) || !this.isMergeable(b) || a >= id || b >= id) {
                throw new Error(`tokenizer: merge ${rank} (${a}, ${b}) refers to an unknown or special token`);
            }
            const merged = concatBytes(this.bytes[a], this.bytes[b]);
            const key = bytesKey(merged);
            if (seen.has(key))
                throw new Error(`tokenizer: merge ${rank} repeats the token of an earlier merge`);
            seen.add(key);
            ranks.set(pairKey(a, b), rank);
            results.push(id);
            this.bytes.push(merged);
        });
        if (this.bytes.length > MAX_TOKENS)
            throw new Error(`tokenizer: more than ${MAX_TOKENS} tokens`);
        this.merges = merges.map(([a, b]) => [a, b]);
        this.table = { ranks, results };
        this.vocabSize = this.bytes.length;
    }
    /** A tokenizer with no merges: bytes and specials only. */
    static byteLevel() {
        return new Tokenizer([]);
    }
    /** Learns merges from a corpus (a string or many) and returns the tokenizer. */
    static train(corpus, opts = {}) {
        const texts = typeof corpus === "string" ? [corpus] : corpus;
        return new Tokenizer(learnMerges(texts, FIRST_SPECIAL + SPECIAL_TOKENS.length, opts));
    }
    static fromJSON(json) {
        const j = (typeof json === "string" ? JSON.parse(json) : json);
        if (j.type !== "swirl-bpe" || j.version !== 1)
            throw new Error(`tokenizer: unknown format ${String(j.type)} v${String(j.version)}`);
        const same = Array.isArray(j.specials) && j.specials.length === SPECIAL_TOKENS.length && j.specials.every((s, i) => s === SPECIAL_TOKENS[i]);
        if (!same)
            throw new Error(`tokenizer: special tokens ${JSON.stringify(j.specials)} differ from ${JSON.stringify(SPECIAL_TOKENS)}`);
        if (!Array.isArray(j.merges) || !j.merges.every((m) => Array.isArray(m) && m.length === 2 && m.every(Number.isInteger))) {
            throw new Error("tokenizer: merges must be an array of [int, int]");
        }
        return new Tokenizer(j.merges);
    }
    toJSON() {
        return { type: "swirl-bpe", version: 1, specials: [...SPECIAL_TOKENS], merges: this.merges.map(([a, b]) => [a, b]) };
    }
    /** Text → ids. Never yields a special token. */
    encode(text) {
        const out = [];
        for (const piece of pretokenize(text)) {
            let ids = this.cache.get(piece);
            if (!ids) {
                const code = piece.charCodeAt(0);
                ids = piece.length === 1 && code < 0x80 ? [code] : applyMerges(Array.from(this.encoder.encode(piece)), this.table);
                if (this.cache.size >= CACHE_LIMIT)
                    this.cache.clear(); // bounded memory on adversarial input
                this.cache.set(piece, ids);
            }
            for (const id of ids)
                out.push(id);
        }
        return out;
    }
    /** Ids → the exact bytes they stand for (special tokens as their text unless skipped). */
    decodeBytes(ids, opts = {}) {
        let n = 0;
        const parts = [];
        for (let i = 0; i < ids.length; i++) {
            const id = ids[i];
            if (opts.skipSpecial && this.isSpecial(id))
                continue;
            const b = this.tokenBytes(id);
            parts.push(b);
            n += b.length;
        }
        const out = new Uint8Array(n);
        let o = 0;
        for (const p of parts) {
            out.set(p, o);
            o += p.length;
        }
        return out;
    }
    /** Ids → text. Bytes that are not valid UTF-8 on their own (a cut-off character) become U+FFFD. */
    decode(ids, opts = {}) {
        return new TextDecoder().decode(this.decodeBytes(ids, opts));
    }
    /** The bytes of one token (a special token's are its text). */
    tokenBytes(id) {
        const b = this.bytes[id];
        if (!b)
            throw new RangeError(`tokenizer: token id ${id} outside 0..${this.vocabSize - 1}`);
        return b;
    }
    tokenKind(id) {
        this.tokenBytes(id);
        return id < 256 ? "byte" : this.isSpecial(id) ? "control" : "normal";
    }
    /** The id of a special token, e.g. `special("<|end|>")`. */
    special(name) {
        return this.specialIds.get(name);
    }
    isSpecial(id) {
        return id >= FIRST_SPECIAL && id < FIRST_SPECIAL + SPECIAL_TOKENS.length;
    }
    get bos() {
        return this.special("<|bos|>");
    }
    get eos() {
        return this.special("<|eos|>");
    }
    /** End of a chat turn: what the model emits to finish an action. */
    get end() {
        return this.special("<|end|>");
    }
    get pad() {
        return this.special("<|pad|>");
    }
    isMergeable(id) {
        return Number.isInteger(id) && id >= 0 && id < this.bytes.length && !this.isSpecial(id);
    }
}
//# sourceMappingURL=tokenizer.js.map