/** The demo's miniature versions of the paper's tables, as text for the terminal and as report tables. */
import type { ReportTable } from "../report/index.js";
import type { Interval, BootstrapResult } from "../metrics/index.js";

export const pct = (x: number): string => x.toFixed(3);
export const interval = (i: Interval): string => `${pct(i.estimate)} [${pct(i.low)}, ${pct(i.high)}]`;
export const delta = (d: BootstrapResult): string => `${d.difference >= 0 ? "+" : ""}${pct(d.difference)} [${pct(d.low)}, ${pct(d.high)}]`;

/** Renders a report table as aligned text. */
export function textTable(t: ReportTable): string {
  const cells = [t.columns.map(String), ...t.rows.map((r) => r.map((c) => (c === null ? "–" : String(c))))];
  const widths = t.columns.map((_, j) => Math.max(...cells.map((r) => (r[j] ?? "").length)));
  const line = (r: string[]): string => r.map((c, j) => c.padEnd(widths[j])).join("  ");
  const out = [`\n${t.title}`, line(cells[0]), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)];
  if (t.note) out.push(t.note);
  return out.join("\n");
}

/** Renders a report table as Markdown (results.md). */
export function markdownTable(t: ReportTable): string {
  const cell = (c: string | number | null): string => (c === null ? "–" : String(c)).replace(/\|/g, "\\|");
  const out = [`## ${t.title}`, "", `| ${t.columns.map(cell).join(" | ")} |`, `|${t.columns.map(() => "---").join("|")}|`, ...t.rows.map((r) => `| ${r.map(cell).join(" | ")} |`)];
  if (t.note) out.push("", t.note);
  return out.join("\n") + "\n";
}
