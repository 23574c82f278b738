// The folders of src/ form layers: a file imports only from its own folder or from folders
// below it in LAYERS, so no import circle can form between folders, and none inside a folder
// either (checked file by file). Reads the TypeScript sources, so it sees `import type` too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";

const SRC = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "src");

/** Lowest first. `types` is src/types.ts (the method's types), `task-kind` what a task kind means, `index` the package's entry points. */
const LAYERS = [
  "types", "task-kind", "errors", "util", "engine", "metrics", "run", "model", "policy", "tasks", "tools", "rollout",
  "filter", "judge", "eval", "synthetic", "train", "pretrain", "export", "pipeline", "stages", "report", "serve",
  "reward-server", "demo", "cli", "index",
];

/** Tests and their fixtures (`*.fixture.ts`, left out of the package) may import anything. */
const isTestCode = (file: string): boolean => /\.(test|fixture)\.ts$/.test(file);

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (name.endsWith(".ts") && !isTestCode(name)) out.push(relative(SRC, p));
  }
  return out;
}

/** Relative imports and re-exports of a file, as paths under src/ (".js" → ".ts"). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), "utf8");
  const found = [...text.matchAll(/(?:import|export)[^'";]*?from\s+["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/g)];
  return found.map((m) => normalize(join(dirname(file), m[1] ?? m[2]!)).replace(/\.js$/, ".ts"));
}

const files = sources(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));

const folderOf = (file: string): string => (file.includes("/") ? file.split("/")[0]! : file.replace(/\.ts$/, ""));
/**
 * A package entry point (package.json "exports") that re-exports from other folders, like
 * tasks/index.ts, is part of the library's surface: the top layer, imported by nothing in src/.
 */
const packageJson = JSON.parse(readFileSync(join(SRC, "..", "package.json"), "utf8")) as { exports: Record<string, string> };
const SURFACE = new Set(Object.values(packageJson.exports).map((p) => p.replace(/^\.\/dist\/src\//, "").replace(/\.js$/, ".ts"))
  .filter((f) => f === "index.ts" || (graph.get(f) ?? []).some((dep) => folderOf(dep) !== folderOf(f))));
const layerOf = (file: string): string => (SURFACE.has(file) ? "index" : folderOf(file));

test("every src/ folder is a layer of LAYERS", () => {
  const unknown = [...new Set(files.map(layerOf))].filter((l) => !LAYERS.includes(l));
  assert.deepEqual(unknown, [], "add the new folder to LAYERS in its place");
});

test("no file imports from a folder above its own", () => {
  const upward: string[] = [];
  for (const [file, deps] of graph) {
    for (const dep of deps) {
      if (LAYERS.indexOf(layerOf(dep)) > LAYERS.indexOf(layerOf(file))) upward.push(`${file} → ${dep}`);
    }
  }
  assert.deepEqual(upward, []);
});

test("no import circle between files", () => {
  const circles: string[] = [];
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (f: string): void => {
    state.set(f, "open");
    path.push(f);
    for (const dep of graph.get(f) ?? []) {
      if (state.get(dep) === "open") circles.push([...path.slice(path.indexOf(dep)), dep].join(" → "));
      else if (!state.has(dep)) visit(dep);
    }
    path.pop();
    state.set(f, "done");
  };
  for (const f of files) if (!state.has(f)) visit(f);
  assert.deepEqual(circles, []);
});

test("the check sees imports (it would catch a circle)", () => {
  assert.ok(graph.get("train/sft.ts")?.includes("train/sft-loop.ts"));
  assert.ok(graph.get("train/data-parallel-worker.ts")?.includes("train/sft-loop.ts"), "dynamic import() counted");
});
