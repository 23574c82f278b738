import { jobsFor, streamRollouts } from "../rollout/run-many.js";
import { trajectoryId } from "../rollout/rollout.js";
import { cachedPolicy } from "../policy/cached.js";
import { JsonlStore } from "../run/jsonl-kv.js";
import { CompletionSchema } from "../run/records.js";
import { RunFolder } from "../run/run-folder.js";
export async function generate(o) {
    const t0 = performance.now();
    const samples = o.samples ?? 5;
    const concurrency = o.concurrency ?? 16;
    const run = RunFolder.open(o.runDir);
    if (o.config)
        run.writeConfig(o.config);
    // ids finished cleanly so far; the last line of an id decides (a retry replaces an error)
    const failed = new Set();
    const store = run.openTrajectories("generate", {
        retain: false,
        onRecord: (t) => (t.stop === "error" ? failed.add(t.id) : failed.delete(t.id)),
    });
    const jobs = jobsFor(o.examples, samples);
    const todo = jobs.filter((j) => {
        const id = trajectoryId(j.example.id, j.sample);
        return !store.has(id) || failed.has(id);
    });
    const skipped = jobs.length - todo.length;
    const retrying = todo.filter((j) => failed.has(trajectoryId(j.example.id, j.sample))).length;
    run.log.write({ stage: "generate", event: skipped + retrying > 0 ? "resume" : "start", total: jobs.length, skipped, retrying, todo: todo.length });
    // completions answered in this run are written, not kept: every request's seed names its
    // trajectory and step, so a key never repeats within a run (identical requests in flight at
    // once still share one call); a later run reads them back to resume
    const cacheStore = o.cache === false ? undefined : JsonlStore.open(run.path("policyCache"), CompletionSchema, { retainAppended: false });
    // without a cache, a store that forgets everything still counts the calls
    const policy = cachedPolicy(o.policy, cacheStore ?? { get: () => undefined, set: async () => { } }, { identity: o.policyIdentity });
    let generated = 0;
    let errors = 0;
    const report = () => o.onProgress?.({ stage: "generate", done: skipped + generated, total: jobs.length, failures: errors });
    report();
    const onDone = async (t) => {
        await store.appendBatched(t); // one write with the others finished in this loop turn
        generated++;
        if (t.stop === "error")
            errors++;
        report();
    };
    try {
        await streamRollouts(todo, { policy, tools: o.tools, template: o.template, temperature: o.temperature ?? 1, maxActionTokens: o.maxActionTokens ?? 64, seed: o.seed ?? 0, rejectRepeats: o.rejectRepeats }, concurrency, onDone);
        store.compact(); // one line per id once retried errors have been replaced
    }
    catch (e) {
        run.log.write({ stage: "generate", event: "failed", error: e.message, generated });
        throw e;
    }
    finally {
        store.close();
        cacheStore?.close();
    }
    const result = {
        file: store.file, total: jobs.length, skipped, generated, errors, policyCalls: policy.misses, cacheHits: policy.hits, ms: Math.round(performance.now() - t0),
    };
    run.log.write({ stage: "generate", event: "finish", ...result });
    return result;
}
//# sourceMappingURL=generate.js.map