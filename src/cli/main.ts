#!/usr/bin/env node
/** The `swirl` command line: a thin shell over the library functions of the same names. */
import { Command } from "commander";
import { doctor } from "./doctor.js";
import { registerSearchServer } from "./search-server.js";
import { registerBuildIndex } from "./build-index.js";
import { registerGenerate } from "./generate.js";
import { registerJudge } from "./judge.js";
import { registerImport } from "./import.js";
import { registerFilter } from "./filter.js";
import { registerReport } from "./report.js";
import { registerExport } from "./export.js";
import { registerRewardServer } from "./reward-server.js";
import { registerServe } from "./serve.js";
import { registerExportGguf } from "./export-gguf.js";
import { registerDemo } from "./demo.js";
import { registerTrain } from "./train.js";
import { registerEval } from "./eval.js";
import { registerPretrain } from "./pretrain.js";
import { reportFailure, setDebug } from "./failure.js";

const program = new Command();
program.name("swirl").description("Step-Wise Reinforcement Learning for multi-step tool use").version("0.1.0")
  .option("--debug", "on failure, print the stack too (same as SWIRL_DEBUG=1)");

// every command fails the same way (failure.ts): one line, exit code 1, a stack only when debugging
let running: string | undefined;
program.hook("preAction", (root, action) => {
  setDebug(root.opts<{ debug?: boolean }>().debug === true);
  running = action.name();
});
process.on("uncaughtException", (e) => {
  reportFailure(running, e);
  process.exit(1);
});

program.command("doctor").description("print Node version, compute backend, BLAS library and threads").action(doctor);

registerSearchServer(program);
registerBuildIndex(program);
registerGenerate(program);
registerImport(program);
registerJudge(program);
registerFilter(program);
registerReport(program);
registerExport(program);
registerRewardServer(program);
registerServe(program);
registerExportGguf(program);
registerDemo(program);
registerPretrain(program);
registerTrain(program);
registerEval(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  reportFailure(running, e);
}
