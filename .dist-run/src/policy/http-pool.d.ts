/**
 * Several endpoints behind one concurrency limit. A request waits (FIFO) for a free slot, then
 * goes to the endpoint with the fewest requests in flight; ties rotate, so equal servers share
 * evenly. Least-busy rather than round-robin because a slow or overloaded server keeps its
 * requests longer and so is picked less, without any latency bookkeeping.
 */
export interface PoolMember {
    /** Requests in flight here now. */
    inFlight: number;
    /** Most requests this endpoint may hold at once (Infinity = only the global limit). */
    readonly maxInFlight: number;
    /** Requests ever started here (for reports and tests). */
    started: number;
}
export declare class EndpointPool<E extends PoolMember> {
    readonly members: readonly E[];
    private readonly limit;
    private readonly waiting;
    private active;
    private next;
    constructor(members: readonly E[], limit: number);
    /** Requests in flight over all endpoints. */
    get inFlight(): number;
    /** Resolves with the endpoint to use once a slot is free; pair with release(). */
    acquire(): Promise<E>;
    release(e: E): void;
    private pick;
}
