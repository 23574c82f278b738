import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parseAction } from "./parse-action.js";
const qa = { toolTags: ["search_query"] };
describe("parseAction", () => {
    it("reads a tool call with its reasoning, and an answer", () => {
        assert.deepEqual(parseAction("Need the employer. <search_query>Tala Vesk</search_query>", qa), { kind: "tool", tool: "search_query", input: "Tala Vesk", reasoning: "Need the employer." });
        assert.deepEqual(parseAction("So it is <answer> Lensolia </answer>\n", qa), { kind: "answer", answer: "Lensolia", reasoning: "So it is" });
    });
    it("gives a defined outcome for every malformed case", () => {
        const reason = (text, opts = qa) => {
            const a = parseAction(text, opts);
            return a.kind === "invalid" ? a.reason : a.kind;
        };
        assert.equal(reason("I think it is Lensolia."), "no_tag");
        assert.equal(reason("<search_query>a</search_query><search_query>b</search_query>"), "two_tags");
        assert.equal(reason("<search_query>a</search_query> <answer>b</answer>"), "tool_and_answer");
        assert.equal(reason("Need it. <search_query>Tala Ves"), "unclosed_tag");
        assert.equal(reason("<search_query>  </search_query>"), "empty_input");
        assert.equal(reason("<search_query>a</search_query> and more"), "text_after_tag");
        assert.equal(reason("<math_exp>1+2</math_exp>"), "unknown_tool");
        assert.equal(reason("<search_query>Tala  VESK</search_query>", { ...qa, previousInputs: ["tala vesk"], rejectRepeats: true }), "repeated_query");
        // by default a repeat is a valid call: the process judge, not the parser, marks it BAD
        assert.equal(reason("<search_query>Tala Vesk</search_query>", { ...qa, previousInputs: ["Tala Vesk"] }), "tool");
    });
});
//# sourceMappingURL=parse-action.test.js.map