/** The package root (the folder holding package.json), found upwards from a module's URL. */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
export function packageRoot(fromUrl = import.meta.url) {
    let dir = dirname(fileURLToPath(fromUrl));
    while (!existsSync(join(dir, "package.json"))) {
        const up = dirname(dir);
        if (up === dir)
            throw new Error(`swirl: cannot find the package root from ${fromUrl}`);
        dir = up;
    }
    return dir;
}
//# sourceMappingURL=package-root.js.map