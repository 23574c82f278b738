// `npm run build` hook: tsc writes dist/ afresh without execute bits, so the bins of package.json
// (`npx swirl`) are made executable again.
import { chmodSync, readFileSync } from "node:fs";
const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
for (const file of Object.values(pkg.bin ?? {})) chmodSync(new URL(`../${file}`, import.meta.url), 0o755);
