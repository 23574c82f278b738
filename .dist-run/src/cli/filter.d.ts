/** `swirl filter`: flags and config onto `filter()` (src/stages/filter.ts). */
import type { Command } from "commander";
export interface FilterFlags {
    config?: string;
    run?: string;
    filter?: string[];
}
export declare function filterCommand(flags: FilterFlags): Promise<void>;
export declare function registerFilter(program: Command): void;
