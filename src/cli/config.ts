/**
 * Config of the pipeline commands, in layers: each stage's defaults (in its section schema),
 * then what the run folder recorded (config.json: so `swirl judge --run dir` needs nothing
 * else), then the --config file (YAML or JSON), then flags. A section replaces the one below it
 * when it names a different `kind`, else it is merged key by key. Every layer is checked with
 * zod, unknown keys refused; a problem names the file, the line and the field.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { LineCounter, parseDocument, type Document } from "yaml";
import { z } from "zod";
import { MalformedRecordError } from "../errors/malformed-record-error.js";
import { FILTERS } from "../filter/filters.js";
import { issuePath } from "../run/records.js";
import { RUN_FILES } from "../run/run-folder.js";
import { TaskConfigSchema } from "../pipeline/task-config.js";
import { parseJsonDocument } from "../tasks/loaders/source.js";
import { JudgeConfigSchema, PolicyConfigSchema } from "../pipeline/backend-config.js";
import { TrainSectionSchema } from "../train/options.js";
import { TaskKindSchema } from "../task-kind.js";
import { reportFailure } from "./failure.js";

/** `generate:` — defaults of the generate stage. */
export const GenerateSectionSchema = z.object({
  /** Which split's questions to roll out. */
  split: z.enum(["train", "test"]).default("train"),
  /** At most this many questions (default all). */
  limit: z.number().int().positive().optional(),
  /** Trajectories per question (paper: 5). */
  samples: z.number().int().positive().default(5),
  temperature: z.number().min(0).default(1),
  seed: z.union([z.number(), z.string()]).default(0),
  /** Rollouts in flight. */
  concurrency: z.number().int().positive().default(16),
  maxActionTokens: z.number().int().positive().default(64),
  /** Cache completions in cache/policy.jsonl (turning it off makes a resume re-pay unfinished trajectories). */
  cache: z.boolean().default(true),
}).strict();

/** `filter:` — which state sets to write. */
export const FilterSectionSchema = z.object({
  filters: z.array(z.enum(FILTERS)).min(1).default([...FILTERS]),
}).strict();

/** `import:` — what `swirl import` read (recorded in config.json; a config file may give it too). */
export const ImportSectionSchema = z.object({
  /** The JSONL log it read. */
  file: z.string().min(1),
  dataset: z.string().min(1),
  kind: TaskKindSchema,
  idField: z.string().min(1),
  answerField: z.string().min(1),
}).strict();

/** The whole file: shared sections (run, task, policy) and one section per stage. */
export const PipelineConfigSchema = z.object({
  /** The run folder. */
  run: z.string().min(1).optional(),
  task: TaskConfigSchema.optional(),
  policy: PolicyConfigSchema.optional(),
  generate: GenerateSectionSchema.partial().optional(),
  judge: z.record(z.string(), z.unknown()).optional(),
  filter: FilterSectionSchema.partial().optional(),
  /** Stage 2 (`swirl train`). */
  train: TrainSectionSchema.partial().optional(),
  import: ImportSectionSchema.partial().optional(),
}).strict().superRefine((c, ctx) => {
  // the judge section is a union whose defaults must not fill in before layers merge: check it here
  if (c.judge === undefined) return;
  const r = JudgeConfigSchema.safeParse(withJudgeKind(c.judge));
  if (!r.success) for (const i of r.error.issues) ctx.addIssue({ ...i, path: ["judge", ...i.path] } as z.core.$ZodRawIssue);
});
export type PipelineConfig = z.infer<typeof PipelineConfigSchema>;

/** A judge section that names no kind means the rule judges. */
export function withJudgeKind(judge: Record<string, unknown> | undefined): Record<string, unknown> {
  return { kind: "rule", ...judge };
}
type Section = Record<string, unknown> | undefined;
const SECTIONS = ["task", "policy", "generate", "judge", "filter", "train"] as const;

function fail(file: string, issue: z.core.$ZodIssue, line?: (path: readonly PropertyKey[]) => number): never {
  const path = [...issue.path, ...(issue.code === "unrecognized_keys" ? issue.keys.slice(0, 1) : [])];
  const problem = issue.code === "unrecognized_keys" ? "unknown key" : issue.message;
  // layers merged from several places have no one line to point at
  if (!line) throw new Error(`${file}: field "${issuePath(path)}": ${problem}`);
  throw new MalformedRecordError({ file, line: line(path), field: issuePath(path), problem });
}

function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return counter.linePos(node.range[0]).line;
  }
  return 0;
}

