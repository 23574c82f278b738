import type { Verdict } from "../types.js";
import type { OutcomeJudge, OutcomeToJudge, ProcessJudge, StepToJudge } from "./judge.js";
export interface VoteOptions<J> {
    /** Number of voters. */
    readonly k: number;
    /** Builds voter i (0-based); give each its own seed, or the votes will agree by construction. */
    readonly judge: (i: number) => J;
    /** Successful votes needed (default: a strict majority of k). */
    readonly quorum?: number;
    /** Default `votes${k}:${voter 0's name}`. */
    readonly name?: string;
}
/** Majority of the verdicts; the rationale counts the votes and keeps one winning explanation. */
export declare function majority(verdicts: readonly Verdict[], name: string, failed?: number): Verdict;
declare class Votes<J extends {
    readonly name: string;
    readonly config?: unknown;
}> {
    readonly name: string;
    readonly config: Readonly<Record<string, unknown>>;
    protected readonly voters: J[];
    private readonly quorum;
    constructor(opts: VoteOptions<J>);
    protected vote(ask: (voter: J) => Promise<Verdict>): Promise<Verdict>;
}
export declare class ProcessVotes extends Votes<ProcessJudge> implements ProcessJudge {
    judgeStep(x: StepToJudge): Promise<Verdict>;
}
export declare class OutcomeVotes extends Votes<OutcomeJudge> implements OutcomeJudge {
    judgeOutcome(x: OutcomeToJudge): Promise<Verdict>;
}
export declare function processVotes(opts: VoteOptions<ProcessJudge>): ProcessVotes;
export declare function outcomeVotes(opts: VoteOptions<OutcomeJudge>): OutcomeVotes;
export {};
