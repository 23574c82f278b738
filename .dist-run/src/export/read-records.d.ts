import type { Example, Message, State } from "../types.js";
export declare function parseMessages(v: unknown, file: string, line: number, field: string): Message[];
export declare function parseState(v: unknown, file: string, line: number): State;
export declare function readStates(path: string): State[];
export declare function readExamples(path: string): Map<string, Example>;
