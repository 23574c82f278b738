import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildEnvironment } from "../pipeline/environment.js";
import { generate } from "./generate.js";
import { judge } from "./judge.js";
import { filter } from "./filter.js";
import { QaTeacher } from "../synthetic/qa/teacher.js";
import { buildQaEnv } from "../synthetic/qa/env.js";
import type { Completion, CompletionRequest, Policy } from "../policy/policy.js";
import type { ProcessJudge } from "../judge/judge.js";
import type { Trajectory } from "../types.js";
import type { VerdictRecord } from "../run/records.js";
import { ContextLengthError } from "../errors/context-length-error.js";

const TASK = { kind: "synthetic-qa", seed: 7, train: 6, test: 0, world: { countries: 4, cities: 12, organisations: 16, persons: 60, works: 20 } } as const;
const env = await buildEnvironment(TASK);
// the teacher needs the world the questions come from: same options, same world
const qa = buildQaEnv({ seed: TASK.seed, train: TASK.train, test: TASK.test, world: TASK.world });
const tmp = () => mkdtemp(join(tmpdir(), "swirl-stages-"));
const readJsonl = <T>(file: string): T[] => readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as T);

/** The teacher behind a call counter, optionally failing some requests. */
function teacher(fail?: (r: CompletionRequest) => boolean): Policy & { calls: number } {
  const inner = new QaTeacher(qa, qa.train, { mistakeRate: 0.5, seed: 3 });
  const p = {
    name: "teacher",
    calls: 0,
    async complete(r: CompletionRequest): Promise<Completion> {
      p.calls++;
      if (fail?.(r)) throw new Error("server unavailable");
      return inner.complete(r);
    },
  };
  return p;
}

const base = (runDir: string, policy: Policy) => ({ runDir, policy, examples: env.examples.train, tools: env.tools, template: env.template, samples: 3, concurrency: 4 });
const judges = { processJudge: env.ruleJudge.process, outcomeJudge: env.ruleJudge.outcome };

test("generate → judge → filter on the synthetic QA world with the teacher and the rule judges", async () => {
  const dir = await tmp();
  const g = await generate({ ...base(dir, teacher()), config: { task: TASK } });
  assert.equal(g.total, 18);
  assert.equal(g.generated, 18);
  assert.equal(g.errors, 0);
  const trajectories = readJsonl<Trajectory>(join(dir, "trajectories.jsonl"));
  assert.equal(new Set(trajectories.map((t) => t.id)).size, 18);
  const steps = trajectories.reduce((n, t) => n + t.steps.length, 0);

  const j = await judge({ runDir: dir, examples: env.examples.train, ...judges });
  assert.equal(j.total, steps + 18);
  assert.equal(j.errors, 0);
  const verdicts = readJsonl<VerdictRecord>(join(dir, "verdicts.jsonl"));
  assert.equal(verdicts.filter((v) => v.kind === "process").length, steps);
  assert.equal(verdicts.filter((v) => v.kind === "outcome").length, 18);

  const f = await filter({ runDir: dir });
  assert.equal(f.counts.none.trajectories, 18);
  assert.equal(f.counts.none.states, steps);
  // the teacher errs in half the trajectories: the filters must keep some and drop some
  assert.ok(f.counts.process.trajectories > 0 && f.counts.process.trajectories < 18);
  assert.ok(f.counts["process+outcome"].trajectories <= Math.min(f.counts.process.trajectories, f.counts.outcome.trajectories));
  for (const name of ["none", "process", "outcome", "process+outcome"] as const) {
    assert.equal(readJsonl(join(dir, `states.${name}.jsonl`)).length, f.counts[name].states);
  }
  const counts = JSON.parse(readFileSync(join(dir, "filter-counts.json"), "utf8"));
  assert.deepEqual(counts.survivors, f.counts);
  const config = JSON.parse(readFileSync(join(dir, "config.json"), "utf8"));
  assert.equal(config.task.kind, "synthetic-qa");
  const events = readJsonl<{ stage: string; event: string }>(join(dir, "stage-log.jsonl")).map((e) => `${e.stage}:${e.event}`);
  assert.deepEqual(events, ["generate:start", "generate:finish", "judge:start", "judge:finish", "filter:start", "filter:finish"]);
});

test("a second run of each stage skips what is done and pays for nothing again", async () => {
  const dir = await tmp();
  await generate(base(dir, teacher()));
  await judge({ runDir: dir, examples: env.examples.train, ...judges });
  const before = readFileSync(join(dir, "trajectories.jsonl"), "utf8");
  const again = teacher();
  const g = await generate(base(dir, again));
  assert.equal(again.calls, 0);
  assert.deepEqual([g.skipped, g.generated], [18, 0]);
  assert.equal(readFileSync(join(dir, "trajectories.jsonl"), "utf8"), before);
  let judgeCalls = 0;
  const counting: ProcessJudge = { name: "rule", judgeStep: (x) => (judgeCalls++, env.ruleJudge.process!.judgeStep(x)) };
  const j = await judge({ runDir: dir, examples: env.examples.train, processJudge: counting, outcomeJudge: env.ruleJudge.outcome });
  assert.equal(judgeCalls, 0);
  assert.equal(j.judged, 0);
  assert.equal(j.skipped, j.total);
  const events = readJsonl<{ stage: string; event: string }>(join(dir, "stage-log.jsonl")).map((e) => `${e.stage}:${e.event}`);
  assert.ok(events.includes("generate:resume") && events.includes("judge:resume"));
});

test("more samples later: only the new trajectories are generated", async () => {
  const dir = await tmp();
  await generate({ ...base(dir, teacher()), samples: 1 });
  const more = teacher();
  const g = await generate({ ...base(dir, more), samples: 3 });
  assert.deepEqual([g.skipped, g.generated], [6, 12]);
  assert.equal(readJsonl(join(dir, "trajectories.jsonl")).length, 18);
});

