import { runDirOf } from "./config.js";
import { existsSync } from "node:fs";
import { loadReportData, writeReport } from "../report/index.js";
export async function report(runDirArg, flags) {
    const runDir = runDirOf("report", runDirArg, flags);
    if (!existsSync(runDir))
        throw new Error(`report: no run folder at ${runDir}`);
    const max = Number(flags.maxTrajectories);
    if (!Number.isInteger(max) || max < 0)
        throw new Error(`--max-trajectories: not a count: ${flags.maxTrajectories}`);
    const data = loadReportData(runDir, { title: flags.title, machine: flags.machine, maxTrajectories: max });
    for (const w of data.warnings)
        console.warn(`warning: ${w}`);
    const path = await writeReport(runDir, data, { path: flags.out });
    console.log(`wrote ${path} (${data.tables.length} tables, ${data.curves.length} curves, ${data.trajectories.length} trajectories)`);
}
export function registerReport(program) {
    program
        .command("report")
        .description("write a self-contained HTML report (tables, training curves, labels, trajectory browser) for a run folder")
        .argument("[runDir]", "the run folder")
        .option("--run <dir>", "the run folder (same as the argument)")
        .option("--out <file>", "output file (default <runDir>/report.html)")
        .option("--title <text>", "page title")
        .option("--machine <text>", "machine description shown in the header")
        .option("--max-trajectories <n>", "at most this many trajectories in the browser", "2000")
        .action(report);
}
//# sourceMappingURL=report.js.map