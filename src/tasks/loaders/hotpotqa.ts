/**
 * HotPotQA, official JSON array ({_id, question, answer, supporting_facts, context, type, level});
 * the context paragraphs of all questions become the search corpus, one passage per paragraph.
 */
import type { Example } from "../../types.js";
import { addContext, CorpusBuilder, type LoadedTask } from "./corpus-builder.js";
import { atLine, RecordFields } from "./fields.js";
import type { LoadOptions } from "./gsm8k.js";
import { elementLines, parseJsonDocument, readText } from "./source.js";

export async function loadHotpotQa(source: string, opts: LoadOptions = {}): Promise<LoadedTask> {
  const text = await readText(source);
  const doc = parseJsonDocument(text, source);
  if (!Array.isArray(doc)) throw new RecordFields(source, 1, {}).fail("", "expected a JSON array of questions");
  const corpus = new CorpusBuilder("hotpotqa-");
  const examples: Example[] = [];
  let lines: number[] | undefined;
  for (let i = 0; i < doc.length && (opts.limit === undefined || i < opts.limit); i++) {
    const raw = doc[i] as unknown;
    try {
      const f = new RecordFields(source, 0, (raw ?? {}) as Record<string, unknown>);
      if (typeof raw !== "object" || raw === null || Array.isArray(raw)) f.fail("", "not a JSON object");
      const passageIds = addContext(f, "context", corpus);
      examples.push({
        id: f.string("_id"),
        dataset: "hotpotqa",
        kind: "qa",
        question: f.string("question"),
        answers: [f.string("answer")],
        meta: {
          type: f.optionalString("type"),
          level: f.optionalString("level"),
          supportingFacts: f.get("supporting_facts") ?? [],
          passageIds,
        },
      });
    } catch (e) {
      // only now pay for finding the record's line
      lines ??= elementLines(text, 1);
      throw atLine(e, lines[i] ?? 0);
    }
  }
  return { examples, corpus: corpus.passages };
}
