/**
 * One exported prompt per state (s_i of a kept trajectory): the context as chat messages, plus
 * what an external RL engine and our reward server need to close the loop. SWiRL's stage-2
 * reward needs no gold answer (paper §2: a judge scores one fresh action in its context), so
 * the row's "label" is the state id: the reward server looks the context up by it.
 */
import type { Example, Message, State, TaskKind } from "../types.js";
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
}
export interface RowOptions {
    /** Examples by id, for the dataset name and task kind (optional). */
    readonly examples?: ReadonlyMap<string, Example>;
    /** Task kind when no example says it; otherwise guessed from the markup in the state. */
    readonly kind?: TaskKind;
    /** Share of trajectories held out as the val split (default 0: verl can reuse train as val). */
    readonly valFraction?: number;
}
/** The action markup of a task kind, in words. */
export declare function actionFormat(kind: TaskKind): string;
export declare function exportRows(states: readonly State[], opts?: RowOptions): ExportRow[];
