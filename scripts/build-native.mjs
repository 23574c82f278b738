// `npm install` hook: builds the C addon (binding.gyp, native/) with node-gyp; it needs only a C
// compiler. Never fails the install: when there is no compiler, swirl runs on its pure-TypeScript
// backend, and this prints one line saying so. Also runs by hand: `node scripts/build-native.mjs`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

const JS = "compute backend: js (pure TypeScript)";

/** How to run node-gyp: npm's own (passed to lifecycle scripts, or found beside node), else npx. */
function nodeGyp() {
  const candidates = [
    process.env.npm_config_node_gyp,
    join(dirname(process.execPath), "..", "lib", "node_modules", "npm", "node_modules", "node-gyp", "bin", "node-gyp.js"),
  ];
  const js = candidates.find((p) => p && existsSync(p));
  return js ? [process.execPath, [js]] : ["npx", ["--no-install", "node-gyp"]];
}

/** Headers of the running node, if installed beside it (saves node-gyp a download). */
function nodedirArgs() {
  if (process.env.npm_config_nodedir) return [];
  const prefix = join(dirname(process.execPath), "..");
  return existsSync(join(prefix, "include", "node", "node_api.h")) ? [`--nodedir=${prefix}`] : [];
}

function main() {
  if (!existsSync("binding.gyp")) return `swirl: no binding.gyp; ${JS}`;
  if (process.env.SWIRL_SKIP_NATIVE === "1") return `swirl: SWIRL_SKIP_NATIVE=1, native addon not built; ${JS}`;
  const [cmd, args] = nodeGyp();
  const r = spawnSync(cmd, [...args, "rebuild", ...nodedirArgs()], { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  if (r.status === 0) return "swirl: native addon built (C, own GEMM kernels); compute backend: native";
  return `swirl: native addon not built (${reason(`${r.stderr ?? ""}\n${r.stdout ?? ""}`, r.error)}); ${JS}`;
}

/** The most telling line of a failed build: a known cause first, else the first error line. */
function reason(out, error) {
  const lines = out.split("\n").filter((l) => !/^gyp (info|http|verb)/.test(l)).map((l) => l.replace(/^gyp ERR! /, "").trim());
  const known = [
    [/find Python/i, "no Python for node-gyp"],
    [/(cc|gcc|make|g\+\+).*(not found|No such file)/i, "no C compiler or make"],
  ];
  for (const [re, text] of known) if (lines.some((l) => re.test(l))) return text;
  const first = lines.find((l) => /error/i.test(l) && !/^(stack|cwd|node|System|command|not ok)/.test(l));
  return first ?? String(error ?? "node-gyp failed");
}

try {
  console.log(main());
} catch (e) {
  console.log(`swirl: native addon not built (${e instanceof Error ? e.message : String(e)}); ${JS}`);
}
process.exit(0);
