import { type ScorerOptions } from "./scorer.js";
export interface RewardServerOptions extends ScorerOptions {
    /** Default 127.0.0.1: serving beyond the machine is an explicit choice. */
    readonly host?: string;
    /** 0 lets the OS choose a free port. */
    readonly port?: number;
    /** When set, requests must present it (bearer header or `token` query parameter). */
    readonly token?: string;
    /** Stop strings at which a recovered action is cut (default: every closing tag). */
    readonly stop?: readonly string[];
    /** Largest request body (default 32 MiB: a batch of long contexts). */
    readonly maxBodyBytes?: number;
    /** Most samples in one /get_reward request (default 4096). */
    readonly maxBatch?: number;
}
export interface RunningRewardServer {
    readonly url: string;
    readonly port: number;
    close(): Promise<void>;
}
export declare function startRewardServer(opts: RewardServerOptions): Promise<RunningRewardServer>;
