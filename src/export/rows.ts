/**
 * One exported prompt per state (s_i of a kept trajectory): the context as chat messages, plus
 * what an external RL engine and our reward server need to close the loop. SWiRL's stage-2
 * reward needs no gold answer (paper §2: a judge scores one fresh action in its context), so
 * the row's "label" is the state id: the reward server looks the context up by it.
 */
import type { Example, Message, State, TaskKind, Trajectory, WireMessage } from "../types.js";
import { stopStrings, templateFor } from "../rollout/prompts.js";
import { nativeContextBefore } from "../rollout/native-format.js";
import { contentHash } from "../run/kv.js";

export interface ExportRow {
  readonly stateId: string;
  readonly trajectoryId: string;
  readonly exampleId: string;
  readonly stepIndex: number;
  /** s_i: the prompt for the engine's policy to continue with one assistant turn. */
  readonly messages: readonly Message[];
  /** Dataset name (verl's `data_source`). */
  readonly dataSource: string;
  readonly kind: TaskKind;
  readonly split: "train" | "val";
  /** Position within its split. */
  readonly index: number;
  /** Decoding stops here: the closing tags of the tools and of the answer. */
  readonly stop: readonly string[];
  /** The action markup in words, for engines and people reading the data. */
  readonly actionFormat: string;
  /**
   * Native format (an imported agent's log): s_i as the agent's own OpenAI messages, with
   * `tool_calls` and `tool` results, and the functions it was offered. The chat JSONL files
   * carry these; verl's `prompt` column (role and content only) carries `messages`, the markup.
   */
  readonly native?: { readonly messages: readonly WireMessage[]; readonly tools?: readonly Readonly<Record<string, unknown>>[] };
}

export interface RowOptions {
  /** Examples by id, for the dataset name and task kind (optional). */
  readonly examples?: ReadonlyMap<string, Example>;
  /** Task kind when no example says it; otherwise guessed from the markup in the state. */
  readonly kind?: TaskKind;
  /** Share of trajectories held out as the val split (default 0: verl can reuse train as val). */
  readonly valFraction?: number;
  /** Trajectories by id: the states of native ones are also written in the agent's own format. */
  readonly trajectories?: ReadonlyMap<string, Trajectory>;
}

/** The native format in words. */
export const NATIVE_ACTION_FORMAT = "one assistant turn in OpenAI tool calling: either tool_calls to the offered functions (answered by role \"tool\" messages) or the final answer as plain content";

/** The action markup of a task kind, in words. */
export function actionFormat(kind: TaskKind): string {
  const t = templateFor(kind);
  const calls = t.toolTags.map((tag) => `<${tag}>…</${tag}>`).join(" or ");
  return `one assistant turn: brief reasoning, then exactly one of ${calls} (a tool call, answered in the next user turn as INPUT -> RESULT) or <answer>…</answer> (the final answer); at most ${t.maxToolCalls} tool calls`;
}

function guessKind(s: State): TaskKind | undefined {
  const text = s.messages.map((m) => m.content).join("\n") + s.action;
  if (text.includes("<math_exp>")) return "math";
  if (text.includes("<search_query>")) return "qa";
  return undefined;
}

/** Deterministic split by trajectory, so states of one trajectory never straddle train and val. */
function isVal(trajectoryId: string, fraction: number): boolean {
  if (fraction <= 0) return false;
  return parseInt(contentHash(trajectoryId).slice(0, 8), 16) / 0x1_0000_0000 < fraction;
}

export function exportRows(states: readonly State[], opts: RowOptions = {}): ExportRow[] {
  const counters = { train: 0, val: 0 };
  return states.map((s) => {
    const example = opts.examples?.get(s.exampleId);
    const kind = example?.kind ?? opts.kind ?? guessKind(s) ?? "qa";
    const split = isVal(s.trajectoryId, opts.valFraction ?? 0) ? "val" : "train";
    const common = {
      stateId: s.id, trajectoryId: s.trajectoryId, exampleId: s.exampleId, stepIndex: s.stepIndex,
      messages: s.messages, dataSource: example?.dataset ?? `swirl-${kind}`, kind, split, index: counters[split]++,
    } as const;
    const t = opts.trajectories?.get(s.trajectoryId);
    if (t?.format === "native") {
      // the engine's tool-call parser ends a turn, not a closing tag
      return { ...common, stop: [], actionFormat: NATIVE_ACTION_FORMAT, native: { messages: nativeContextBefore(t, s.stepIndex), ...(t.tools ? { tools: t.tools } : {}) } };
    }
    return { ...common, stop: stopStrings(templateFor(kind)), actionFormat: actionFormat(kind) };
  });
}
