import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

const DIR = path.resolve(__dirname, "../../examples/data");

describe("examples/data provenance", () => {
  it("lists every bundled CSV in the README with the sha256 of the file as shipped", () => {
    const readme = readFileSync(path.join(DIR, "README.md"), "utf8");
    const csvs = readdirSync(DIR).filter((f) => f.endsWith(".csv")).sort();
    assert.deepEqual(csvs, ["boston_housing.csv", "breast_cancer_wisconsin.csv", "digits_8x8.csv", "pima_indians_diabetes.csv"]);
    for (const f of csvs) {
      const section = readme.split(/^## /m).find((s) => s.startsWith(f));
      assert.ok(section !== undefined, `no README section for ${f}`);
      const digest = createHash("sha256").update(readFileSync(path.join(DIR, f))).digest("hex");
      assert.match(section, new RegExp(`sha256: \`${digest}\``), f);
    }
  });
});
