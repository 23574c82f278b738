import { test } from "node:test";
import assert from "node:assert/strict";
import { calculate, calculatorTool } from "./calculator.js";

test("exact arithmetic with precedence, unary minus and right-associative powers", () => {
  const cases: [string, string][] = [
    ["16 - 3 - 4", "9"], ["9 * 2", "18"], ["2 + 3 * 4", "14"], ["(2 + 3) * 4", "20"], ["7 / 2", "3.5"],
    ["1/3", "0.3333333333"], ["2/3", "0.6666666667"], ["0.1 + 0.2", "0.3"], ["-2^2", "-4"], ["(-2)^2", "4"],
    ["2^3^2", "512"], ["2^-2", "0.25"], ["--3", "3"], ["-(4 - 10)", "6"], ["1,234,567 + 1", "1234568"],
    ["1,234.5 * 2", "2469"], ["20% * 150", "30"], ["150 * 20%", "30"], ["50%", "0.5"], [".5 + 1.", "1.5"],
    ["$12 * 3", "36"], ["3 × 4 ÷ 6", "2"], ["2 ** 10", "1024"], ["3 + 4 =", "7"], ["4^0.5", "2"],
    ["10^20 + 1", "100000000000000000001"], ["-7 / 2", "-3.5"], ["1 / 7 * 7", "1"], ["0.000001 * 3", "0.000003"],
  ];
  for (const [expr, want] of cases) assert.equal(calculate(expr), want, expr);
});

test("ordinary values print as they always have (the demo's tool outputs depend on it)", () => {
  const pinned: [string, string][] = [
    ["12 * 7", "84"], ["1234 / 7", "176.2857142857"], ["0.5 * 3.25", "1.625"], ["100 - 37.5", "62.5"], ["3/8", "0.375"],
    ["2/7", "0.2857142857"], ["1/3 + 1/6", "0.5"], ["25% * 80", "20"], ["999999999999 * 999", "998999999999001"],
    ["1/1000000", "0.000001"], ["-1/1000000", "-0.000001"], ["1/123456789", "0.0000000081"], ["7/100000000000", "0.0000000001"],
    ["-7/300000000000", "-2.33333e-11"], ["2^0.5", "1.4142135624"], ["10^0.5 * 3", "9.4868329805"], ["(1/3)^0.25", "0.7598356857"],
    ["1000000^1.5", "1000000000"], ["0.37 * 0.41", "0.1517"], ["45 / 0.9", "50"], ["10^15 / 7", "142857142857142.8571428571"],
    ["-(10^14) / 3", "-33333333333333.3333333333"], ["123456789012345678901", "123456789012345678901"], ["2^64", "18446744073709551616"],
  ];
  for (const [expr, want] of pinned) assert.equal(calculate(expr), want, expr);
});

test("values beyond a double's range keep their size and sign, in scientific notation from 10^21", () => {
  const cases: [string, string][] = [
    ["10^-400", "1.00000e-400"], ["-10^-400", "-1.00000e-400"], ["3 / 10^500", "3.00000e-500"], ["-2 / 3 / 10^320", "-6.66667e-321"],
    ["(1/2^2000)^0.5", "9.33264e-302"], ["(2^2000)^0.5", "1.07150860718627e+301"], ["(10^-800)^0.5", "1.00000e-400"],
    ["10^21", "1e+21"], ["-(10^30)", "-1e+30"], ["10^25/3", "3.33333333333333e+24"], ["2^100", "1.26765060022823e+30"],
    ["9.9999999999999999 * 10^21", "1e+22"], ["0^0.5", "0"],
  ];
  for (const [expr, want] of cases) assert.equal(calculate(expr), want, expr);
  assert.equal(calculate("0 ^ -0.5"), "Error: division by zero");
  assert.match(calculate("(10^-5000)^3.5"), /^Error: number too small/);
});

test("errors come back as short text, never as exceptions", async () => {
  const hostile = [
    "1 / 0", "0 ^ -1", "", "   ", "2 +", "(1 + 2", "1 + 2)", "1 2", "abc", "process.exit(1)", "constructor",
    "require('fs')", "1; 2", "12,5", "1,2345", "9^9999999", "10^10^10", "2^2^2^2^2^2", "(-8)^(1/3)",
    "(".repeat(100) + "1" + ")".repeat(100), "-".repeat(250) + "1", "9".repeat(400), "1e5", "0x10", "NaN", "Infinity",
    "1 +" + " 1 +".repeat(200),
  ];
  const tool = calculatorTool();
  for (const input of hostile) {
    const t0 = performance.now();
    const out = await tool.run(input);
    assert.match(out, /^Error: /, `${JSON.stringify(input.slice(0, 40))} gave ${out}`);
    assert.ok(out.length < 120);
    assert.ok(performance.now() - t0 < 500, `slow on ${input.slice(0, 20)}`);
  }
});

test("the tool object has the paper's markup tag", () => {
  const t = calculatorTool();
  assert.equal(t.name, "calculator");
  assert.equal(t.tag, "math_exp");
});
