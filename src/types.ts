/**
 * The method's record types, defined once (paper §2 and App. E). Every stage reads and writes
 * these; JSONL files in a run folder hold one of them per line.
 *
 * Trajectory τ = (s1, a1, …, sK, aK): s1 is the task prompt, s(i+1) = s(i) + a(i) + the tool's
 * response to a(i). A trajectory with K actions decomposes into K states (sub-trajectories).
 */

/**
 * The task a question belongs to: "qa" and "math" are built in (their prompt, tool and rule
 * judges ship with swirl); any other name is a user's task (src/task-kind.ts).
 */
export type TaskKind = string;

/** One question of a task set (synthetic or a real dataset), with its answer key. */
export interface Example {
  /** Unique within its dataset. */
  readonly id: string;
  /** Dataset name: "synthetic-qa", "synthetic-math", "gsm8k", "hotpotqa", "musique", "beerqa", "cofca", or a user's. */
  readonly dataset: string;
  readonly kind: TaskKind;
  readonly question: string;
  /** Gold answer first, then accepted aliases. */
  readonly answers: readonly string[];
  /** Dataset-specific extras (hops, question type, reference chain of facts or expressions). */
  readonly meta?: Readonly<Record<string, unknown>>;
}

/** A chat message; a state is a list of these. */
export interface Message {
  readonly role: "system" | "user" | "assistant";
  readonly content: string;
}

/** Why an action could not be used as a tool call or an answer. */
export const INVALID_REASONS = ["no_tag", "two_tags", "tool_and_answer", "unclosed_tag", "empty_input", "repeated_query", "text_after_tag", "unknown_tool"] as const;
export type InvalidReason = (typeof INVALID_REASONS)[number];

/** One model turn, parsed: free reasoning, then one tool call or one final answer. */
export type Action =
  | { readonly kind: "tool"; readonly tool: string; readonly input: string; readonly reasoning: string }
  | { readonly kind: "answer"; readonly answer: string; readonly reasoning: string }
  | { readonly kind: "invalid"; readonly reason: InvalidReason; readonly reasoning: string };

/**
 * A function call in the native format (OpenAI tool calling), as the agent made it and its tool
 * answered; the step's text and action hold the same call in the markup (rollout/native-format.ts).
 */
export interface FunctionCall {
  readonly id: string;
  readonly name: string;
  /** The JSON arguments, as the agent sent them. */
  readonly arguments: string;
  /** The tool message's content, when the log has one. */
  readonly output?: string;
}

/** What one tool call returned: its result text, and the problem when it failed (the text then reads `Error: …`). */
export interface ToolOutcome {
  readonly output: string;
  readonly error?: string;
}

/** How a policy writes its actions: the paper's markup (`<tag>input</tag>`), or OpenAI tool calls. */
export const ACTION_FORMATS = ["markup", "native"] as const;
export type ActionFormat = (typeof ACTION_FORMATS)[number];

/** One step of a trajectory: the action the policy sampled and what the environment answered. */
export interface Step {
  /** The raw action text (the assistant message). */
  readonly text: string;
  readonly action: Action;
  /** The tool's result message (`QUERY -> RESULT`), absent for answers and invalid actions. */
  readonly toolResult?: string;
  /** Why the tool call failed (bad input, a tool that threw, a server that timed out); the result then reads `Error: …`. */
  readonly toolError?: string;
  /** Tokens the policy generated for this action. */
  readonly tokens: number;
  /** Per-token log-probabilities of the sampled action, when the backend returns them. */
  readonly logprobs?: readonly number[];
  /** Wall-clock time of the policy call and the tool call, in milliseconds. */
  readonly ms: number;
  /** Native format: the call as the agent made it (absent for answers and in the markup format). */
  readonly call?: FunctionCall;
}

/**
 * Why a rollout stopped. "context_full": the conversation outgrew the model's context (final, like
 * the others); "error": a policy call failed after its retries (a resumed run tries again);
 * "unfinished": an imported log ends before a final answer.
 */
export const STOP_REASONS = ["answered", "step_cap", "invalid_action", "context_full", "error", "unfinished"] as const;
export type StopReason = (typeof STOP_REASONS)[number];

/** A multi-step rollout of one example by one policy. */
export interface Trajectory {
  /** `${exampleId}#${sample}`: stable, so resumed runs never duplicate. */
  readonly id: string;
  readonly exampleId: string;
  readonly sample: number;
  /** s1: the system and user messages of the task prompt. */
  readonly prompt: readonly Message[];
  readonly steps: readonly Step[];
  readonly stop: StopReason;
  /** The final answer when stop = "answered". */
  readonly answer?: string;
  /** The error message when stop = "error". */
  readonly error?: string;
  /** How the actions were written (absent: "markup"). */
  readonly format?: ActionFormat;
  /** Native format: the functions the agent was offered (OpenAI `tools` entries), kept for export. */
  readonly tools?: readonly Readonly<Record<string, unknown>>[];
}

/** A sub-trajectory (s_i, a_i): the context before action i, and that action. */
export interface State {
  /** `${trajectoryId}@${stepIndex}`. */
  readonly id: string;
  readonly trajectoryId: string;
  readonly exampleId: string;
  readonly stepIndex: number;
  /** s_i as chat messages (prompt, earlier actions, tool results). */
  readonly messages: readonly Message[];
  /** a_i, the assistant message that followed. */
  readonly action: string;
}

/** A judge's label for one step (process) or one final answer (outcome). */
export interface Verdict {
  readonly label: "GOOD" | "BAD";
  /** The judge's explanation (for LLM judges, its reply; for the rule judge, the rule that fired). */
  readonly rationale: string;
  /** Which judge produced it, e.g. "rule", "llm:model-name". */
  readonly judge: string;
}

/** A call in OpenAI's wire format (an assistant message's `tool_calls` entry). */
export interface WireToolCall {
  readonly id: string;
  readonly type: "function";
  readonly function: { readonly name: string; readonly arguments: string };
}

/** A function offered to a model (an OpenAI `tools` entry). */
export interface FunctionTool {
  readonly type: "function";
  readonly function: { readonly name: string; readonly description?: string | null; readonly parameters?: Readonly<Record<string, unknown>> | null };
}

/** A chat message as the native format sends and exports it (OpenAI's shape). */
export type WireMessage =
  | { readonly role: "system" | "user"; readonly content: string }
  | { readonly role: "assistant"; readonly content: string | null; readonly tool_calls?: readonly WireToolCall[] }
  | { readonly role: "tool"; readonly tool_call_id: string; readonly content: string };

/** What a policy returns for one chat turn (every backend: embedded, HTTP, …). */
export interface Completion {
  readonly text: string;
  /** Generated tokens (as the backend counts them). */
  readonly tokens: number;
  readonly promptTokens: number;
  /** Per-token log-probabilities and ids, when the backend returns them. */
  readonly logprobs?: readonly number[];
  readonly tokenIds?: readonly number[];
  readonly finish: "stop" | "length";
  /** Native format: the calls the reply makes (its text is then the reasoning, often empty). */
  readonly toolCalls?: readonly WireToolCall[];
}

/** The four filters of the paper (§2, Fig. 4): which trajectories' states become T (filter/filters.ts). */
export const FILTERS = ["none", "process", "outcome", "process+outcome"] as const;
export type FilterName = (typeof FILTERS)[number];

/** The id of step i's state: `${trajectoryId}@${stepIndex}` (process verdicts are keyed by it). */
export const stateId = (trajectoryId: string, stepIndex: number): string => `${trajectoryId}@${stepIndex}`;
