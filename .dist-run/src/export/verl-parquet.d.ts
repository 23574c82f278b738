import { parquetWriteFile } from "hyparquet-writer";
import type { ExportRow } from "./rows.js";
type SchemaElement = NonNullable<Parameters<typeof parquetWriteFile>[0]["schema"]>[number];
export declare const VERL_SCHEMA: SchemaElement[];
export declare function writeVerlParquet(path: string, rows: readonly ExportRow[]): Promise<void>;
export {};
