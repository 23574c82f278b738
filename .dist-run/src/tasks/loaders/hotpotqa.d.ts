import { type LoadedTask } from "./corpus-builder.js";
import type { LoadOptions } from "./gsm8k.js";
export declare function loadHotpotQa(source: string, opts?: LoadOptions): Promise<LoadedTask>;
