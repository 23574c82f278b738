export interface Tensor {
    readonly shape: readonly number[];
    readonly data: Float32Array;
}
export type TensorMap = Map<string, Tensor>;
export type SafetensorsDtype = "F32" | "F16";
export declare function numel(shape: readonly number[]): number;
/** Serialises tensors (in map order) with an optional string metadata block. */
export declare function encodeSafetensors(tensors: TensorMap, opts?: {
    dtype?: SafetensorsDtype;
    metadata?: Record<string, string>;
}): Uint8Array;
/** Parses a safetensors buffer; `file` names it in errors. */
export declare function decodeSafetensors(bytes: Uint8Array, file?: string): {
    tensors: TensorMap;
    metadata: Record<string, string>;
};
export declare function writeSafetensors(path: string, tensors: TensorMap, opts?: {
    dtype?: SafetensorsDtype;
    metadata?: Record<string, string>;
}): Promise<void>;
export declare function readSafetensors(path: string): Promise<{
    tensors: TensorMap;
    metadata: Record<string, string>;
}>;
