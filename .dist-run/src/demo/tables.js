export const pct = (x) => x.toFixed(3);
export const interval = (i) => `${pct(i.estimate)} [${pct(i.low)}, ${pct(i.high)}]`;
export const delta = (d) => `${d.difference >= 0 ? "+" : ""}${pct(d.difference)} [${pct(d.low)}, ${pct(d.high)}]`;
/** Renders a report table as aligned text. */
export function textTable(t) {
    const cells = [t.columns.map(String), ...t.rows.map((r) => r.map((c) => (c === null ? "–" : String(c))))];
    const widths = t.columns.map((_, j) => Math.max(...cells.map((r) => (r[j] ?? "").length)));
    const line = (r) => r.map((c, j) => c.padEnd(widths[j])).join("  ");
    const out = [`\n${t.title}`, line(cells[0]), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)];
    if (t.note)
        out.push(t.note);
    return out.join("\n");
}
//# sourceMappingURL=tables.js.map