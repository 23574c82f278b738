import { Tensor } from "../tensor.js";
/** cos/sin tables of shape (maxPos, D/2). */
export interface RopeTables {
    readonly cos: Float32Array;
    readonly sin: Float32Array;
    readonly maxPos: number;
    readonly headDim: number;
}
export declare function ropeTables(maxPos: number, headDim: number, base?: number): RopeTables;
/** x: (R, H·D), row r at position pos[r]. */
export declare function rope(x: Tensor, tables: RopeTables, pos: Int32Array, heads: number): Tensor;
