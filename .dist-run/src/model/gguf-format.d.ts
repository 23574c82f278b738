export declare const GGUF_MAGIC = 1179993927;
export declare const GGUF_VERSION = 3;
export declare const GGUF_DEFAULT_ALIGNMENT = 32;
/** ggml_type ids of the tensor types we write and read. */
export declare const GGML_TYPE: {
    readonly F32: 0;
    readonly F16: 1;
};
export type GgufScalarType = "u8" | "i8" | "u16" | "i16" | "u32" | "i32" | "f32" | "bool" | "string" | "u64" | "i64" | "f64";
export type GgufValue = {
    readonly type: Exclude<GgufScalarType, "string" | "bool" | "u64" | "i64">;
    readonly value: number;
} | {
    readonly type: "u64" | "i64";
    readonly value: bigint;
} | {
    readonly type: "bool";
    readonly value: boolean;
} | {
    readonly type: "string";
    readonly value: string;
} | {
    readonly type: "array";
    readonly itemType: GgufScalarType;
    readonly value: ReadonlyArray<number | bigint | boolean | string>;
};
export interface GgufTensorInfo {
    readonly name: string;
    /** ggml order: ne[0] innermost. */
    readonly dims: readonly number[];
    readonly type: number;
    /** Byte offset inside the data section. */
    readonly offset: number;
}
/** A growable little-endian byte writer. */
export declare class ByteWriter {
    private buf;
    private view;
    length: number;
    private room;
    u8(v: number): void;
    u32(v: number): void;
    u64(v: number | bigint): void;
    bytes(b: Uint8Array): void;
    string(s: string): void;
    pad(alignment: number): void;
    scalar(type: GgufScalarType, v: number | bigint | boolean | string): void;
    value(v: GgufValue): void;
    result(): Uint8Array;
}
/** Encodes everything before the data section, padded to the alignment. */
export declare function encodeGgufHeader(metadata: ReadonlyMap<string, GgufValue>, tensors: readonly GgufTensorInfo[], alignment: number): Uint8Array;
export interface ParsedGguf {
    readonly version: number;
    readonly metadata: Map<string, GgufValue>;
    readonly tensors: GgufTensorInfo[];
    readonly alignment: number;
    /** Absolute file offset of the data section. */
    readonly dataOffset: number;
}
/** Parses header, metadata and tensor infos; `file` names the source in errors. */
export declare function parseGguf(bytes: Uint8Array, file?: string): ParsedGguf;
