import type { ChatCompletion } from "openai/resources/chat/completions";
export declare class ChatTransport {
    private readonly agent;
    private readonly send;
    /** Fixed request options; only the headers array changes per request. */
    private readonly target;
    /** Headers as a flat [name, value, …] list: node stores it as is, with no per-header setHeader(). */
    private readonly fixedHeaders;
    constructor(baseURL: string, apiKey: string, maxSockets: number);
    /** POSTs `body` (already JSON) and resolves with the parsed 2xx reply; rejects as described above. */
    complete(body: string, timeoutMs: number): Promise<ChatCompletion>;
    close(): void;
}
