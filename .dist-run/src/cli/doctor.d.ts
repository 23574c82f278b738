export declare function doctorReport(): Record<string, string | number>;
export declare function doctor(): void;
