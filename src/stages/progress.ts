/** What a stage reports as it goes: the CLI turns it into a progress bar. */
export interface StageProgress {
  readonly stage: string;
  /** Items finished, including those already in the file when the stage started. */
  readonly done: number;
  readonly total: number;
  /** Items that ended in a recorded failure (a failed policy or judge call). */
  readonly failures: number;
}

export type OnProgress = (p: StageProgress) => void;
