/**
 * Step-wise decomposition (paper §2): a trajectory with K actions gives K sub-trajectories
 * (s_i, a_i), where s_i is the prompt plus every earlier action and tool result.
 */
import type { Message, State, Trajectory } from "../types.js";
/** The context before step i, as chat messages. */
export declare function contextBefore(t: Trajectory, i: number): Message[];
export declare function decompose(t: Trajectory): State[];
/** The whole conversation of a trajectory (prompt, actions, tool results). */
export declare function conversation(t: Trajectory): Message[];
