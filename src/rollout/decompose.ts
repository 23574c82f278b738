/**
 * Step-wise decomposition (paper §2): a trajectory with K actions gives K sub-trajectories
 * (s_i, a_i), where s_i is the prompt plus every earlier action and tool result.
 */
import { stateId, type Message, type State, type Trajectory } from "../types.js";

/** The context before step i, as chat messages. */
export function contextBefore(t: Trajectory, i: number): Message[] {
  const messages: Message[] = [...t.prompt];
  for (let k = 0; k < i; k++) {
    const s = t.steps[k];
    messages.push({ role: "assistant", content: s.text });
    if (s.toolResult !== undefined) messages.push({ role: "user", content: s.toolResult });
  }
  return messages;
}

export function decompose(t: Trajectory): State[] {
  return t.steps.map((s, i) => ({
    id: stateId(t.id, i),
    trajectoryId: t.id,
    exampleId: t.exampleId,
    stepIndex: i,
    messages: contextBefore(t, i),
    action: s.text,
  }));
}

/** The whole conversation of a trajectory (prompt, actions, tool results). */
export function conversation(t: Trajectory): Message[] {
  return contextBefore(t, t.steps.length);
}
