/**
 * The method's record types, defined once (paper §2 and App. E). Every stage reads and writes
 * these; JSONL files in a run folder hold one of them per line.
 *
 * Trajectory τ = (s1, a1, …, sK, aK): s1 is the task prompt, s(i+1) = s(i) + a(i) + the tool's
 * response to a(i). A trajectory with K actions decomposes into K states (sub-trajectories).
 */
export {};
//# sourceMappingURL=types.js.map