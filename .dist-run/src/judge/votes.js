/**
 * Voting: k judges (usually one LLM judge sampled with k seeds at a temperature above 0) label
 * the same input and the majority wins. A tie is BAD: a step half the voters reject is no
 * evidence of a good step (use odd k to avoid ties). Votes that fail (JudgeError) are left out;
 * when fewer than `quorum` succeed, the vote itself fails with a JudgeError.
 *
 *   const judge = processVotes({ k: 5, judge: (i) => new LlmProcessJudge({ policy, seed: 100 * i, temperature: 0.7 }) });
 */
import { JudgeError } from "../errors/judge-error.js";
/** Majority of the verdicts; the rationale counts the votes and keeps one winning explanation. */
export function majority(verdicts, name, failed = 0) {
    const good = verdicts.filter((v) => v.label === "GOOD").length;
    const bad = verdicts.length - good;
    const label = good > bad ? "GOOD" : "BAD";
    const example = verdicts.find((v) => v.label === label)?.rationale ?? "";
    const failures = failed > 0 ? `, ${failed} failed` : "";
    return { label, rationale: `${good} GOOD / ${bad} BAD${failures}${example ? `\n---\n${example}` : ""}`, judge: name };
}
class Votes {
    name;
    config;
    voters;
    quorum;
    constructor(opts) {
        if (!Number.isInteger(opts.k) || opts.k < 1)
            throw new Error(`votes: k must be a positive integer, got ${opts.k}`);
        this.voters = Array.from({ length: opts.k }, (_, i) => opts.judge(i));
        this.quorum = opts.quorum ?? Math.floor(opts.k / 2) + 1;
        this.name = opts.name ?? `votes${opts.k}:${this.voters[0].name}`;
        this.config = { votes: opts.k, quorum: this.quorum, voters: this.voters.map((v) => ({ name: v.name, config: v.config })) };
    }
    async vote(ask) {
        const results = await Promise.allSettled(this.voters.map(ask));
        const verdicts = [];
        const errors = [];
        for (const r of results) {
            if (r.status === "fulfilled")
                verdicts.push(r.value);
            else if (JudgeError.isInstance(r.reason))
                errors.push(r.reason);
            else
                throw r.reason; // not a judging failure (a bug): do not hide it in a vote count
        }
        if (verdicts.length < this.quorum) {
            throw new JudgeError({ judge: this.name, problem: "no_quorum", attempts: this.voters.length, detail: `${verdicts.length} of ${this.voters.length} votes, need ${this.quorum}`, cause: errors[0] });
        }
        return majority(verdicts, this.name, errors.length);
    }
}
export class ProcessVotes extends Votes {
    judgeStep(x) {
        return this.vote((j) => j.judgeStep(x));
    }
}
export class OutcomeVotes extends Votes {
    judgeOutcome(x) {
        return this.vote((j) => j.judgeOutcome(x));
    }
}
export function processVotes(opts) {
    return new ProcessVotes(opts);
}
export function outcomeVotes(opts) {
    return new OutcomeVotes(opts);
}
//# sourceMappingURL=votes.js.map