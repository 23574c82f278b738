/**
 * `swirl eval`: multi-step evaluation of a policy on a task's held-out questions with live
 * tools (src/eval/evaluate.ts); per-question JSONL and a summary; `--compare` runs a paired
 * bootstrap against another evaluation's JSONL.
 */
import type { Command } from "commander";
export declare function registerEval(program: Command): void;
