import assert from "node:assert/strict";
import { DataError } from "../../shared/data/data-error";
import { parseTaskCsv } from "../../shared/data/task-csv";
import { detectTask } from "../../shared/task/detect-task";
import { getTask } from "../../shared/task/tasks";
import type { TaskSpec } from "../../shared/task/task-spec";

/** A task over columns a, b, c and target y, with overrides. */
function task(over: Partial<TaskSpec> = {}): TaskSpec {
  return { ...getTask("pima"), name: "t", features: ["a", "b", "c"], target: "y", model: { inputShape: [3], layers: getTask("pima").model.layers }, bounds: {}, ...over };
}

function refused(t: TaskSpec, text: string, pattern: RegExp, where: { line?: number; column?: number } = {}): void {
  assert.throws(() => parseTaskCsv(t, text, "site.csv"), (err: unknown) => {
    assert.ok(err instanceof DataError, `expected a DataError, got ${String(err)}`);
    assert.match(err.message, pattern);
    if (where.line !== undefined) assert.equal(err.line, where.line, err.message);
    if (where.column !== undefined) assert.equal(err.column, where.column, err.message);
    return true;
  });
}

describe("a worker's CSV against its task (bad input)", () => {
  it("ignores extra columns such as patient_id and names them, or refuses them when the task says so", () => {
    const text = "patient_id,a,b,c,y,ward\n17,1,2,3,0,x\n18,4,5,6,1,y\n";
    const table = parseTaskCsv(task(), text, "site.csv");
    assert.deepEqual(table.ignoredColumns, ["patient_id", "ward"]);
    assert.deepEqual([...table.data.x], [1, 2, 3, 4, 5, 6]);
    refused(task({ extraColumns: "refuse" }), text, /site\.csv: line 1, column 1: unexpected column "patient_id"/, { line: 1, column: 1 });
  });

  it("accepts a quoted header, a BOM, CRLF line ends, and matches columns by name whatever their order", () => {
    const table = parseTaskCsv(task(), '\ufeff"y","c","b","a"\r\n1,3,2,1\r\n0,6,5,4\r\n', "site.csv");
    assert.deepEqual([...table.data.x], [1, 2, 3, 4, 5, 6]);
    assert.deepEqual([...table.data.y], [1, 0]);
  });

  it("names a missing column, with a task and without one", () => {
    refused(task(), "a,b,y\n1,2,0\n", /site\.csv: line 1: header is missing column "c"/, { line: 1 });
    const pima = getTask("pima");
    const header = [...pima.features.filter((f) => f !== "insulin"), pima.target];
    assert.throws(() => detectTask(header, "site.csv"), /site\.csv: .*closest is "pima", which also needs "insulin"/);
    assert.equal(detectTask([...getTask("boston").features, "medv"], "b.csv").name, "boston");
  });

  it("refuses a non-numeric value, naming line and column", () => {
    refused(task(), "a,b,c,y\n1,2,3,0\n1,two,3,1\n", /site\.csv: line 3, column 2 \("b"\): "two" is not a number/, { line: 3, column: 2 });
  });

  it("refuses a label outside the declared classes", () => {
    refused(task(), "a,b,c,y\n1,2,3,0\n1,2,3,2\n", /line 3, column 4 \("y"\): target "2" is not one of the declared classes \(0 or 1\)/);
    const multi = task({ kind: "multiclass", classes: ["cat", "dog", "eel"], loss: "categoricalCrossentropy" });
    assert.deepEqual([...parseTaskCsv(multi, "a,b,c,y\n1,2,3,dog\n1,2,3,eel\n", "s.csv").data.y], [1, 2]);
    refused(multi, "a,b,c,y\n1,2,3,cow\n", /target "cow" is not one of the declared classes \(cat, dog, eel\)/);
  });

  it("refuses missing values unless the task imputes them, said explicitly", () => {
    refused(task(), "a,b,c,y\n1,,3,0\n", /line 2, column 2 \("b"\): empty cell, expected a number; missing values are refused/);
    refused(task(), "a,b,c,y\n1,NA,3,0\n", /"NA" is a missing value; missing values are refused/);
    const imputed = task({ preprocessing: { ...task().preprocessing, missing: { kind: "impute", values: { b: -1 } } } });
    assert.deepEqual([...parseTaskCsv(imputed, "a,b,c,y\n1,,3,0\n4,?,6,1\n", "s.csv").data.x], [1, -1, 3, 4, -1, 6]);
    refused(imputed, "a,b,c,y\n,2,3,0\n", /column 1 \("a"\): empty cell/);
  });

  it("expands one-hot columns in place and refuses an undeclared category", () => {
    const t = task({ preprocessing: { ...task().preprocessing, oneHot: { b: ["red", "blue"] } } });
    const table = parseTaskCsv(t, "a,b,c,y\n1,blue,3,0\n4,red,6,1\n", "s.csv");
    assert.deepEqual(table.data.featureNames, ["a", "b=red", "b=blue", "c"]);
    assert.deepEqual([...table.data.x], [1, 0, 1, 3, 4, 1, 0, 6]);
    refused(t, "a,b,c,y\n1,green,3,0\n", /line 2, column 2 \("b"\): "green" is not one of the categories red, blue declared for "b"/);
  });

  it("refuses a value outside the task's bounds", () => {
    refused(task({ bounds: { c: [0, 10] } }), "a,b,c,y\n1,2,3,0\n1,2,11,1\n", /line 3, column 3 \("c"\): 11 is outside the bounds \[0, 10\] the task declares for "c"/);
  });

  it("reads the digits images as 64 pixel columns and 10 class indices", () => {
    const d = getTask("digits");
    const header = [...d.features, "digit"].join(",");
    const row = (label: number) => [...Array.from({ length: 64 }, (_, i) => i % 17), label].join(",");
    const table = parseTaskCsv(d, `${header}\n${row(7)}\n${row(0)}\n`, "digits.csv");
    assert.equal(table.data.cols, 64);
    assert.deepEqual([...table.data.y], [7, 0]);
    refused(d, `${header}\n${row(10)}\n`, /target "10" is not one of the declared classes \(0, 1, 2, 3, 4, 5, 6, 7, 8, 9\)/);
  });
});
