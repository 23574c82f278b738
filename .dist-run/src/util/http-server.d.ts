/**
 * The small pieces every JSON-over-HTTP service here shares (serve, reward server, retrieval
 * server): read a body with a size cap, send JSON, listen and close.
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";
export interface Listening {
    readonly url: string;
    readonly port: number;
    close(): Promise<void>;
}
export declare function listen(server: Server, host?: string, port?: number): Promise<Listening>;
/** The request body as text, or undefined when it is over `max` bytes (the rest is drained, not kept). */
export declare function readBody(req: IncomingMessage, max: number): Promise<string | undefined>;
export declare function sendJson(res: ServerResponse, status: number, body: unknown): void;
