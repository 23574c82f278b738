export declare function packageRoot(fromUrl?: string): string;
