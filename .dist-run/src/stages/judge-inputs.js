import { contextBefore } from "../rollout/decompose.js";
import { contentHash } from "../run/kv.js";
/** The process item of every step, then the outcome item. Short hashes: collisions only need to be rare per id. */
export function* judgeItems(t) {
    for (let i = 0; i < t.steps.length; i++) {
        const messages = contextBefore(t, i);
        const action = t.steps[i].text;
        yield { kind: "process", id: `${t.id}@${i}`, trajectory: t, stepIndex: i, messages, action, input: contentHash([messages, action]).slice(0, 16) };
    }
    yield { kind: "outcome", id: t.id, trajectory: t, answer: t.answer, input: contentHash([t.stop, t.answer ?? null]).slice(0, 16) };
}
/** Trajectories a failed policy call cut short are left to `generate` to retry, not judged or trained on. */
export const isComplete = (t) => t.stop !== "error";
//# sourceMappingURL=judge-inputs.js.map