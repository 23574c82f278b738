/** `swirl demo`: the README's main command (see src/demo/demo.ts). */
import type { Command } from "commander";
export declare function registerDemo(program: Command): void;
