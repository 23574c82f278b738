/** `swirl pretrain`: trains (or loads from cache) the embedded base policy (src/pretrain/base-policy.ts). */
import type { Command } from "commander";
export declare function registerPretrain(program: Command): void;
