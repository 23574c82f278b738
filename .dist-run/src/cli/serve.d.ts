import type { Command } from "commander";
export interface ServeFlags {
    checkpoint: string;
    host: string;
    port: string;
    token?: string;
    maxBatch: string;
    name?: string;
}
export declare function serve(flags: ServeFlags): Promise<void>;
export declare function registerServe(program: Command): void;
