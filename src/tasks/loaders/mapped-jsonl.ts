/**
 * Any JSON Lines file (or JSON array) of questions, read through a field mapping: dotted paths
 * to the id, question, answer(s), aliases and optional context paragraphs of each record.
 */
import { open } from "node:fs/promises";
import type { Example, TaskKind } from "../../types.js";
import { MalformedRecordError } from "../../errors/malformed-record-error.js";
import { addContext, CorpusBuilder, type LoadedTask } from "./corpus-builder.js";
import { atLine, RecordFields } from "./fields.js";
import type { LoadOptions } from "./gsm8k.js";
import { elementLines, isUrl, parseJsonDocument, readJsonlObjects, readText } from "./source.js";

export interface FieldMapping {
  /** Path of a unique id; default: `${dataset}-${index}`. */
  readonly id?: string;
  readonly question: string;
  /** Path of the gold answer: a string, or a list (gold first, then aliases). */
  readonly answer: string;
  /** Path of extra accepted answers. */
  readonly aliases?: string;
  /** Path of a list of paragraphs ([title, text], {title, text}, or strings) for the corpus. */
  readonly context?: string;
  /** Paths copied into `meta` under their own names. */
  readonly meta?: readonly string[];
}

export interface MappedOptions extends LoadOptions {
  readonly dataset: string;
  readonly kind: TaskKind;
  readonly mapping: FieldMapping;
}

function toExample(f: RecordFields, index: number, opts: MappedOptions, corpus: CorpusBuilder): Example {
  const m = opts.mapping;
  const gold = f.strings(m.answer);
  if (gold.length === 0) f.fail(m.answer, "no answer");
  const aliases = m.aliases && f.get(m.aliases) !== undefined ? f.strings(m.aliases) : [];
  const answers = [...new Set([...gold, ...aliases])];
  const meta: Record<string, unknown> = {};
  for (const path of m.meta ?? []) meta[path] = f.get(path);
  // a record without context is fine (closed-book questions); a malformed one is not
  if (m.context && f.get(m.context) !== undefined) meta.passageIds = addContext(f, m.context, corpus);
  return {
    id: m.id ? f.string(m.id) : `${opts.dataset}-${index}`,
    dataset: opts.dataset,
    kind: opts.kind,
    question: f.string(m.question),
    answers,
    meta,
  };
}

/** Streams a JSON Lines file record by record. */
export async function* streamMappedJsonl(source: string, opts: MappedOptions, corpus = new CorpusBuilder(`${opts.dataset}-`)): AsyncGenerator<Example> {
  let i = 0;
  for await (const { line, record } of readJsonlObjects(source)) {
    yield toExample(new RecordFields(source, line, record), i++, opts, corpus);
  }
}

async function looksLikeJsonArray(source: string): Promise<boolean> {
  if (isUrl(source)) return /\.json$/i.test(new URL(source).pathname);
  const fh = await open(source, "r");
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(256), 0, 256, 0);
    return buffer.subarray(0, bytesRead).toString("utf8").trimStart().startsWith("[");
  } finally {
    await fh.close();
  }
}

/** Loads JSON Lines (streamed) or a JSON array of records, detected from the first character. */
export async function loadMappedJsonl(source: string, opts: MappedOptions): Promise<LoadedTask> {
  const corpus = new CorpusBuilder(`${opts.dataset}-`);
  const examples: Example[] = [];
  const full = () => opts.limit !== undefined && examples.length >= opts.limit;
  if (await looksLikeJsonArray(source)) {
    const text = await readText(source);
    const doc = parseJsonDocument(text, source);
    if (!Array.isArray(doc)) throw new MalformedRecordError({ file: source, line: 1, field: "", problem: "expected a JSON array of records" });
    let lines: number[] | undefined;
    for (let i = 0; i < doc.length && !full(); i++) {
      try {
        const raw = doc[i] as unknown;
        const f = new RecordFields(source, 0, (raw ?? {}) as Record<string, unknown>);
        if (typeof raw !== "object" || raw === null || Array.isArray(raw)) f.fail("", "not a JSON object");
        examples.push(toExample(f, i, opts, corpus));
      } catch (e) {
        lines ??= elementLines(text, 1);
        throw atLine(e, lines[i] ?? 0);
      }
    }
  } else {
    if (full()) return { examples, corpus: corpus.passages };
    for await (const ex of streamMappedJsonl(source, opts, corpus)) {
      examples.push(ex);
      if (full()) break;
    }
  }
  return { examples, corpus: corpus.passages };
}
