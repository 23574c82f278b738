import { FILTERS } from "../filter/filters.js";
import { filter } from "../stages/filter.js";
import { FilterSectionSchema, resolveConfig, runAction } from "./config.js";
export async function filterCommand(flags) {
    const chosen = flags.filter?.includes("all") ? [...FILTERS] : flags.filter;
    const { runDir, config } = resolveConfig({ configFile: flags.config, runFlag: flags.run, flags: { filter: { filters: chosen } } });
    const f = FilterSectionSchema.parse(config.filter ?? {});
    const r = await filter({ runDir, filters: f.filters, config: { filter: f } });
    const rows = FILTERS.map((name) => {
        const c = r.counts[name];
        return `  ${name.padEnd(16)} ${String(c.trajectories).padStart(8)} ${String(c.states).padStart(8)}${r.files[name] ? `  -> ${r.files[name]}` : ""}`;
    });
    console.log([`filter: ${r.trajectories} trajectories (${r.incomplete} left out: failed policy call)`, `  ${"filter".padEnd(16)} ${"kept".padStart(8)} ${"states".padStart(8)}`, ...rows].join("\n"));
    if (r.unlabelled.process + r.unlabelled.outcome > 0) {
        console.log(`filter: ${r.unlabelled.process} steps and ${r.unlabelled.outcome} answers have no verdict (run \`swirl judge\`); they do not pass`);
    }
}
export function registerFilter(program) {
    program
        .command("filter")
        .description("write the state set T of each filter (none, process, outcome, process+outcome) and the survivor counts")
        .option("--config <file>", "YAML or JSON config (sections: run, filter)")
        .option("--run <dir>", "run folder with trajectories.jsonl and verdicts.jsonl")
        .option("--filter <name...>", `filters to write: ${FILTERS.join(" | ")} | all (default all)`)
        .action(runAction("filter", filterCommand));
}
//# sourceMappingURL=filter.js.map