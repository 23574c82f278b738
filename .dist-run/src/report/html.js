import { PAGE_SCRIPT } from "./page-script.js";
const HTML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Text → HTML text or attribute value. */
export function escapeHtml(s) {
    return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}
/**
 * JSON safe inside a <script> element: `<`, `>` and `&` as \u escapes (so no `</script>` or
 * `<!--` can end the block), and the two line separators JavaScript once choked on.
 */
export function jsonForScript(value) {
    return JSON.stringify(value)
        .replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026")
        .replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
/** Inlined third-party code must not close its own <script> element early. */
export function scriptSafe(code) {
    return code.replace(/<\/(script)/gi, "<\\/$1");
}
function cell(v) {
    if (v === null)
        return "–";
    if (typeof v === "number")
        return Number.isInteger(v) ? String(v) : v.toFixed(3);
    return escapeHtml(v);
}
export function renderTable(t) {
    const head = t.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join("");
    const body = t.rows.map((r) => `<tr>${r.map((v, i) => `<td${typeof v === "number" || i > 0 ? ' class="num"' : ""}>${cell(v)}</td>`).join("")}</tr>`).join("\n");
    const note = t.note ? `<p class="note">${escapeHtml(t.note)}</p>` : "";
    return `<figure class="table"><table><caption>${escapeHtml(t.title)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>${note}</figure>`;
}
const STYLE = `
:root { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #111827; background: #f9fafb; }
body { margin: 0 auto; max-width: 1180px; padding: 16px 24px 64px; }
header h1 { margin: 8px 0 2px; font-size: 1.6rem; }
header .meta { color: #6b7280; font-size: .9rem; }
nav a { margin-right: 14px; font-size: .9rem; }
section { margin-top: 28px; }
h2 { font-size: 1.2rem; border-bottom: 1px solid #e5e7eb; padding-bottom: 4px; }
.tables { display: flex; flex-wrap: wrap; gap: 18px; }
figure.table { margin: 0; background: #fff; border: 1px solid #e5e7eb; border-radius: 6px; padding: 8px 12px; }
table { border-collapse: collapse; font-size: .88rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 6px; }
th, td { padding: 3px 10px; border-bottom: 1px solid #f3f4f6; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.note { color: #6b7280; font-size: .8rem; margin: 6px 0 0; max-width: 520px; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 16px; }
.chart { background: #fff; border: 1px solid #e5e7eb; border-radius: 6px; padding: 8px; height: 260px; position: relative; }
.warn { color: #b45309; }
.empty { color: #6b7280; font-style: italic; }
.controls { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; margin-bottom: 10px; }
.controls input[type=search] { min-width: 260px; padding: 4px 6px; }
#f-count { color: #6b7280; font-size: .9rem; }
details.traj { background: #fff; border: 1px solid #e5e7eb; border-radius: 6px; margin: 4px 0; }
details.traj > summary { cursor: pointer; padding: 6px 10px; display: flex; gap: 10px; align-items: baseline; font-size: .9rem; }
summary .q { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
summary .tid, summary .stop, summary .nsteps { color: #6b7280; font-size: .8rem; white-space: nowrap; }
.badge { display: inline-block; min-width: 64px; text-align: center; border-radius: 10px; padding: 0 8px; font-size: .75rem; font-weight: 600; }
.badge.good { background: #dcfce7; color: #166534; } .badge.bad { background: #fee2e2; color: #991b1b; } .badge.none { background: #f3f4f6; color: #4b5563; }
.traj-body { padding: 4px 14px 12px; }
.traj-body dl { display: grid; grid-template-columns: 120px 1fr; gap: 2px 10px; font-size: .88rem; }
.traj-body dt { color: #6b7280; }
.traj-body dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
ol.steps { padding-left: 22px; }
li.step { margin: 8px 0; }
.step-head { display: flex; gap: 10px; align-items: baseline; font-size: .85rem; }
.rationale { color: #374151; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; margin: 4px 0; padding: 6px 8px; border-radius: 4px; font-size: .82rem; }
pre.action { background: #eff6ff; } pre.tool { background: #f3f4f6; color: #374151; }
`;
export function renderReportHtml(data, parts) {
    const when = data.generatedAt ?? new Date().toISOString();
    const meta = [data.machine ? `machine: ${data.machine}` : "", `generated ${when}`].filter(Boolean).map(escapeHtml).join(" · ");
    const warnings = (data.warnings ?? []).length > 0
        ? `<details class="warn"><summary>${data.warnings.length} warning(s) while reading the run folder</summary><ul>${data.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join("")}</ul></details>`
        : "";
    const tables = data.tables.length > 0 ? data.tables.map(renderTable).join("\n") : `<p class="empty">No summary tables in this run folder yet.</p>`;
    const curveBoxes = data.curves.map((_, i) => `<div class="chart"><canvas id="curve-${i}"></canvas></div>`).join("");
    const hasGood = data.goodByStep.length > 0;
    const hasSurvivors = Object.keys(data.survivors).length > 0;
    const survivorRows = Object.entries(data.survivors).map(([f, s]) => [f, s.trajectories, s.states]);
    const labelsCharts = [
        hasGood ? `<div class="chart"><canvas id="good-by-step"></canvas></div>` : "",
        hasSurvivors ? `<div class="chart"><canvas id="survivors"></canvas></div>` : "",
    ].join("");
    // CSP: inline script and style only; no fetch, image, font or frame from anywhere
    const csp = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(data.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(data.title)}</h1><div class="meta">${meta}</div>
<nav><a href="#summary">Summary</a><a href="#training">Training</a><a href="#labels">Labels &amp; filters</a><a href="#trajectories">Trajectories</a></nav>
${warnings}</header>
<section id="summary"><h2>Summary</h2><div class="tables">${tables}</div></section>
<section id="training"><h2>Training curves</h2>${data.curves.length > 0 ? `<div class="charts">${curveBoxes}</div>` : `<p class="empty">No training metrics in this run folder yet.</p>`}</section>
<section id="labels"><h2>Process labels and filters</h2>${hasGood || hasSurvivors ? `<div class="charts">${labelsCharts}</div>` : `<p class="empty">No judge labels in this run folder yet.</p>`}
${hasSurvivors ? `<div class="tables">${renderTable({ title: "Survivors per filter", columns: ["filter", "trajectories", "states"], rows: survivorRows })}</div>` : ""}</section>
<section id="trajectories"><h2>Trajectories</h2>
<div class="controls">
<label>outcome <select id="f-outcome"><option value="">all</option><option value="correct">correct</option><option value="incorrect">incorrect</option><option value="unjudged">unjudged</option></select></label>
<label>filter <select id="f-filter"><option value="">any</option></select></label>
<label>stop <select id="f-stop"><option value="">all</option></select></label>
<input type="search" id="f-search" placeholder="search questions, actions, results, rationales">
<span id="f-count"></span>
</div>
<div id="traj-list"></div>
</section>
<script type="application/json" id="report-data">${jsonForScript(data)}</script>
<script>${scriptSafe(parts.chartJs)}</script>
<script>${scriptSafe(PAGE_SCRIPT)}</script>
</body>
</html>
`;
}
//# sourceMappingURL=html.js.map