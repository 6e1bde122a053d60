import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

/** What a fresh process that registers TypeScript the way bin/ and the pool threads do sees of source maps. */
function probe(register: string): { dependencyMap: boolean; ownMap: boolean; enabled: boolean; frame: string } {
  const code = `
    require(${JSON.stringify(register)});
    const { findSourceMap } = require("node:module");
    require("@tensorflow/tfjs");
    const bytes = require(${JSON.stringify(path.join(ROOT, "shared/crypto/bytes.ts"))});
    let frame = "";
    try { bytes.concatBytes(null); } catch (e) { frame = e.stack.split("\\n")[1].trim(); }
    process.stdout.write(JSON.stringify({
      dependencyMap: findSourceMap(require.resolve("@tensorflow/tfjs-core")) !== undefined,
      ownMap: findSourceMap(${JSON.stringify(path.join(ROOT, "shared/crypto/bytes.ts"))}) !== undefined,
      enabled: process.sourceMapsEnabled, frame }));`;
  return JSON.parse(execFileSync(process.execPath, ["-e", code], { cwd: ROOT, encoding: "utf8" })) as ReturnType<typeof probe>;
}

describe("shared/runtime/register-typescript.cjs (tsx with source maps for the project's own files)", function () {
  this.timeout(60_000);

  it("keeps no dependency's source map, and maps the project's own stack frames to their TypeScript lines", () => {
    const got = probe(path.join(ROOT, "shared/runtime/register-typescript.cjs"));
    assert.equal(got.dependencyMap, false, "tfjs's source map was kept");
    assert.equal(got.ownMap, true);
    assert.equal(got.enabled, true);
    // the frame is the TypeScript line where concatBytes reads its parts' lengths
    const line = readFileSync(path.join(ROOT, "shared/crypto/bytes.ts"), "utf8").split("\n").findIndex((l) => l.includes("total += p.length")) + 1;
    assert.ok(line > 0);
    assert.match(got.frame, new RegExp(`shared/crypto/bytes\\.ts:${line}:\\d+\\)$`));
  });

  it("(tsx alone keeps tfjs's source map: what the register file is for)", () => {
    assert.equal(probe("tsx/cjs").dependencyMap, true);
  });
});
