/**
 * When to try a failed model call again, and how long to wait. Retryable: 429, 408, 409, every
 * 5xx, timeouts and connections that dropped or never opened. Not retryable: other 4xx (a bad
 * request or a bad key stays bad). The wait is exponential backoff with jitter, unless the
 * server said how long to wait (Retry-After / retry-after-ms), which wins.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError } from "openai";
/** Classifies what the openai client threw (or our own reply checks raised). */
export function classifyFailure(e) {
    if (e instanceof APIConnectionTimeoutError)
        return { kind: "timeout", status: 0, retryable: true, problem: "timed out" };
    if (e instanceof APIConnectionError) {
        const cause = e.cause;
        const detail = cause?.cause?.code ?? cause?.message ?? e.message;
        return { kind: "connection", status: 0, retryable: true, problem: `connection failed (${detail})` };
    }
    if (e instanceof APIError && typeof e.status === "number") {
        const status = e.status;
        const retryAfterMs = parseRetryAfter(e.headers);
        const problem = firstLine(e.message);
        if (status === 429)
            return { kind: "rate_limit", status, retryable: true, problem, retryAfterMs };
        if (status >= 500)
            return { kind: "server", status, retryable: true, problem, retryAfterMs };
        if (status === 400 && isContextOverflow(e))
            return { kind: "context_length", status, retryable: false, problem };
        return { kind: "client", status, retryable: status === 408 || status === 409, problem, retryAfterMs };
    }
    return { kind: "bad_response", status: 0, retryable: true, problem: firstLine(e?.message ?? String(e)) };
}
/** The server's requested wait: `retry-after-ms`, else `retry-after` as seconds or an HTTP date. */
export function parseRetryAfter(headers, now = Date.now()) {
    if (!headers)
        return undefined;
    const ms = Number(headers.get("retry-after-ms") ?? NaN);
    if (Number.isFinite(ms) && ms >= 0)
        return ms;
    const raw = headers.get("retry-after");
    if (raw === null)
        return undefined;
    const seconds = Number(raw);
    if (raw.trim() !== "" && Number.isFinite(seconds) && seconds >= 0)
        return seconds * 1000;
    const date = Date.parse(raw);
    return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}
/** Wait before retry number `retry` (1-based): base·2^(retry-1) capped, with jitter. */
export function backoffMs(retry, opts, random, retryAfterMs) {
    if (retryAfterMs !== undefined)
        return Math.min(retryAfterMs, opts.maxDelayMs);
    const ceiling = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** (retry - 1));
    // "equal jitter" (uniform in [ceiling/2, ceiling]): spreads clients that failed together, never retries at once
    return ceiling * (0.5 + 0.5 * random());
}
/**
 * A 400 for a prompt longer than the model's context: OpenAI's code "context_length_exceeded",
 * or the wording of vLLM ("maximum context length"), llama.cpp ("exceeds the available context
 * size") and `swirl serve` ("does not fit the context").
 */
function isContextOverflow(e) {
    return e.code === "context_length_exceeded" || /maximum context length|context (size|window|length)|does not fit the context/i.test(e.message);
}
function firstLine(s) {
    const line = s.split("\n")[0] ?? s;
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
//# sourceMappingURL=http-retry.js.map