/**
 * A judge behind a verdict cache, so nothing is paid twice: the key is the content hash of the
 * judge's identity (name and, when it has one, its config: prompt version, temperature, seed,
 * votes) and of everything the judge sees. With a run folder's durable store the cache outlives
 * the process, so a resumed `judge` stage skips every verdict it already has. Identical inputs
 * in flight at once share one call. Errors are not cached: a rerun tries them again.
 */
import { contentHash, MemoryStore } from "../run/kv.js";
class Cache {
    inner;
    store;
    name;
    config;
    /** Verdicts served from the store, and verdicts the inner judge was asked for. */
    hits = 0;
    misses = 0;
    pending = new Map();
    constructor(inner, store = new MemoryStore()) {
        this.inner = inner;
        this.store = store;
        this.name = inner.name;
        this.config = inner.config;
    }
    /** The cache key of one input of this judge. */
    keyOf(kind, input) {
        return contentHash({ judge: this.inner.name, config: this.inner.config, kind, input });
    }
    cached(key, run) {
        const stored = this.store.get(key);
        if (stored !== undefined) {
            this.hits++;
            return Promise.resolve(stored);
        }
        const inFlight = this.pending.get(key);
        if (inFlight) {
            this.hits++;
            return inFlight;
        }
        this.misses++;
        const p = run()
            .then(async (v) => {
            await this.store.set(key, v);
            return v;
        })
            .finally(() => this.pending.delete(key));
        this.pending.set(key, p);
        return p;
    }
}
export class CachedProcessJudge extends Cache {
    judgeStep(x) {
        return this.cached(this.keyOf("process", x), () => this.inner.judgeStep(x));
    }
}
export class CachedOutcomeJudge extends Cache {
    judgeOutcome(x) {
        return this.cached(this.keyOf("outcome", x), () => this.inner.judgeOutcome(x));
    }
}
export function cachedProcessJudge(judge, store) {
    return new CachedProcessJudge(judge, store);
}
export function cachedOutcomeJudge(judge, store) {
    return new CachedOutcomeJudge(judge, store);
}
//# sourceMappingURL=cached.js.map