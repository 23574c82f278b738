/**
 * What a task is, as written in a config file: a built-in synthetic family (with its seed and
 * sizes) or a real dataset (file paths or URLs, and for QA the corpus that search runs over).
 * One zod schema gives both the type and the validator; unknown keys are refused.
 */
import { z } from "zod";
import { ACTION_FORMATS } from "../types.js";
import { TaskKindSchema } from "../task-kind.js";

const seed = z.union([z.number(), z.string()]);
const count = z.number().int().nonnegative();
const path = z.string().min(1);

/** Where search looks for a real QA dataset; default: a BM25 index of the dataset's own contexts. */
const searchFields = {
  /** Corpus JSONL ({id, title, text}); its BM25 index is built (and saved beside it) when needed. */
  corpus: path.optional(),
  /** A saved BM25 index file. */
  index: path.optional(),
  /** A retrieval server (`swirl search-server`, Search-R1 protocol) instead of a local index. */
  searchURL: z.url().optional(),
  /** Passages per query (default 1, as in the paper). */
  k: z.number().int().positive().optional(),
};

const splitFiles = {
  /** Train split: a local path or an http(s) URL. */
  train: path.optional(),
  test: path.optional(),
  /** At most this many questions per split. */
  limit: count.optional(),
};

const mcpCommon = {
  /** Names the server in errors and logs. */
  name: z.string().min(1),
  /** Per call, in milliseconds (default 30,000). */
  timeoutMs: z.number().int().positive().optional(),
  /** Offer only these of the server's tools. */
  only: z.array(z.string().min(1)).optional(),
};

/** Tools beyond the task's own: a module exporting `tool()`s, or an MCP server (stdio command or Streamable HTTP URL). */
export const ToolSourceSchema = z.union([
  z.object({
    /** A JS module (path relative to the working directory, or a package name). */
    module: path,
    /** The export holding a tool or an array of tools (default `tools`, then `default`). */
    export: z.string().min(1).optional(),
  }).strict(),
  z.object({
    mcp: z.union([
      z.object({ ...mcpCommon, command: path, args: z.array(z.string()).optional(), env: z.record(z.string(), z.string()).optional(), cwd: path.optional() }).strict(),
      z.object({ ...mcpCommon, url: z.url(), headers: z.record(z.string(), z.string()).optional() }).strict(),
    ]),
  }).strict(),
]);
export type ToolSource = z.infer<typeof ToolSourceSchema>;

/**
 * Every task may add tools (the policy sees them beside the task's own) and choose how the policy
 * writes actions: the paper's markup (default) or native OpenAI tool calls (an HTTP policy).
 */
const extra = {
  tools: z.array(ToolSourceSchema).optional(),
  actionFormat: z.enum(ACTION_FORMATS).optional(),
  /** The prompt instead of the built-in one: `{question}` in `user`, `{maxToolCalls}` in `system` ("" for none); and the step cap. */
  prompt: z.object({
    system: z.string().optional(),
    user: z.string().includes("{question}", { message: "the user template needs {question}" }).optional(),
    maxToolCalls: z.number().int().positive().optional(),
  }).strict().optional(),
  /**
   * How the rule outcome judge checks an answer: "exact" (after HotPotQA's normalisation),
   * "numeric", or a module's function `(answer, example) => boolean` (export default `check`).
   */
  check: z.union([z.enum(["exact", "numeric"]), z.object({ module: path, export: z.string().min(1).optional() }).strict()]).optional(),
};

export const TaskConfigSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("synthetic-qa"),
    seed: seed.default(1),
    train: count.default(200),
    test: count.default(100),
    hops: z.array(z.number().int().min(2).max(4)).optional(),
    comparisonShare: z.number().min(0).max(1).optional(),
    world: z.object({
      countries: count, cities: count, organisations: count, persons: count, works: count, testFraction: z.number().min(0).max(1), oneWordNames: z.boolean(),
    }).partial().strict().optional(),
    ...extra,
  }).strict(),
  z.object({
    kind: z.literal("synthetic-math"),
    seed: seed.default(1),
    train: count.default(200),
    test: count.default(100),
    steps: z.array(z.number().int().min(1).max(12)).optional(),
    ...extra,
  }).strict(),
  z.object({ kind: z.literal("gsm8k"), ...splitFiles, ...extra }).strict(),
  z.object({ kind: z.enum(["hotpotqa", "musique", "beerqa", "cofca"]), ...splitFiles, ...searchFields, ...extra }).strict(),
  z.object({
    kind: z.literal("jsonl"),
    /** Dataset name recorded in each example. */
    dataset: z.string().min(1),
    /** qa (search over `corpus`), math (the calculator), or your task's own name (only the tools under `tools`). */
    taskKind: TaskKindSchema,
    mapping: z.object({
      id: z.string().optional(),
      question: z.string(),
      answer: z.string(),
      aliases: z.string().optional(),
      context: z.string().optional(),
      meta: z.array(z.string()).optional(),
    }).strict(),
    ...splitFiles,
    ...searchFields,
    ...extra,
  }).strict(),
  z.object({
    /** Questions of conversations `swirl import` read from an agent's logs (Example records). */
    kind: z.literal("imported"),
    examples: path,
    ...extra,
  }).strict(),
]);

export type TaskConfig = z.infer<typeof TaskConfigSchema>;
export type TaskConfigInput = z.input<typeof TaskConfigSchema>;
