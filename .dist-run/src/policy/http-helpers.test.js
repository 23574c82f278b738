import { test } from "node:test";
import assert from "node:assert/strict";
import { parseRetryAfter, backoffMs } from "./http-retry.js";
import { restoreStop } from "./http-response.js";
import { resolveEndpoints } from "./http-options.js";
import { integerSeed } from "./http.js";
test("Retry-After is read as milliseconds, seconds or an HTTP date", () => {
    assert.equal(parseRetryAfter(new Headers({ "retry-after-ms": "250" })), 250);
    assert.equal(parseRetryAfter(new Headers({ "retry-after": "2" })), 2000);
    assert.equal(parseRetryAfter(new Headers({ "retry-after": new Date(10_000).toUTCString() }), 4000), 6000);
    assert.equal(parseRetryAfter(new Headers({})), undefined);
});
test("backoff doubles per retry within [ceiling/2, ceiling], capped; a server's wait wins", () => {
    const o = { retries: 5, baseDelayMs: 100, maxDelayMs: 1000 };
    assert.equal(backoffMs(1, o, () => 1), 100);
    assert.equal(backoffMs(3, o, () => 0), 200);
    assert.equal(backoffMs(10, o, () => 1), 1000);
    assert.equal(backoffMs(1, o, () => 1, 700), 700);
    assert.equal(backoffMs(1, o, () => 1, 5000), 1000);
});
test("the stop string a server cut off is put back", () => {
    const stops = ["</search_query>", "</answer>"];
    assert.equal(restoreStop("<answer>Paris", stops, undefined), "<answer>Paris</answer>");
    assert.equal(restoreStop("<answer>Paris", stops, "</answer>"), "<answer>Paris</answer>");
    assert.equal(restoreStop("no tags here", stops, undefined), "no tags here");
    assert.equal(restoreStop("<answer>Paris", stops, null), "<answer>Paris"); // ended by end of turn
    assert.equal(restoreStop("a <answer>b</answer>", stops, undefined), "a <answer>b</answer>");
});
test("endpoints come from options, then SWIRL_*, then OPENAI_* variables", () => {
    const env = { OPENAI_BASE_URL: "http://o/v1", OPENAI_API_KEY: "ok", SWIRL_BASE_URL: "http://a/v1/, http://b/v1", SWIRL_MODEL: "m" };
    const eps = resolveEndpoints({}, env);
    assert.deepEqual(eps.map((e) => [e.baseURL, e.apiKey, e.model]), [["http://a/v1", "ok", "m"], ["http://b/v1", "ok", "m"]]);
    assert.equal(resolveEndpoints({ baseURL: "http://x/v1", apiKey: "k" }, env)[0].apiKey, "k");
    assert.equal(resolveEndpoints({}, { OPENAI_BASE_URL: "http://o/v1" })[0].apiKey, "EMPTY");
    assert.throws(() => resolveEndpoints({}, {}), /no endpoint/);
});
test("string seeds map to stable non-negative integers", () => {
    assert.equal(integerSeed("abc"), integerSeed("abc"));
    assert.notEqual(integerSeed("abc"), integerSeed("abd"));
    assert.ok(integerSeed("x") >= 0);
    assert.equal(integerSeed(7.9), 7);
});
//# sourceMappingURL=http-helpers.test.js.map