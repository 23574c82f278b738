export interface FakeRequest {
    /** Parsed JSON body. */
    readonly body: {
        messages?: {
            role: string;
            content: string;
        }[];
        seed?: number;
        [k: string]: unknown;
    };
    /** 0-based arrival number at this server. */
    readonly index: number;
}
export type FakeAction = {
    readonly reply: string;
    readonly promptTokens?: number;
    readonly completionTokens?: number;
    readonly finish?: "stop" | "length";
    readonly stopReason?: string | null;
    readonly logprobs?: {
        token: string;
        logprob: number;
    }[];
    readonly delayMs?: number;
} | {
    readonly status: number;
    readonly headers?: Record<string, string>;
    readonly delayMs?: number;
} | {
    readonly drop: true;
};
export interface FakeServer {
    readonly baseURL: string;
    /** Chat requests received (including the ones that failed). */
    calls: number;
    /** Most chat requests being handled at the same time. */
    maxConcurrent: number;
    close(): Promise<void>;
}
export declare function startFakeOpenAI(handler: (r: FakeRequest) => FakeAction | Promise<FakeAction>, model?: string): Promise<FakeServer>;
