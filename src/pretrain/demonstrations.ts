/**
 * Teacher demonstrations for the embedded base policy: the scripted QA and math teachers run
 * through the real rollout loop and tools, so every demonstration has exactly the format
 * (markup, `QUERY -> RESULT` turns) the model will later act in.
 */
import type { Trajectory } from "../types.js";
import { jobsFor, runRollouts } from "../rollout/run-many.js";
import { EMBEDDED_MATH_TEMPLATE, EMBEDDED_QA_TEMPLATE } from "../rollout/prompts.js";
import type { QaEnv } from "../synthetic/qa/env.js";
import type { MathEnv } from "../synthetic/math/env.js";
import { QaTeacher, type QaTeacherOptions } from "../synthetic/qa/teacher.js";
import { MathTeacher, type MathTeacherOptions } from "../synthetic/math/teacher.js";

export async function qaDemonstrations(env: QaEnv, mistakes: Omit<QaTeacherOptions, "seed">, seed: number | string): Promise<Trajectory[]> {
  const teacher = new QaTeacher(env, env.train, { ...mistakes, seed });
  return runRollouts(jobsFor(env.train, 1), {
    policy: teacher, tools: new Map([["search_query", env.search]]), template: EMBEDDED_QA_TEMPLATE, temperature: 0, maxActionTokens: 64, seed,
  }, 64);
}

export async function mathDemonstrations(env: MathEnv, mistakes: Omit<MathTeacherOptions, "seed">, seed: number | string): Promise<Trajectory[]> {
  const teacher = new MathTeacher(env.train, { ...mistakes, seed });
  return runRollouts(jobsFor(env.train, 1), {
    policy: teacher, tools: new Map([["math_exp", env.calculator]]), template: EMBEDDED_MATH_TEMPLATE, temperature: 0, maxActionTokens: 64, seed,
  }, 64);
}
