import { test } from "node:test";
import assert from "node:assert/strict";
import { z } from "zod";
import { tool } from "./define-tool.js";
import { ToolCallError } from "../errors/tool-call-error.js";

const convert = tool({
  name: "convert",
  description: "Converts an amount between units",
  inputSchema: z.object({ amount: z.number(), from: z.enum(["km", "mi"]), to: z.enum(["km", "mi"]) }),
  execute: ({ amount, from, to }) => ({ amount: from === to ? amount : from === "km" ? amount / 1.609344 : amount * 1.609344, unit: to }),
});

const capital = tool({
  name: "capital",
  description: "Capital of a country",
  inputSchema: z.object({ country: z.string().min(2) }),
  execute: ({ country }) => {
    if (country === "Atlantis") throw new Error("no such country");
    return country === "France" ? "Paris" : "unknown";
  },
});

test("tool(): JSON input validated before execute, a non-string result sent as JSON, the schema as JSON Schema", async () => {
  assert.equal(convert.tag, "convert");
  assert.equal(await convert.run('{"amount": 1.609344, "from": "mi", "to": "km"}'), JSON.stringify({ amount: 1.609344 * 1.609344, unit: "km" }));
  const p = convert.parameters as { type: string; properties: Record<string, { type?: string; enum?: string[] }>; required: string[] };
  assert.equal(p.type, "object");
  assert.deepEqual(p.required.sort(), ["amount", "from", "to"]);
  assert.deepEqual(p.properties.from!.enum, ["km", "mi"]);
});

test("tool(): a refused input or a throwing execute is a ToolCallError naming the field, never a crash", async () => {
  await assert.rejects(convert.run('{"amount": "ten", "from": "km", "to": "mi"}'), (e) => ToolCallError.isInstance(e) && /^invalid input: amount: /.test(e.problem));
  await assert.rejects(convert.run('{"amount": 1, "from": "km", "to": "parsec"}'), (e) => ToolCallError.isInstance(e) && /to: /.test(e.problem));
  await assert.rejects(convert.run("ten km in miles"), (e) => ToolCallError.isInstance(e) && /invalid input/.test(e.problem));
  await assert.rejects(capital.run("Atlantis"), (e) => ToolCallError.isInstance(e) && e.problem === "no such country" && e.tool === "capital");
  await assert.rejects(capital.run("F"), (e) => ToolCallError.isInstance(e) && /country: /.test(e.problem));
});

test("tool(): with one string field the bare markup text is the input; a JSON object still works", async () => {
  assert.equal(await capital.run(" France "), "Paris");
  assert.equal(await capital.run('{"country": "France"}'), "Paris");
  assert.throws(() => tool({ name: "has space", description: "", inputSchema: z.object({}), execute: () => "" }), /tool name "has space"/);
});
