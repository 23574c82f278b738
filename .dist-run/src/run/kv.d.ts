export interface KeyValueStore<V> {
    get(key: string): V | undefined;
    /** Records a value; durable stores persist it before resolving. */
    set(key: string, value: V): Promise<void>;
}
export declare class MemoryStore<V> implements KeyValueStore<V> {
    private readonly map;
    get(key: string): V | undefined;
    set(key: string, value: V): Promise<void>;
    get size(): number;
}
/** sha256 of a value's canonical JSON (object keys sorted), hex. */
export declare function contentHash(value: unknown): string;
/** sha256 of a string's UTF-8 bytes, hex. */
export declare function sha256Hex(text: string): string;
export declare function canonicalJson(value: unknown): string;
