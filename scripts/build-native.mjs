// `npm install` hook: builds the C/OpenBLAS addon with node-gyp. Never fails the install: when
// there is no compiler or no OpenBLAS, swirl runs on its pure-TypeScript backend, and this
// prints one line saying so.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("binding.gyp")) {
  console.log("swirl: no binding.gyp; compute backend: js (pure TypeScript)");
  process.exit(0);
}
if (process.env.SWIRL_SKIP_NATIVE === "1") {
  console.log("swirl: SWIRL_SKIP_NATIVE=1; compute backend: js (pure TypeScript)");
  process.exit(0);
}
// npm passes the path of its bundled node-gyp to lifecycle scripts.
const gyp = process.env.npm_config_node_gyp;
const cmd = gyp ? [process.execPath, [gyp, "rebuild"]] : ["npx", ["--no-install", "node-gyp", "rebuild"]];
const r = spawnSync(cmd[0], cmd[1], { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
if (r.status === 0) {
  console.log("swirl: native addon built (C + OpenBLAS); compute backend: native");
} else {
  const why = (r.stderr || r.stdout || String(r.error ?? "")).split("\n").filter((l) => /error/i.test(l)).slice(0, 3).join(" | ");
  console.log(`swirl: native addon not built (${why || "node-gyp failed"}); compute backend: js (pure TypeScript)`);
}
