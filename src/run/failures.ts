/**
 * failures.jsonl: one line per failed attempt — a model or judge request that failed (retried or
 * not), a judge reply without a label, a tool call that threw — so a run that "succeeded" after
 * retries still says what went wrong and how often. Appended with one write per line.
 */
import { appendFileSync } from "node:fs";
import type { PolicyRequestError } from "../errors/policy-request-error.js";

export type FailureSource = "model" | "judge" | "tool";

export interface FailureRecord {
  readonly time: string;
  readonly stage: string;
  readonly source: FailureSource;
  /** Base URL of the server, or the judge or tool name. */
  readonly endpoint: string;
  /** 1-based attempt of the request this failure belongs to. */
  readonly attempt: number;
  readonly kind: string;
  /** HTTP status, 0 without a response. */
  readonly status: number;
  readonly willRetry: boolean;
  readonly problem: string;
}

export class FailureLog {
  /** Failed attempts recorded by this process, and how many of them were retried. */
  failures = 0;
  retries = 0;
  readonly bySource: Record<FailureSource, number> = { model: 0, judge: 0, tool: 0 };

  constructor(readonly file: string, readonly stage: string) {}

  record(r: Omit<FailureRecord, "time" | "stage">): void {
    this.failures++;
    if (r.willRetry) this.retries++;
    this.bySource[r.source]++;
    appendFileSync(this.file, JSON.stringify({ time: new Date().toISOString(), stage: this.stage, ...r }) + "\n");
  }

  /** An HTTP backend's failure (its onFailure hook). */
  readonly onPolicyFailure = (e: PolicyRequestError): void => {
    this.record({ source: "model", endpoint: e.endpoint, attempt: e.attempt, kind: e.kind, status: e.status, willRetry: e.willRetry, problem: e.problem });
  };
}

/** Request counts of a stage, as the stage log and the CLI summary show them. */
export interface RequestCounts {
  /** Requests that reached a backend (cache misses). */
  readonly requests: number;
  /** Attempts repeated after a failure. */
  readonly retries: number;
  /** Failed attempts (each a line of failures.jsonl). */
  readonly failures: number;
  readonly cacheHits: number;
}

export function formatCounts(c: RequestCounts): string {
  return `${c.requests} requests, ${c.retries} retries, ${c.failures} failed attempts, ${c.cacheHits} cache hits`;
}
