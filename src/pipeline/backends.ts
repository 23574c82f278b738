/**
 * Builds the policy and judges a config names. The identity of a policy (what its cache keys
 * carry) is the model, not the connection: an embedded checkpoint by its path and the sizes and
 * times of its files (so retraining in place changes it), a server by its model name.
 */
import { readdirSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { Verdict } from "../types.js";
import type { Policy } from "../policy/policy.js";
import type { PolicyRequestError } from "../errors/policy-request-error.js";
import { EmbeddedPolicy } from "../policy/embedded.js";
import { httpPolicy } from "../policy/http.js";
import { loadModel } from "../model/io.js";
import { contentHash, type KeyValueStore } from "../run/kv.js";
import type { OutcomeJudge, ProcessJudge } from "../judge/judge.js";
import { LlmProcessJudge } from "../judge/llm-process.js";
import { LlmOutcomeJudge } from "../judge/llm-outcome.js";
import { processVotes, outcomeVotes } from "../judge/votes.js";
import { cachedOutcomeJudge, cachedProcessJudge } from "../judge/cached.js";
import { ruleOutcomeJudge } from "../judge/rule-outcome.js";
import type { JudgeConfig, PolicyConfig } from "./backend-config.js";
import type { RuleJudges } from "./environment.js";

export interface BuiltPolicy {
  readonly policy: Policy;
  /** What cache keys carry for this model. */
  readonly identity: string;
}

function checkpointIdentity(dir: string): string {
  const files = readdirSync(dir).sort().map((f) => {
    const s = statSync(join(dir, f));
    return [f, s.size, s.mtimeMs];
  });
  return `embedded:${resolve(dir)}:${contentHash(files).slice(0, 12)}`;
}

/** `stage` labels the HTTP usage counts ("generate", "judge"); `onFailure` sees every failed HTTP attempt (a run's failures.jsonl). */
export async function buildPolicy(cfg: PolicyConfig, stage: string, onFailure?: (e: PolicyRequestError) => void): Promise<BuiltPolicy> {
  if (cfg.kind === "embedded") {
    const { model, tokenizer } = await loadModel(cfg.checkpoint);
    return { policy: new EmbeddedPolicy(model, tokenizer, { maxBatch: cfg.maxBatch, name: `embedded:${basename(resolve(cfg.checkpoint))}`, prefixCache: true }), identity: checkpointIdentity(cfg.checkpoint) };
  }
  const endpoints = cfg.baseURLs ?? (cfg.baseURL ? [cfg.baseURL] : undefined);
  const apiKey = cfg.apiKeyEnv ? process.env[cfg.apiKeyEnv] : undefined;
  if (cfg.apiKeyEnv && apiKey === undefined) throw new Error(`policy.apiKeyEnv: environment variable ${cfg.apiKeyEnv} is not set`);
  const policy = httpPolicy({ endpoints, model: cfg.model, apiKey, maxConcurrency: cfg.concurrency, timeoutMs: cfg.timeoutMs, retries: cfg.maxRetries, stage, onFailure });
  return { policy, identity: `http:${cfg.model ?? policy.name}` };
}

export interface BuiltJudges {
  readonly processJudge?: ProcessJudge;
  readonly outcomeJudge?: OutcomeJudge;
  /** The model behind LLM judges (to close when done). */
  readonly policy?: Policy;
}

/**
 * The judges of a judge config. LLM judges sit behind `cache` (the run's cache/judge.jsonl),
 * so a verdict a model gave is never asked for again, whatever happens to verdicts.jsonl.
 */
export async function buildJudges(cfg: JudgeConfig, rules: RuleJudges, cache: KeyValueStore<Verdict>, taskKind: string, onFailure?: (e: PolicyRequestError) => void): Promise<BuiltJudges> {
  const outcomeRule = cfg.outcome === "rule" || (cfg.kind === "rule" && cfg.outcome === "judge");
  const outcomeJudge = cfg.outcome === "off" ? undefined : outcomeRule ? (rules.outcome ?? ruleOutcomeJudge()) : undefined;
  if (cfg.kind === "rule") {
    if (cfg.process && !rules.process) throw new Error(`judge.kind: task "${taskKind}" has no rule process judge; use kind: llm (or process: false)`);
    return { processJudge: cfg.process ? rules.process : undefined, outcomeJudge };
  }
  const { policy } = cfg.checkpoint
    ? await buildPolicy({ kind: "embedded", checkpoint: cfg.checkpoint }, "judge", onFailure)
    : await buildPolicy({ kind: "http", baseURL: cfg.baseURL, baseURLs: cfg.baseURLs, model: cfg.model, apiKeyEnv: cfg.apiKeyEnv, concurrency: cfg.concurrency, timeoutMs: cfg.timeoutMs, maxRetries: cfg.maxRetries }, "judge", onFailure);
  const temperature = cfg.temperature ?? (cfg.votes > 1 ? 0.7 : 0);
  // voter i gets its own seed, else k votes at one seed would agree by construction
  const opts = (i: number) => ({ policy, temperature, seed: 1000 * i });
  const process = cfg.votes > 1 ? processVotes({ k: cfg.votes, judge: (i) => new LlmProcessJudge(opts(i)) }) : new LlmProcessJudge(opts(0));
  const outcome = cfg.votes > 1 ? outcomeVotes({ k: cfg.votes, judge: (i) => new LlmOutcomeJudge(opts(i)) }) : new LlmOutcomeJudge(opts(0));
  return {
    processJudge: cfg.process ? cachedProcessJudge(process, cache) : undefined,
    outcomeJudge: outcomeJudge ?? (cfg.outcome === "judge" ? cachedOutcomeJudge(outcome, cache) : undefined),
    policy,
  };
}
