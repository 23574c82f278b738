export type StageName = "generate" | "judge" | "filter" | (string & {});
export interface StageEvent {
    readonly stage: StageName;
    readonly event: "start" | "resume" | "recovered" | "finish" | "failed";
    /** Anything else worth keeping: counts, file names, milliseconds. */
    readonly [k: string]: unknown;
}
export declare class StageLog {
    readonly file: string;
    constructor(file: string);
    write(e: StageEvent): void;
}
