/**
 * Teacher demonstrations for the embedded base policy: the scripted QA and math teachers run
 * through the real rollout loop and tools, so every demonstration has exactly the format
 * (markup, `QUERY -> RESULT` turns) the model will later act in.
 */
import type { Trajectory } from "../types.js";
import type { QaEnv } from "../synthetic/qa-env.js";
import type { MathEnv } from "../synthetic/math-env.js";
import { type QaTeacherOptions } from "../synthetic/qa-teacher.js";
export declare function qaDemonstrations(env: QaEnv, mistakes: Omit<QaTeacherOptions, "seed">, seed: number | string): Promise<Trajectory[]>;
export declare function mathDemonstrations(env: MathEnv, mistakeRate: number, seed: number | string, quoteClause?: boolean): Promise<Trajectory[]>;
