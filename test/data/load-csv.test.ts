import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DataError } from "../../shared/data/data-error";
import { loadCsv, loadCsvSync, parseCsvText } from "../../shared/data/load-csv";
import { loadTaskCsv } from "../../shared/data/task-csv";
import { BOSTON_TASK, PIMA_TASK } from "../../shared/task/tasks";

const COLS = { features: ["a", "b"], target: "y" };

function dataError(fn: () => unknown, pattern: RegExp, where: { line?: number; column?: number } = {}): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof DataError, `expected a DataError, got ${String(err)}`);
    assert.match(err.message, pattern);
    if (where.line !== undefined) assert.equal(err.line, where.line, err.message);
    if (where.column !== undefined) assert.equal(err.column, where.column, err.message);
    return true;
  });
}

describe("parseCsvText", () => {
  it("reads features in the requested order, whatever the file's order", () => {
    const d = parseCsvText("y,b,a\n1,20,10\n0,21,11\n", "t.csv", COLS);
    assert.equal(d.rows, 2);
    assert.equal(d.cols, 2);
    assert.deepEqual(d.featureNames, ["a", "b"]);
    assert.deepEqual([...d.x], [10, 20, 11, 21]);
    assert.deepEqual([...d.y], [1, 0]);
  });

  it("accepts blank lines, CRLF, a BOM, spaces and exponents", () => {
    const d = parseCsvText("\ufeffa,b,y\r\n 1.5 ,-2e1,3\r\n\r\n.5,+4,1E-2\r\n", "t.csv", COLS);
    assert.deepEqual([...d.x], [1.5, -20, 0.5, 4]);
    assert.deepEqual([...d.y], [3, Math.fround(0.01)]);
  });

  it("names file, line and column for a non-numeric cell", () => {
    dataError(() => parseCsvText("a,b,y\n1,2,3\n4,abc,6\n", "bad.csv", COLS), /^bad\.csv: line 3, column 2 \("b"\): "abc" is not a number$/, { line: 3, column: 2 });
  });

  it("counts blank lines and multi-line quoted cells when naming the line", () => {
    dataError(() => parseCsvText("a,b,y\n1,2,3\n\n\n4,5,x\n", "gap.csv", COLS), /gap\.csv: line 5, column 3 \("y"\)/, { line: 5, column: 3 });
    // a quoted cell spanning lines 2-3 is reported at the line where its record starts
    dataError(() => parseCsvText('a,b,y\n1,2,3\n"1\n",2,3\n', "q.csv", COLS), /q\.csv: line 3, column 1 \("a"\)/, { line: 3 });
  });

  it("rejects non-finite and empty cells", () => {
    dataError(() => parseCsvText("a,b,y\n1,NaN,3\n", "n.csv", COLS), /n\.csv: line 2, column 2 \("b"\): "NaN" is not a finite number/);
    dataError(() => parseCsvText("a,b,y\n1,2,-Infinity\n", "n.csv", COLS), /line 2, column 3 \("y"\): "-Infinity" is not a finite number/);
    dataError(() => parseCsvText("a,b,y\n1e999,2,3\n", "n.csv", COLS), /line 2, column 1 \("a"\): "1e999" is not a finite/);
    dataError(() => parseCsvText("a,b,y\n1e39,2,3\n", "n.csv", COLS), /line 2, column 1 .*32-bit/);
    dataError(() => parseCsvText("a,b,y\n1,,3\n", "n.csv", COLS), /line 2, column 2 \("b"\): empty cell/);
    dataError(() => parseCsvText("a,b,y\n0x10,2,3\n", "n.csv", COLS), /"0x10" is not a number/);
  });

  it("rejects a line with the wrong number of columns", () => {
    dataError(() => parseCsvText("a,b,y\n1,2,3\n4,5\n", "short.csv", COLS), /short\.csv: line 3, column 3 \("y"\): expected 3 columns, found 2/, { line: 3, column: 3 });
    dataError(() => parseCsvText("a,b,y\n1,2,3,4\n", "long.csv", COLS), /long\.csv: line 2, column 4: expected 3 columns, found 4/, { line: 2, column: 4 });
  });

  it("rejects headers with missing, unknown or repeated columns", () => {
    dataError(() => parseCsvText("a,y\n1,2\n", "h.csv", COLS), /h\.csv: line 1: header is missing column "b"/, { line: 1 });
    dataError(() => parseCsvText("a,b,y,z\n1,2,3,4\n", "h.csv", { ...COLS, extraColumns: "refuse" }), /h\.csv: line 1, column 4: unexpected column "z" .*the task refuses other columns/, { line: 1, column: 4 });
    dataError(() => parseCsvText("a,b,a,y\n1,2,3,4\n", "h.csv", COLS), /line 1, column 3: column "a" appears twice/);
  });

  it("rejects an empty file, a header without rows and broken quoting", () => {
    dataError(() => parseCsvText("", "e.csv", COLS), /e\.csv: line 1: the file is empty/);
    dataError(() => parseCsvText("\n\n", "e.csv", COLS), /the file is empty/);
    dataError(() => parseCsvText("a,b,y\n", "e.csv", COLS), /e\.csv: line 2: the file has a header but no data rows/);
    dataError(() => parseCsvText('a,b,y\n"1,2,3\n', "q.csv", COLS), /q\.csv: .*malformed CSV/);
  });

  it("checks that a binary target is 0 or 1", () => {
    dataError(() => parseCsvText("a,b,y\n1,2,1\n1,2,2\n", "b.csv", { ...COLS, binaryTarget: true }), /b\.csv: line 3, column 3 \("y"\): target "2" is not one of the declared classes \(0 or 1\)/);
  });
});

describe("loadCsv", () => {
  let dir = "";
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "conclave-csv-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("names a missing file", async () => {
    const path = join(dir, "nope.csv");
    await assert.rejects(loadCsv(path, COLS), (err: unknown) => err instanceof DataError && err.message === `${path}: no such file`);
    assert.throws(() => loadCsvSync(path, COLS), DataError);
    await assert.rejects(loadCsv(dir, COLS), /is a directory/);
  });

  it("names the file in a parse error", async () => {
    const path = join(dir, "bad.csv");
    writeFileSync(path, "a,b,y\n1,2,3\n1,two,3\n");
    await assert.rejects(loadCsv(path, COLS), new RegExp(`^DataError: ${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: line 3, column 2`));
  });

  it("loads the two example datasets", async () => {
    const boston = await loadTaskCsv(BOSTON_TASK, "examples/data/boston_housing.csv");
    assert.equal(boston.rows, 506);
    assert.equal(boston.cols, 13);
    assert.ok(Math.abs(boston.y.reduce((a, b) => a + b, 0) / 506 - 22.5328) < 1e-3);
    assert.equal(boston.x[0], Math.fround(0.00632));
    const pima = await loadTaskCsv(PIMA_TASK, "examples/data/pima_indians_diabetes.csv");
    assert.equal(pima.rows, 768);
    assert.equal(pima.cols, 8);
    assert.ok(pima.y.every((v) => v === 0 || v === 1));
  });
});
