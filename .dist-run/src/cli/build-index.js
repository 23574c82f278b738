import { openBm25Index } from "../tools/search/open-index.js";
export async function buildIndex(flags) {
    const k1 = Number(flags.k1);
    const b = Number(flags.b);
    if (!(k1 >= 0) || !(b >= 0 && b <= 1))
        throw new Error("--k1 must be >= 0 and --b in [0, 1]");
    const t0 = performance.now();
    const { index, indexPath } = await openBm25Index({
        corpusPath: flags.corpus,
        indexPath: flags.out,
        rebuild: true,
        params: { k1, b, tokenizer: { stem: flags.stem, stopwords: flags.stopwords } },
    });
    console.log(`indexed ${index.size} passages in ${Math.round(performance.now() - t0)} ms → ${indexPath}`);
}
export function registerBuildIndex(program) {
    program
        .command("build-index")
        .description("build and save a BM25 index from a corpus JSONL of {id, title, text}")
        .requiredOption("--corpus <file>", "corpus JSONL")
        .option("--out <file>", "index file (default: <corpus>.bm25)")
        .option("--k1 <k1>", "BM25 term-frequency saturation", "1.2")
        .option("--b <b>", "BM25 length normalisation", "0.75")
        .option("--no-stem", "do not Porter-stem tokens")
        .option("--no-stopwords", "keep stopwords")
        .action(buildIndex);
}
//# sourceMappingURL=build-index.js.map