/** Reads and checks a --config file (YAML or JSON; JSON is YAML). */
export function loadConfigFile(file: string): PipelineConfig {
  // unfilled: defaults apply once, after the layers merge
  return loadCheckedFile(file, "--config", PipelineConfigSchema) as PipelineConfig;
}

/**
 * Reads a YAML or JSON file and checks it against a schema; a bad field is reported with its
 * file, line and name. Returns the file's content as written (the schema's defaults unapplied).
 */
export function loadCheckedFile(file: string, flag: string, schema: z.ZodType): unknown {
  if (!existsSync(file)) throw new Error(`${flag}: no such file: ${file}`);
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(file, "utf8"), { lineCounter: counter, prettyErrors: false });
  const err = doc.errors[0];
  if (err) throw new MalformedRecordError({ file, line: counter.linePos(err.pos[0]).line, field: "", problem: err.message.split("\n")[0]! });
  const raw: unknown = doc.toJS() ?? {};
  const r = schema.safeParse(raw);
  if (!r.success) fail(file, r.error.issues[0]!, (p) => lineOf(doc, counter, p));
  return raw;
}

function merge(lower: Section, higher: Section): Section {
  if (higher === undefined) return lower;
  if (lower === undefined || ("kind" in higher && higher.kind !== lower.kind)) return higher;
  const out = { ...lower, ...higher };
  // train.objective is set field by field (--kl, --samples), so it merges too
  if (isPlain(lower.objective) && isPlain(higher.objective)) out.objective = { ...lower.objective, ...higher.objective };
  return out;
}

const isPlain = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** Drops undefined values, so unset flags do not override lower layers. */
export function defined<T extends Record<string, unknown>>(o: T): Partial<T> | undefined {
  const out = Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
  return Object.keys(out).length > 0 ? out : undefined;
}

export interface ResolveOptions {
  readonly configFile?: string;
  readonly runFlag?: string;
  /** Sections set by flags (undefined values are dropped). */
  readonly flags: { [K in (typeof SECTIONS)[number]]?: Section };
  /** Extra lower layers per section, below the --config file (e.g. what a training folder recorded). */
  readonly below?: { [K in (typeof SECTIONS)[number]]?: Section };
}

export interface Resolved {
  readonly runDir: string;
  /** Merged layers, checked; stage sections not yet filled with defaults. */
  readonly config: PipelineConfig;
}

export function resolveConfig(o: ResolveOptions): Resolved {
  const file = o.configFile ? loadConfigFile(o.configFile) : ({} as PipelineConfig);
  const runDir = o.runFlag ?? file.run;
  if (!runDir) throw new Error("no run folder: pass --run <dir> or set `run:` in the --config file");
  const recordedPath = join(runDir, RUN_FILES.config);
  let recorded: Record<string, unknown> = {};
  if (existsSync(recordedPath)) {
    recorded = parseJsonDocument(readFileSync(recordedPath, "utf8"), recordedPath) as Record<string, unknown>;
    const r = PipelineConfigSchema.safeParse(recorded);
    if (!r.success) fail(recordedPath, r.error.issues[0]!);
  }
  const merged: Record<string, unknown> = {};
  for (const k of SECTIONS) {
    const base = merge(recorded[k] as Section, o.below?.[k]);
    const s = merge(merge(base, (file as Record<string, unknown>)[k] as Section), defined(o.flags[k] ?? {}));
    if (s !== undefined) merged[k] = s;
  }
  const r = PipelineConfigSchema.safeParse(merged);
  if (!r.success) fail(`config merged from ${[existsSync(recordedPath) ? recordedPath : "", o.configFile ?? "", "flags"].filter(Boolean).join(", ")}`, r.error.issues[0]!);
  return { runDir, config: merged as PipelineConfig };
}

/** A number flag, refused clearly when it is not one. */
export function numberFlag(name: string): (v: string) => number {
  return (v) => {
    const n = Number(v);
    if (v.trim() === "" || !Number.isFinite(n)) throw new Error(`--${name}: not a number: ${v}`);
    return n;
  };
}

/** Runs a command's action; a failure prints one clear line (no stack) and exits 1. */
export function runAction<A extends unknown[]>(command: string, fn: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (e) {
      reportFailure(command, e);
    }
  };
}

/**
 * The run folder of a command that reads one: `--run <dir>` like every stage, or the same folder
 * as a positional argument (`swirl report runs/x`).
 */
export function runDirOf(command: string, positional: string | undefined, flags: { run?: string }): string {
  if (positional && flags.run && positional !== flags.run) throw new Error(`${command}: two run folders given (${positional} and --run ${flags.run})`);
  const dir = flags.run ?? positional;
  if (!dir) throw new Error(`${command}: no run folder: pass --run <dir>`);
  return dir;
}
