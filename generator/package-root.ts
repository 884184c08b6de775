// The package's folder (where templates/ and package.json are), found by walking up from
// this module: the same from the sources (generator/) and from the bundle (dist/), wherever
// a file sits inside them.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(from: string): string {
  for (let dir = from; ; ) {
    if (existsSync(join(dir, "package.json"))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`campaign-postmortem: no package.json in or above ${from}`);
    dir = up;
  }
}

export const PACKAGE_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

/** A path under the package's templates/ folder. */
export const templatesPath = (...parts: string[]): string => join(PACKAGE_ROOT, "templates", ...parts);
