/** A TypeScript tool, defined once with a zod input schema: validated before `execute` runs. */
import { z } from "zod";
import { tool, ToolCallError } from "swirl";

const POPULATION: Readonly<Record<string, number>> = { Paris: 2_102_650, Tokyo: 14_094_034, Nairobi: 4_397_073 };

export const population = tool({
  name: "population",
  description: "Population of a city (city proper, latest census)",
  inputSchema: z.object({ city: z.string().min(1) }),
  execute: ({ city }) => {
    const n = POPULATION[city];
    if (n === undefined) throw new ToolCallError({ tool: "population", problem: `no census entry for ${city}` });
    return String(n);
  },
});
