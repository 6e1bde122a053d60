// The interoperability client must stand on the documents alone: its files import only protobufjs,
// socket.io-client, Node built-ins (node:...) and each other.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const CLIENT = path.resolve(__dirname, "client");
const ALLOWED_PACKAGES = new Set(["protobufjs", "socket.io-client"]);

/** Every module specifier in a source text: static imports and exports, import(), require(). */
export function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?["']([^"']+)["']/g,
    /\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
    /\brequire\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
  ];
  for (const p of patterns) for (const m of source.matchAll(p)) found.push(m[1]!);
  return found;
}

/** Null when the specifier is allowed from a file of the client folder, else why not. */
export function refusal(spec: string, fromFile: string): string | null {
  if (spec.startsWith("node:")) return null;
  if (ALLOWED_PACKAGES.has(spec)) return null;
  if (spec.startsWith(".")) {
    const target = path.resolve(path.dirname(fromFile), spec);
    return target.startsWith(CLIENT + path.sep) ? null : `${spec} leaves test/interop/client/`;
  }
  return `${spec} is not protobufjs, socket.io-client or a node: built-in`;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : /\.[cm]?[jt]s$/.test(e.name) ? [path.join(dir, e.name)] : []);
}

describe("interop client: imports", () => {
  it("the checker finds every kind of import and refuses what it must", () => {
    // A client file reaching into the project's own shared/ (from test/interop/client/x.ts).
    const project = path.relative(CLIENT, path.join(CLIENT, "..", "..", "..", "shared", "secagg", "x")).split(path.sep).join("/");
    const text = [
      'import a from "protobufjs";', `import { b } from "${project}";`, 'import type { C } from "./c";',
      'export * from "socket.io-client";', 'const d = require("tweetnacl");', 'void import("zod");', 'import "node:crypto";',
    ].join("\n");
    const file = path.join(CLIENT, "x.ts");
    assert.deepEqual(specifiers(text).sort(), [project, "./c", "node:crypto", "protobufjs", "socket.io-client", "tweetnacl", "zod"].sort());
    assert.deepEqual(specifiers(text).filter((s) => refusal(s, file) !== null).sort(), [project, "tweetnacl", "zod"].sort());
  });

  it("every file of test/interop/client imports only protobufjs, socket.io-client, node: built-ins and its own files", () => {
    const files = sources(CLIENT);
    assert.ok(files.length >= 10, `found ${files.length} client files`);
    const bad = files.flatMap((f) => specifiers(readFileSync(f, "utf8")).flatMap((s) => {
      const why = refusal(s, f);
      return why === null ? [] : [`${path.relative(CLIENT, f)}: ${why}`];
    }));
    assert.deepEqual(bad, []);
  });
});
