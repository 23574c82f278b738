/**
 * Saving and loading a BM25 index as one binary file, so a large corpus is tokenized once:
 *   "SWBM25v1" | u32 header length | header JSON | postings arrays (raw little-endian) | JSON of terms and passages
 * Loading is a file read, a few array copies and one JSON.parse — no re-tokenizing.
 */
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { Bm25Index } from "./bm25-index.js";
const MAGIC = "SWBM25v1";
export async function saveBm25Index(index, path) {
    const data = index.toData();
    const json = Buffer.from(JSON.stringify({ terms: data.terms, passages: data.passages }), "utf8");
    const headerFor = (headerBytes) => {
        const offsetsAt = align8(8 + 4 + headerBytes);
        const docsAt = offsetsAt + data.offsets.byteLength;
        const weightsAt = align8(docsAt + data.docs.byteLength);
        const jsonAt = weightsAt + data.weights.byteLength;
        return { params: data.params, terms: data.terms.length, postings: data.docs.length, offsetsAt, docsAt, weightsAt, jsonAt, jsonBytes: json.length };
    };
    // the header's size depends on the offsets it records: settle it with a second pass (padded to a fixed width)
    const width = Buffer.byteLength(JSON.stringify(headerFor(0))) + 64;
    const headerJson = Buffer.from(JSON.stringify(headerFor(width)).padEnd(width, " "), "utf8");
    const header = headerFor(width);
    const out = Buffer.alloc(header.jsonAt + json.length);
    out.write(MAGIC, 0, "latin1");
    out.writeUInt32LE(width, 8);
    headerJson.copy(out, 12);
    Buffer.from(data.offsets.buffer, data.offsets.byteOffset, data.offsets.byteLength).copy(out, header.offsetsAt);
    Buffer.from(data.docs.buffer, data.docs.byteOffset, data.docs.byteLength).copy(out, header.docsAt);
    Buffer.from(data.weights.buffer, data.weights.byteOffset, data.weights.byteLength).copy(out, header.weightsAt);
    json.copy(out, header.jsonAt);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, out);
}
export async function loadBm25Index(path) {
    const buf = await readFile(path);
    if (buf.toString("latin1", 0, 8) !== MAGIC)
        throw new Error(`${path}: not a swirl BM25 index (bad magic)`);
    const width = buf.readUInt32LE(8);
    const h = JSON.parse(buf.toString("utf8", 12, 12 + width));
    // copy each section into its own aligned buffer (the file buffer's offset may be unaligned)
    const section = (at, bytes) => buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + bytes);
    const offsets = new Uint32Array(section(h.offsetsAt, (h.terms + 1) * 4));
    const docs = new Uint32Array(section(h.docsAt, h.postings * 4));
    const weights = new Float64Array(section(h.weightsAt, h.postings * 8));
    const { terms, passages } = JSON.parse(buf.toString("utf8", h.jsonAt, h.jsonAt + h.jsonBytes));
    return new Bm25Index({ params: h.params, terms, passages, offsets, docs, weights });
}
function align8(n) {
    return Math.ceil(n / 8) * 8;
}
//# sourceMappingURL=bm25-store.js.map