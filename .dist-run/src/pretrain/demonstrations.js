import { jobsFor, runRollouts } from "../rollout/run-many.js";
import { EMBEDDED_MATH_TEMPLATE, EMBEDDED_QA_TEMPLATE } from "../rollout/prompts.js";
import { QaTeacher } from "../synthetic/qa-teacher.js";
import { MathTeacher } from "../synthetic/math-teacher.js";
export async function qaDemonstrations(env, mistakes, seed) {
    const teacher = new QaTeacher(env, env.train, { ...mistakes, seed });
    return runRollouts(jobsFor(env.train, 1), {
        policy: teacher, tools: new Map([["search_query", env.search]]), template: EMBEDDED_QA_TEMPLATE, temperature: 0, maxActionTokens: 64, seed,
    }, 64);
}
export async function mathDemonstrations(env, mistakeRate, seed, quoteClause = false) {
    const teacher = new MathTeacher(env.train, { mistakeRate, seed, quoteClause });
    return runRollouts(jobsFor(env.train, 1), {
        policy: teacher, tools: new Map([["math_exp", env.calculator]]), template: EMBEDDED_MATH_TEMPLATE, temperature: 0, maxActionTokens: 64, seed,
    }, 64);
}
//# sourceMappingURL=demonstrations.js.map