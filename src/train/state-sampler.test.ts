import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { State } from "../types.js";
import { stateSampler } from "./state-sampler.js";

/** A trajectory of `k` steps as its k states. */
const trajectory = (id: string, k: number): State[] => Array.from({ length: k }, (_, i) => ({ id: `${id}@${i}`, trajectoryId: id, exampleId: id, stepIndex: i, messages: [], action: "" }));

describe("stateSampler", () => {
  // nine short trajectories (3 states each) and one long one (5 states): 27 vs 5 states
  const states = [...Array.from({ length: 9 }, (_, i) => trajectory(`short${i}`, 3)).flat(), ...trajectory("long", 5)];
  const long = (i: number): boolean => states[i]!.trajectoryId === "long";

  it("uniform: the long trajectory's share of draws is its share of T", () => {
    const draw = stateSampler(states, 8, 1, "none");
    const picks = Array.from({ length: 400 }, (_, s) => draw(s)).flat();
    assert.ok(Math.abs(picks.filter(long).length / picks.length - 5 / 32) < 0.03);
  });

  it("trajectory-length: each length gets the same share of the slots", () => {
    const draw = stateSampler(states, 8, 1, "trajectory-length");
    for (let s = 0; s < 50; s++) assert.equal(draw(s).filter(long).length, 4, `step ${s}`);
  });

  it("question: each question gets the same share, however many of its trajectories survived", () => {
    // "many" has eight surviving trajectories of 3 states, "few" one
    const qs = [...Array.from({ length: 8 }, (_, i) => trajectory(`many#${i}`, 3).map((s) => ({ ...s, exampleId: "many" }))).flat(), ...trajectory("few#0", 3).map((s) => ({ ...s, exampleId: "few" }))];
    const picks = Array.from({ length: 400 }, (_, s) => stateSampler(qs, 8, 1, "question")(s)).flat();
    const share = picks.filter((i) => qs[i]!.exampleId === "few").length / picks.length;
    assert.ok(Math.abs(share - 0.5) < 0.04, `few's share ${share}`);
  });

  it("trajectory-length+question: lengths in turn, and within a length each question alike", () => {
    const qs = [...states, ...trajectory("long2", 5).map((s) => ({ ...s, exampleId: "long" }))];
    const draw = stateSampler(qs, 8, 1, "trajectory-length+question");
    const isLong = (i: number): boolean => qs[i]!.exampleId.startsWith("long");
    for (let s = 0; s < 50; s++) assert.equal(draw(s).filter(isLong).length, 4, `step ${s}`);
  });

  it("draws are a function of (seed, step): a resumed run sees the same states", () => {
    const a = stateSampler(states, 8, 7, "trajectory-length");
    const b = stateSampler(states, 8, 7, "trajectory-length");
    assert.deepEqual(a(13), b(13));
    assert.notDeepEqual(a(13), stateSampler(states, 8, 8, "trajectory-length")(13));
  });
});
