/**
 * The report page's own script, run in the browser after Chart.js. It reads the data from the
 * `<script type="application/json" id="report-data">` block, draws the charts and builds the
 * trajectory browser. Every piece of run data reaches the DOM through textContent or
 * setAttribute, never innerHTML, so model output cannot inject markup or script.
 * Kept as a string (not compiled TypeScript) because the project's tsconfig has no DOM types.
 */
export const PAGE_SCRIPT = String.raw `
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var palette = ["#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#4b5563"];
  var charts = [];
  window.__swirlCharts = charts;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) if (attrs[k] !== undefined && attrs[k] !== null) e.setAttribute(k, attrs[k]);
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  // ---------------------------------------------------------------- charts
  function chart(canvasId, config) {
    var canvas = document.getElementById(canvasId);
    if (!canvas) return;
    if (typeof Chart === "undefined") { canvas.replaceWith(el("p", { "class": "warn" }, "Chart.js did not load")); return; }
    config.options = Object.assign({ animation: false, responsive: true, maintainAspectRatio: false }, config.options || {});
    charts.push(new Chart(canvas, config));
  }

  (data.curves || []).forEach(function (c, i) {
    chart("curve-" + i, {
      type: "line",
      data: { datasets: c.series.map(function (s, j) {
        return { label: s.name, data: s.points.map(function (p) { return { x: p[0], y: p[1] }; }),
          borderColor: palette[j % palette.length], backgroundColor: palette[j % palette.length], pointRadius: s.points.length > 60 ? 0 : 2, borderWidth: 1.5 };
      }) },
      options: { parsing: false, scales: { x: { type: "linear", title: { display: true, text: c.xLabel || "step" } } },
        plugins: { title: { display: true, text: c.title } } },
    });
  });

  var gbs = data.goodByStep || [];
  if (gbs.length > 0) {
    var longest = Math.max.apply(null, gbs.map(function (g) { return g.values.length; }));
    chart("good-by-step", {
      type: "bar",
      data: { labels: Array.from({ length: longest }, function (_, i) { return "step " + (i + 1); }),
        datasets: gbs.map(function (g, j) { return { label: g.label, data: g.values.map(function (v) { return 100 * v; }), backgroundColor: palette[j % palette.length] }; }) },
      options: { scales: { y: { min: 0, max: 100, title: { display: true, text: "% GOOD" } } },
        plugins: { title: { display: true, text: "Share of GOOD steps by step index" },
          tooltip: { callbacks: { afterLabel: function (ctx) { var n = (gbs[ctx.datasetIndex].counts || [])[ctx.dataIndex]; return n === undefined ? "" : n + " judged steps"; } } } } },
    });
  }

  var filters = Object.keys(data.survivors || {});
  if (filters.length > 0) {
    chart("survivors", {
      type: "bar",
      data: { labels: filters, datasets: [
        { label: "trajectories", data: filters.map(function (f) { return data.survivors[f].trajectories; }), backgroundColor: palette[0] },
        { label: "states", data: filters.map(function (f) { return data.survivors[f].states; }), backgroundColor: palette[2] },
      ] },
      options: { plugins: { title: { display: true, text: "Survivors per filter" } } },
    });
  }

  // ---------------------------------------------------------------- trajectory browser
  var trajs = data.trajectories || [];
  var list = document.getElementById("traj-list");
  var count = document.getElementById("f-count");
  var fOutcome = document.getElementById("f-outcome");
  var fFilter = document.getElementById("f-filter");
  var fStop = document.getElementById("f-stop");
  var fSearch = document.getElementById("f-search");
  if (!list) return;

  function addOptions(select, values) {
    values.forEach(function (v) { select.appendChild(el("option", { value: v }, v)); });
  }
  var stops = {}, passNames = {};
  trajs.forEach(function (t) { stops[t.stop] = 1; (t.passes || []).forEach(function (p) { passNames[p] = 1; }); });
  addOptions(fStop, Object.keys(stops).sort());
  addOptions(fFilter, Object.keys(passNames).sort().map(function (p) { return "passes " + p; }));
  addOptions(fFilter, Object.keys(passNames).sort().map(function (p) { return "fails " + p; }));

  function outcomeOf(t) { return t.correct === true ? "correct" : t.correct === false ? "incorrect" : "unjudged"; }

  function badge(text, cls) { return el("span", { "class": "badge " + cls }, text); }

  function body(t) {
    var d = el("div", { "class": "traj-body" });
    var meta = el("dl");
    [["question", t.question], ["answer key", (t.answerKey || []).join(" | ") || "–"], ["answer", t.answer === undefined ? "–" : t.answer],
     ["outcome", outcomeOf(t) + (t.outcomeRationale ? " — " + t.outcomeRationale : "")], ["filters passed", (t.passes || []).join(", ") || "none"]]
      .forEach(function (kv) { meta.appendChild(el("dt", null, kv[0])); meta.appendChild(el("dd", null, kv[1])); });
    d.appendChild(meta);
    var ol = el("ol", { "class": "steps" });
    t.steps.forEach(function (s) {
      var li = el("li", { "class": "step" });
      var head = el("div", { "class": "step-head" });
      head.appendChild(badge(s.verdict || "unjudged", s.verdict === "GOOD" ? "good" : s.verdict === "BAD" ? "bad" : "none"));
      if (s.rationale) head.appendChild(el("span", { "class": "rationale" }, s.rationale));
      li.appendChild(head);
      li.appendChild(el("pre", { "class": "action" }, s.action));
      if (s.toolResult !== undefined) li.appendChild(el("pre", { "class": "tool" }, s.toolResult));
      ol.appendChild(li);
    });
    d.appendChild(ol);
    return d;
  }

  var rows = trajs.map(function (t) {
    var item = el("details", { "class": "traj", "data-outcome": outcomeOf(t), "data-stop": t.stop });
    var sum = el("summary");
    sum.appendChild(badge(outcomeOf(t), outcomeOf(t) === "correct" ? "good" : outcomeOf(t) === "incorrect" ? "bad" : "none"));
    sum.appendChild(el("span", { "class": "stop" }, t.stop));
    sum.appendChild(el("span", { "class": "nsteps" }, t.steps.length + " steps"));
    sum.appendChild(el("span", { "class": "q" }, t.question));
    sum.appendChild(el("span", { "class": "tid" }, t.id));
    item.appendChild(sum);
    // the body is built on first open: thousands of trajectories stay cheap
    item.addEventListener("toggle", function () { if (item.open && item.childNodes.length === 1) item.appendChild(body(t)); });
    list.appendChild(item);
    var text = [t.id, t.question, t.answer || "", (t.answerKey || []).join(" ")].concat(
      t.steps.map(function (s) { return [s.action, s.toolResult || "", s.rationale || ""].join(" "); })).join(" ").toLowerCase();
    return { t: t, item: item, text: text };
  });

  function apply() {
    var o = fOutcome.value, f = fFilter.value, s = fStop.value, q = fSearch.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (r) {
      var passes = r.t.passes || [];
      var ok = (o === "" || outcomeOf(r.t) === o) && (s === "" || r.t.stop === s) && (q === "" || r.text.indexOf(q) >= 0);
      if (ok && f !== "") {
        var name = f.slice(f.indexOf(" ") + 1);
        ok = f.indexOf("passes ") === 0 ? passes.indexOf(name) >= 0 : passes.indexOf(name) < 0;
      }
      r.item.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown + " of " + rows.length + " trajectories";
  }
  [fOutcome, fFilter, fStop].forEach(function (x) { x.addEventListener("change", apply); });
  fSearch.addEventListener("input", apply);
  apply();
})();
`;
//# sourceMappingURL=page-script.js.map