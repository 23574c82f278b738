/**
 * Search corpora as JSON Lines of {id, title, text}, and builders from the datasets' contexts
 * (HotPotQA, MuSiQue); the synthetic world's corpus is its articles (synthetic/qa/world-articles.ts).
 */
import { MalformedRecordError } from "../../errors/malformed-record-error.js";
import { writeJsonl } from "../../tasks/jsonl.js";
import { loadHotpotQa } from "../../tasks/loaders/hotpotqa.js";
import { loadMusique } from "../../tasks/loaders/musique.js";
import { readJsonlObjects } from "../../tasks/loaders/source.js";
import type { Passage } from "../../tasks/passage.js";

export async function readCorpus(path: string): Promise<Passage[]> {
  const out: Passage[] = [];
  for await (const { line, record } of readJsonlObjects(path)) {
    for (const field of ["id", "text"] as const) {
      if (typeof record[field] !== "string" && !(field === "id" && typeof record.id === "number")) {
        throw new MalformedRecordError({ file: path, line, field, problem: record[field] === undefined ? "missing" : "expected a string" });
      }
    }
    const title = record.title ?? "";
    if (typeof title !== "string") throw new MalformedRecordError({ file: path, line, field: "title", problem: "expected a string" });
    out.push({ id: String(record.id), title, text: record.text as string });
  }
  return out;
}

export async function writeCorpus(path: string, passages: Iterable<Passage>): Promise<number> {
  return writeJsonl(path, passages);
}

/** Union of the context paragraphs of a HotPotQA file, one passage per distinct paragraph. */
export async function corpusFromHotpotQa(source: string): Promise<Passage[]> {
  return (await loadHotpotQa(source)).corpus;
}

/** Union of the paragraphs of a MuSiQue file. */
export async function corpusFromMusique(source: string): Promise<Passage[]> {
  return (await loadMusique(source)).corpus;
}
