import { test } from "node:test";
import assert from "node:assert/strict";
import { calculate, calculatorTool } from "./calculator.js";
test("exact arithmetic with precedence, unary minus and right-associative powers", () => {
    const cases = [
        ["16 - 3 - 4", "9"], ["9 * 2", "18"], ["2 + 3 * 4", "14"], ["(2 + 3) * 4", "20"], ["7 / 2", "3.5"],
        ["1/3", "0.3333333333"], ["2/3", "0.6666666667"], ["0.1 + 0.2", "0.3"], ["-2^2", "-4"], ["(-2)^2", "4"],
        ["2^3^2", "512"], ["2^-2", "0.25"], ["--3", "3"], ["-(4 - 10)", "6"], ["1,234,567 + 1", "1234568"],
        ["1,234.5 * 2", "2469"], ["20% * 150", "30"], ["150 * 20%", "30"], ["50%", "0.5"], [".5 + 1.", "1.5"],
        ["$12 * 3", "36"], ["3 × 4 ÷ 6", "2"], ["2 ** 10", "1024"], ["3 + 4 =", "7"], ["4^0.5", "2"],
        ["10^20 + 1", "100000000000000000001"], ["-7 / 2", "-3.5"], ["1 / 7 * 7", "1"], ["0.000001 * 3", "0.000003"],
    ];
    for (const [expr, want] of cases)
        assert.equal(calculate(expr), want, expr);
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
//# sourceMappingURL=calculator.test.js.map