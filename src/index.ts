/**
 * @module swirl — Step-Wise Reinforcement Learning (arXiv 2504.04736) for multi-step tool use.
 *
 * @example
 * ```ts
 * import { generate, judge, filter, trainSwirl, evaluate } from "swirl"; // examples/library.ts: the whole loop
 * ```
 */
export { kindInfo, isBuiltInKind, BUILT_IN_TASK_KINDS, type TaskKindInfo } from "./task-kind.js";
export type { Example, Message, Action, Step, StopReason, Trajectory, State, Verdict, TaskKind, InvalidReason, ActionFormat, FunctionCall } from "./types.js";

// policies
export type { Policy, CompletionRequest, Completion } from "./policy/policy.js";
export { EmbeddedPolicy } from "./policy/embedded.js";
export { httpPolicy, HttpPolicy } from "./policy/http.js";
export { cachedPolicy } from "./policy/cached.js";
export { startServer } from "./serve/server.js";

// rollouts
export { rollout, type RolloutOptions } from "./rollout/rollout.js";
export { runRollouts, jobsFor } from "./rollout/run-many.js";
export { parseAction } from "./rollout/parse-action.js";
export { decompose, contextBefore } from "./rollout/decompose.js";
export { QA_TEMPLATE, MATH_TEMPLATE, EMBEDDED_QA_TEMPLATE, EMBEDDED_MATH_TEMPLATE, templateFor, stopStrings, type PromptTemplate } from "./rollout/prompts.js";

// judges and filters
export type { ProcessJudge, OutcomeJudge, StepToJudge, OutcomeToJudge } from "./judge/judge.js";
export { LlmProcessJudge } from "./judge/llm-process.js";
export { LlmOutcomeJudge } from "./judge/llm-outcome.js";
export { cachedProcessJudge, cachedOutcomeJudge } from "./judge/cached.js";
export { ruleOutcomeJudge } from "./judge/rule-outcome.js";
export { FILTERS, stateSet, survivorCounts, type FilterName } from "./filter/filters.js";

// stages
export { generate } from "./stages/generate.js";
export { judge } from "./stages/judge.js";
export { filter } from "./stages/filter.js";
export { importChatLog, type ImportOptions, type ImportResult } from "./stages/import.js";
export { buildEnvironment } from "./pipeline/environment.js";
export { trainSwirl, DEFAULT_TRAIN } from "./train/trainer.js";
export { swirlLoss, advantages, DEFAULT_OBJECTIVE } from "./train/objective.js";
export { sftBaseline } from "./train/sft-baseline.js";
export { evaluate, compareRuns } from "./eval/evaluate.js";
export { pretrainBasePolicy } from "./pretrain/base-policy.js";
export { runDemo } from "./demo/demo.js";

// model
export { Model } from "./model/model.js";
export { presetConfig, PRESETS, type ModelConfig } from "./model/config.js";
export { Tokenizer } from "./model/tokenizer.js";
export { generate as generateTokens } from "./model/generate.js";
export { encodeConversation } from "./model/chat.js";
export { sftTrain } from "./train/sft.js";
export { saveModel, loadModel } from "./model/io.js";
export { exportGguf } from "./model/export-gguf.js";

// tasks, tools, metrics, report, scale-out
export * from "./tasks/index.js";
export * from "./tools/index.js";
export * from "./metrics/index.js";
export { writeReport, loadReportData } from "./report/index.js";
export { exportStateSet, readStates, readExamples } from "./export/index.js";
export { parseTrajectory, readJsonlRecords } from "./run/records.js";
export { startRewardServer } from "./reward-server/index.js";
