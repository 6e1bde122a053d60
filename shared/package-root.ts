import { readFileSync } from "node:fs";
import path from "node:path";

/** The package's name in its package.json: the folder holding that file is the package root. */
export const PACKAGE_NAME = "conclave";

/**
 * The folder of the nearest package.json named `conclave` above `from`: the source checkout, or
 * node_modules/conclave when installed (the same layout either way, `npm pack` keeps it).
 */
export function findPackageRoot(from: string): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { name?: unknown };
      if (manifest.name === PACKAGE_NAME) return dir;
    } catch {
      // no (readable) package.json here: keep going up
    }
    if (path.dirname(dir) === dir) throw new Error(`no package.json named "${PACKAGE_NAME}" above ${from}; the package's files are incomplete, reinstall it`);
  }
}

/** The package root (see findPackageRoot). */
export const PACKAGE_ROOT = findPackageRoot(__dirname);

/** A path inside the package: packagePath("examples", "tasks"). */
export function packagePath(...segments: string[]): string {
  return path.join(PACKAGE_ROOT, ...segments);
}