test("failed policy calls are recorded as error trajectories, and the next run retries only those, from the cache", async () => {
  const dir = await tmp();
  // every second step of sample 1 fails: those trajectories end in stop = "error"
  const flaky = teacher((r) => /#1:1$/.test(String(r.seed)));
  const g1 = await generate(base(dir, flaky));
  assert.ok(g1.errors > 0);
  const errored = readJsonl<Trajectory>(join(dir, "trajectories.jsonl")).filter((t) => t.stop === "error");
  assert.equal(errored.length, g1.errors);
  assert.match(errored[0]!.error!, /server unavailable/);
  // judge and filter leave them alone
  const j1 = await judge({ runDir: dir, examples: env.examples.train, ...judges });
  assert.ok(!readJsonl<VerdictRecord>(join(dir, "verdicts.jsonl")).some((v) => errored.some((t) => t.id === v.trajectoryId)));
  assert.ok(j1.total > 0);

  const healthy = teacher();
  const g2 = await generate(base(dir, healthy));
  assert.equal(g2.generated, g1.errors);
  assert.equal(g2.errors, 0);
  // the first step of each retried trajectory was answered before: served from the cache
  assert.equal(g2.cacheHits, g1.errors);
  assert.equal(healthy.calls, g2.policyCalls);
  const all = readJsonl<Trajectory>(join(dir, "trajectories.jsonl"));
  assert.equal(all.length, 18);
  assert.equal(new Set(all.map((t) => t.id)).size, 18);
  assert.ok(all.every((t) => t.stop !== "error"));
});

test("a trajectory that outgrows the context ends as context_full: judged like any other, never retried", async () => {
  const dir = await tmp();
  // the third step of sample 2 no longer fits the model's context
  const overflow = (r: CompletionRequest) => /#2:2$/.test(String(r.seed));
  const inner = teacher();
  const full: Policy = { name: "teacher", complete: (r) => (overflow(r) ? Promise.reject(new ContextLengthError(400, 384)) : inner.complete(r)) };
  const g1 = await generate(base(dir, full));
  assert.equal(g1.errors, 0);
  const cut = readJsonl<Trajectory>(join(dir, "trajectories.jsonl")).filter((t) => t.stop === "context_full");
  assert.ok(cut.length > 0 && cut.every((t) => t.steps.length === 2 && /does not fit the context of 384/.test(t.error!)));
  await judge({ runDir: dir, examples: env.examples.train, ...judges });
  const verdicts = readJsonl<VerdictRecord>(join(dir, "verdicts.jsonl"));
  assert.ok(cut.every((t) => verdicts.some((v) => v.trajectoryId === t.id && v.kind === "outcome")));
  const again = teacher();
  const g2 = await generate(base(dir, again));
  assert.deepEqual([g2.skipped, g2.generated, again.calls], [18, 0, 0]);
});

test("a judge that keeps failing leaves error records, and a later run retries only those", async () => {
  const dir = await tmp();
  await generate(base(dir, teacher()));
  let calls = 0;
  const broken: ProcessJudge = {
    name: "rule",
    async judgeStep(x) {
      calls++;
      if (x.messages.length === 2) throw new Error("judge timed out"); // every first step fails
      return env.ruleJudge.process!.judgeStep(x);
    },
  };
  const j1 = await judge({ runDir: dir, examples: env.examples.train, processJudge: broken, outcomeJudge: env.ruleJudge.outcome, attempts: 2, retryDelayMs: 1 });
  assert.equal(j1.errors, 18);
  const errors = readJsonl<VerdictRecord>(join(dir, "verdicts.jsonl")).filter((v) => v.error !== undefined);
  assert.equal(errors.length, 18);
  assert.ok(errors.every((e) => e.attempts === 2 && /timed out/.test(e.error!)));
  assert.equal(calls, j1.total - 18 + 18); // minus the 18 outcome items, plus a second try of each failing first step
  const f1 = await filter({ runDir: dir });
  assert.equal(f1.unlabelled.process, 18);
  assert.equal(f1.counts.process.trajectories, 0);

  let retried = 0;
  const fixed: ProcessJudge = { name: "rule", judgeStep: (x) => (retried++, env.ruleJudge.process!.judgeStep(x)) };
  const j2 = await judge({ runDir: dir, examples: env.examples.train, processJudge: fixed, outcomeJudge: env.ruleJudge.outcome });
  assert.equal(retried, 18);
  assert.equal(j2.errors, 0);
  const verdicts = readJsonl<VerdictRecord>(join(dir, "verdicts.jsonl"));
  assert.equal(verdicts.length, j2.total);
  assert.equal(new Set(verdicts.map((v) => `${v.kind}:${v.id}`)).size, verdicts.length);
  assert.equal((await filter({ runDir: dir })).unlabelled.process, 0);
});

test("filter writes only the chosen state set, in a stable order", async () => {
  const dir = await tmp();
  await generate(base(dir, teacher()));
  await judge({ runDir: dir, examples: env.examples.train, ...judges });
  const f = await filter({ runDir: dir, filters: ["process"] });
  assert.deepEqual(Object.keys(f.files), ["process"]);
  const first = readFileSync(f.files.process!, "utf8");
  await filter({ runDir: dir, filters: ["process"] });
  assert.equal(readFileSync(f.files.process!, "utf8"), first);
});

test("judge refuses trajectories of questions the task does not contain", async () => {
  const dir = await tmp();
  await generate(base(dir, teacher()));
  await assert.rejects(judge({ runDir: dir, examples: env.examples.train.slice(1), ...judges }), /does not contain/);
});
