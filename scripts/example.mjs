// `npm run example -- <name> [args]`: runs examples/<name>/main.ts (compiled by `npm run build`).
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

const [name, ...args] = process.argv.slice(2);
const names = readdirSync("examples", { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join("examples", e.name, "main.ts"))).map((e) => e.name);
if (!name || !names.includes(name)) {
  console.error(`example: ${name ? `no example "${name}"` : "name one"}; there are: ${names.join(", ")}`);
  process.exit(1);
}
const r = spawnSync(process.execPath, [join("dist", "examples", name, "main.js"), ...args], { stdio: "inherit" });
process.exit(r.status ?? 1);
