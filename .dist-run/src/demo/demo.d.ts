import { type BasePolicyConfig } from "../pretrain/base-policy.js";
import { type ReportTable } from "../report/index.js";
export interface DemoOptions {
    readonly outDir: string;
    readonly cacheDir: string;
    readonly quick?: boolean;
    readonly seed?: number;
    /** Base-policy settings over the demo's own (e.g. a longer pretraining recipe). */
    readonly base?: Partial<BasePolicyConfig>;
    readonly log?: (line: string) => void;
}
export interface DemoResult {
    readonly tables: ReportTable[];
    readonly reportPath: string;
    readonly seconds: number;
}
export declare function runDemo(o: DemoOptions): Promise<DemoResult>;
