import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

function conclave(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["bin/conclave.js", "privacy", ...args], { cwd: root, encoding: "utf8", timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function lastJsonLine(stdout: string): Record<string, unknown> {
  const lines = stdout.trim().split("\n");
  const parsed: unknown = JSON.parse(lines.at(-1)!);
  assert.ok(typeof parsed === "object" && parsed !== null && !Array.isArray(parsed));
  return Object.fromEntries(Object.entries(parsed));
}

describe("conclave privacy (child process)", function () {
  this.timeout(60_000);

  it("prints Opacus's epsilon for z=1.5, q=0.04, 2250 rounds, delta=1e-5, with a table and a JSON last line", () => {
    const r = conclave(["--noise", "1.5", "--sampling", "0.04", "--rounds", "2250", "--delta", "1e-5", "--json"]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /epsilon\s+7\.32911/);
    assert.match(r.stdout, /best RDP order\s+3\.9/);
    const j = lastJsonLine(r.stdout);
    assert.ok(Math.abs(Number(j.epsilon) - 7.32911117143) / 7.32911117143 < 1e-6);
    assert.equal(j.order, 3.9);
    assert.equal(j.conversion, "improved");
    assert.equal(j.noise, 1.5);
  });

  it("solves for the noise with --epsilon (Opacus: 1.3562 for eps 8, q 0.04, 2000 steps) and the classic conversion on request", () => {
    const r = conclave(["--epsilon", "8", "--sampling", "0.04", "--rounds", "2000", "--delta", "1e-5", "--json"]);
    assert.equal(r.status, 0, r.stderr);
    const j = lastJsonLine(r.stdout);
    assert.ok(Math.abs(Number(j.noise) - 1.3562) < 5e-5);
    assert.ok(Number(j.epsilon) <= 8);
    assert.match(r.stdout, /noise multiplier\s+1\.356/);
    const c = conclave(["--noise", "1.3", "--sampling", "0.0025", "--rounds", "6000", "--delta", "1e-5", "--conversion", "classic", "--json"]);
    assert.equal(c.status, 0, c.stderr);
    const k = lastJsonLine(c.stdout);
    assert.equal(k.conversion, "classic");
    // tensorflow-privacy's classic-conversion epsilon for this case (compute_noise_from_budget_test.py), order 19.
    assert.ok(Math.abs(Number(k.epsilon) - 0.941870567) < 1e-8);
    assert.equal(k.order, 19);
  });

  it("bad values: one clear line on stderr, exit code 2, no stack trace", () => {
    for (const [args, mention] of [
      [["--noise", "1", "--sampling", "0.04", "--rounds", "10", "--delta", "2"], /--delta/],
      [["--noise", "abc", "--sampling", "0.04", "--rounds", "10", "--delta", "1e-5"], /--noise/],
      [["--noise", "1", "--epsilon", "3", "--sampling", "0.04", "--rounds", "10", "--delta", "1e-5"], /exactly one of/],
      [["--epsilon", "0.01", "--sampling", "0.04", "--rounds", "10", "--delta", "1e-5"], /raise the target epsilon/],
      [["--noise", "1", "--sampling", "0.04", "--rounds", "10", "--delta", "1e-5", "--conversion", "magic"], /conversion/],
    ] as const) {
      const r = conclave([...args]);
      assert.equal(r.status, 2, `${args.join(" ")}: ${r.stderr}`);
      assert.match(r.stderr, mention);
      assert.doesNotMatch(r.stderr, /\n\s+at /, "no stack trace");
      assert.equal(r.stdout, "");
    }
  });
});
