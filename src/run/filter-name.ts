/**
 * A filter name from outside (a flag, a config, a library caller), checked against FILTERS before
 * anything builds a path from it: `states.<filter>.jsonl` must never leave the run folder.
 */
import { FILTERS, type FilterName } from "../types.js";

export function isFilterName(name: unknown): name is FilterName {
  return typeof name === "string" && (FILTERS as readonly string[]).includes(name);
}

/** `name` as a FilterName, or an error naming `where` it came from and the names allowed. */
export function checkFilterName(name: unknown, where: string): FilterName {
  if (isFilterName(name)) return name;
  throw new Error(`${where}: unknown filter ${JSON.stringify(name)} (use ${FILTERS.join(", ")})`);
}
