/** Opens a BM25 index from its saved file, or builds it from a corpus file (and saves it). */
import { existsSync } from "node:fs";
import { Bm25Index } from "./bm25-index.js";
import { loadBm25Index, saveBm25Index } from "./bm25-store.js";
import { readCorpus } from "./corpus.js";
export async function openBm25Index(opts) {
    const indexPath = opts.indexPath ?? (opts.corpusPath ? `${opts.corpusPath}.bm25` : undefined);
    if (indexPath && existsSync(indexPath) && !opts.rebuild)
        return { index: await loadBm25Index(indexPath), built: false, indexPath };
    if (!opts.corpusPath)
        throw new Error(indexPath ? `no index at ${indexPath} and no corpus to build it from` : "give a corpus or an index path");
    const index = Bm25Index.build(await readCorpus(opts.corpusPath), opts.params);
    if (indexPath)
        await saveBm25Index(index, indexPath);
    return { index, built: true, indexPath };
}
//# sourceMappingURL=open-index.js.map