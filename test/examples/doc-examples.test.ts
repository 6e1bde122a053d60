/**
 * The typed examples in docs/library.md and in each entry's doc comment compile against the
 * package entries (tsc, strict, the project's settings), so they cannot drift from the API.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const ROOT = path.resolve(__dirname, "../..");
const exec = promisify(execFile);

/** The ```ts blocks of a text (doc comments lose their leading " * "). */
export function tsBlocks(text: string, docComment: boolean): string[] {
  const body = docComment ? text.split("*/")[0]!.split("\n").map((l) => l.replace(/^\s*\* ?/, "")).join("\n") : text;
  return [...body.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe("the library's typed examples", function () {
  this.timeout(120_000);

  it("every example in docs/library.md and in the entries' doc comments type-checks", async () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { exports: Record<string, { default: string } | string> };
    const sources: { name: string; code: string }[] = [];
    for (const [entry, target] of Object.entries(manifest.exports)) {
      if (typeof target === "string" || entry === "./syft") continue;
      for (const [i, code] of tsBlocks(readFileSync(path.join(ROOT, target.default), "utf8"), true).entries()) sources.push({ name: `${entry}#${i}`, code });
    }
    for (const [i, code] of tsBlocks(readFileSync(path.join(ROOT, "docs", "library.md"), "utf8"), false).entries()) sources.push({ name: `library.md#${i}`, code });
    assert.ok(sources.length >= 20, `${sources.length} examples`);
    // Inside the package folder, so "conclave/..." resolves through package.json's exports as for a user.
    const dir = mkdtempSync(path.join(ROOT, ".tmp-doc-examples-"));
    try {
      const files = sources.map((s, i) => {
        const file = `example-${String(i).padStart(2, "0")}.ts`;
        writeFileSync(path.join(dir, file), `// ${s.name}\n${s.code}\nexport {};\n`);
        return file;
      });
      writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ extends: "../tsconfig.json", compilerOptions: { noUnusedLocals: false }, include: files }));
      const result = await exec(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", dir], { cwd: ROOT }).catch((err: { stdout?: string }) => err);
      const out = "stdout" in result ? String(result.stdout ?? "") : "";
      const named = out.replace(/example-(\d+)\.ts/g, (_m, n: string) => sources[Number(n)]!.name);
      assert.equal(named.trim(), "", `the examples do not compile:\n${named}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
