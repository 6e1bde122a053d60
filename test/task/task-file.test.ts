import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { canonicalTaskJson, stableJson, taskDigest } from "../../shared/task/canonical-task";
import { loadTaskFileSync } from "../../shared/task/load-task";
import { TaskFileError } from "../../shared/task/task-file-error";
import { bundledTaskPath, getTask } from "../../shared/task/tasks";

/** A minimal valid task as a JSON object, for tests to break one field at a time. */
export function baseTask(): Record<string, unknown> {
  return {
    format: "conclave.task/1",
    name: "t",
    kind: "binary",
    data: { features: ["a", "b", "c"], target: "y" },
    preprocessing: { scaling: "standardise", missing: "refuse" },
    model: { layers: [{ type: "dense", units: 4, activation: "relu" }, { type: "dense", units: 1, activation: "sigmoid" }] },
    loss: "binaryCrossentropy",
    metrics: ["accuracy"],
    train: { optimizer: "adam", learningRate: 0.01, batchSize: 8, localEpochs: 1 },
    rounds: 3,
    clipNorm: 5,
  };
}

describe("task files", () => {
  let dir = "";
  before(() => { dir = mkdtempSync(path.join(tmpdir(), "conclave-task-")); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, body: unknown): string => {
    const file = path.join(dir, name);
    writeFileSync(file, typeof body === "string" ? body : JSON.stringify(body, null, 2));
    return file;
  };
  const refused = (body: unknown, pattern: RegExp, where: { field?: string; line?: number } = {}): TaskFileError => {
    const file = write("bad.json", body);
    let caught: TaskFileError | undefined;
    assert.throws(() => loadTaskFileSync(file), (err: unknown) => {
      assert.ok(err instanceof TaskFileError, `expected a TaskFileError, got ${String(err)}`);
      assert.match(err.message, pattern);
      if (where.field !== undefined) assert.equal(err.field, where.field, err.message);
      if (where.line !== undefined) assert.equal(err.line, where.line, err.message);
      caught = err;
      return true;
    });
    return caught!;
  };
  const withModel = (model: unknown): Record<string, unknown> => ({ ...baseTask(), model });

  it("reads a minimal task, defaults filled in", () => {
    const t = loadTaskFileSync(write("ok.json", baseTask()));
    assert.deepEqual(t.classes, [0, 1]);
    assert.equal(t.extraColumns, "ignore");
    assert.deepEqual(t.model.inputShape, [3]);
    assert.deepEqual(t.model.layers.map((l) => l.name), ["dense_0", "dense_1"]);
    assert.equal(t.train.seed, 1);
  });

  it("names file, line, column and field for a bad value, and ignores $comment notes", () => {
    const body = JSON.stringify({ ...baseTask(), $comment: "a note", model: { $comment: "another", layers: [{ type: "dense", units: -3 }, { type: "dense", units: 1, activation: "sigmoid" }] } }, null, 2);
    const err = refused(body, /bad\.json: line \d+, column \d+: model\.layers\[0\]\.units: Too small/, { field: "model.layers[0].units" });
    const line = body.split("\n").findIndex((l) => l.includes('"units": -3')) + 1;
    assert.equal(err.line, line);
  });

  it("refuses JSON syntax errors (and comments) with their position", () => {
    refused('{\n  "format": "conclave.task/1",\n  // a comment\n}', /bad\.json: line 3, column 3: not valid JSON: InvalidCommentToken/, { line: 3 });
  });

  it("refuses unknown and missing fields, naming them", () => {
    refused({ ...baseTask(), learningRate: 1 }, /unknown field "learningRate"/);
    const { rounds: _r, ...noRounds } = baseTask();
    refused(noRounds, /rounds: is required/, { field: "rounds" });
    refused({ ...baseTask(), preprocessing: { scaling: "standardise" } }, /preprocessing\.missing: is required/);
    refused({ ...baseTask(), kind: "ranking" }, /kind: must be one of "regression", "binary", "multiclass", got "ranking"/);
  });

  it("refuses an unknown layer type and a custom layer class", () => {
    refused(withModel({ layers: [{ type: "lstm", units: 4 }] }), /model\.layers\[0\]\.type: unknown layer type "lstm": expected one of dense, conv2d, .*custom layers are refused/);
    const topology = { class_name: "Sequential", config: { layers: [
      { class_name: "Dense", config: { units: 4, activation: "relu", batch_input_shape: [null, 3] } },
      { class_name: "MyAttention", config: { heads: 2 } },
    ] } };
    refused(withModel({ topology }), /model\.topology\.config\.layers\[1\]\.class_name: unknown layer class "MyAttention": only Dense, .* are accepted; custom layers are refused/);
  });

  it("refuses a model whose input does not match the data's columns", () => {
    refused(withModel({ inputShape: [10], layers: [{ type: "dense", units: 1, activation: "sigmoid" }] }),
      /model\.inputShape: the model's input shape \[10\] does not match the data: 3 feature columns, shape \[3\]/);
    const topology = { class_name: "Sequential", config: { layers: [{ class_name: "Dense", config: { units: 1, activation: "sigmoid", batch_input_shape: [null, 13] } }] } };
    refused(withModel({ topology }), /the model's input shape \[13\] does not match the data: 3 feature columns/);
  });

  it("refuses a model over the size limit, an output that does not fit the kind, and a loss of the wrong kind", () => {
    refused(withModel({ layers: [{ type: "dense", units: 65536, activation: "relu" }, { type: "dense", units: 200, activation: "relu" }, { type: "dense", units: 1, activation: "sigmoid" }] }),
      /model: has \d+ parameters, over the limit of 5000000/);
    refused(withModel({ layers: [{ type: "dense", units: 2, activation: "sigmoid" }] }), /a binary task needs an output of shape \[1\], the model gives \[2\]/);
    refused(withModel({ layers: [{ type: "dense", units: 1, activation: "relu" }] }), /last activation must be sigmoid/);
    refused({ ...baseTask(), loss: "meanSquaredError" }, /loss: a binary task trains with binaryCrossentropy/);
    refused({ ...baseTask(), metrics: ["mse"] }, /metrics\[0\]: "mse" is not a binary metric/);
  });

  it("checks columns, classes, one-hot, impute and bounds against the features", () => {
    refused({ ...baseTask(), data: { features: ["a", "a"], target: "y" } }, /data\.features\[1\]: column "a" is listed twice/);
    refused({ ...baseTask(), data: { features: ["a", "y"], target: "y" } }, /data\.target: "y" is also a feature column/);
    refused({ ...baseTask(), kind: "multiclass", loss: "categoricalCrossentropy" }, /data\.classes: a multiclass task must list its classes/);
    refused({ ...baseTask(), preprocessing: { scaling: "none", missing: "refuse", oneHot: { zz: [1, 2] } } }, /preprocessing\.oneHot\.zz: "zz" is not a feature column/);
    refused({ ...baseTask(), preprocessing: { scaling: "none", missing: { impute: { q: 0 } } } }, /preprocessing\.missing\.impute\.q: "q" is not a feature column/);
    refused({ ...baseTask(), bounds: { a: [5, 1] } }, /bounds\.a: lower bound 5 must be below the upper bound 1/);
    refused({ ...baseTask(), data: { features: "p0..p9", target: "y", image: { height: 3, width: 3, channels: 1 } } }, /data\.image: 3x3x1 = 9 pixels, but data\.features names 10 columns/);
  });

  it("reads a tfjs model.json with initial weights, and refuses one whose weights hold NaN", () => {
    const topology = { class_name: "Sequential", config: { name: "m", layers: [
      { class_name: "Dense", config: { name: "hidden", units: 2, activation: "relu", use_bias: true, batch_input_shape: [null, 3] } },
      { class_name: "Dense", config: { name: "out", units: 1, activation: "sigmoid", use_bias: true } },
    ] } };
    const specs = [{ name: "hidden/kernel", shape: [3, 2], dtype: "float32" }, { name: "hidden/bias", shape: [2], dtype: "float32" },
      { name: "out/kernel", shape: [2, 1], dtype: "float32" }, { name: "out/bias", shape: [1], dtype: "float32" }];
    const values = Float32Array.from({ length: 11 }, (_, i) => i / 10);
    write("model.json", { format: "layers-model", modelTopology: topology, weightsManifest: [{ paths: ["weights.bin"], weights: specs }] });
    writeFileSync(path.join(dir, "weights.bin"), Buffer.from(values.buffer));
    const t = loadTaskFileSync(write("withmodel.json", withModel({ modelJson: "model.json" })));
    assert.deepEqual(t.model.layers.map((l) => l.name), ["hidden", "out"]);
    assert.deepEqual(t.initialWeights?.map((w) => w.name), ["hidden/kernel", "hidden/bias", "out/kernel", "out/bias"]);
    assert.deepEqual([...t.initialWeights![3]!.values], [Math.fround(1)]);
    values[4] = NaN;
    writeFileSync(path.join(dir, "weights.bin"), Buffer.from(values.buffer));
    assert.throws(() => loadTaskFileSync(path.join(dir, "withmodel.json")), (err: unknown) => {
      assert.ok(err instanceof TaskFileError);
      assert.match(err.message, /model\.json: .*line \d+, column \d+: weightsManifest\[0\]\.weights\[0\]: "hidden\/kernel" holds a non-finite value \(NaN\) at index 4/);
      return true;
    });
  });

  it("refuses topology settings the trainer would not honour", () => {
    const layer = (config: Record<string, unknown>) => withModel({ topology: { class_name: "Sequential", config: { layers: [{ class_name: "Dense", config: { units: 1, activation: "sigmoid", batch_input_shape: [null, 3], ...config } }] } } });
    refused(layer({ kernel_regularizer: { class_name: "L1L2", config: { l1: 0.1 } } }), /kernel_regularizer: regularisers and constraints are not supported/);
    refused(layer({ trainable: false }), /frozen layers are not supported/);
    refused(layer({ activation: "gelu_custom" }), /unknown activation "gelu_custom"/);
    refused(withModel({ topology: { class_name: "Functional", config: {} } }), /must be "Sequential"/);
  });
});

describe("canonicalTaskJson and taskDigest", () => {
  it("are stable under key order and whitespace, and change with any setting a worker needs", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "conclave-digest-"));
    try {
      const original = JSON.parse(readFileSync(bundledTaskPath("boston"), "utf8")) as Record<string, unknown>;
      const reversed = Object.fromEntries(Object.entries(original).reverse());
      const a = path.join(dir, "a.json");
      const b = path.join(dir, "b.json");
      writeFileSync(a, JSON.stringify(original));
      writeFileSync(b, JSON.stringify(reversed, null, 7).replace(/\n/g, "\r\n"));
      const ta = loadTaskFileSync(a);
      const tb = loadTaskFileSync(b);
      assert.equal(canonicalTaskJson(ta), canonicalTaskJson(tb));
      assert.equal(taskDigest(ta), taskDigest(tb));
      assert.match(taskDigest(ta), /^[0-9a-f]{64}$/);
      assert.equal(taskDigest(ta), taskDigest(getTask("boston")), "where the data lives is not part of it");
      const json: unknown = JSON.parse(canonicalTaskJson(ta));
      assert.deepEqual(Reflect.get(json as object, "weights").slice(0, 1), [{ name: "dense_0/kernel", shape: [13, 32], trainable: true }]);
      assert.equal(canonicalTaskJson(ta), canonicalTaskJson(ta).replace(/\s/g, ""), "no whitespace");
      const train = original.train as Record<string, unknown>;
      for (const change of [{ train: { ...train, learningRate: 0.002 } }, { clipNorm: 11 }, { rounds: 21 }]) {
        writeFileSync(b, JSON.stringify({ ...original, ...change }));
        assert.notEqual(taskDigest(loadTaskFileSync(b)), taskDigest(ta), JSON.stringify(change));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("stableJson sorts keys at every depth", () => {
    assert.equal(stableJson({ b: 1, a: { d: [3, { f: 1, e: 2 }], c: null } }), '{"a":{"c":null,"d":[3,{"e":2,"f":1}]},"b":1}');
    assert.throws(() => stableJson({ x: NaN }), /non-finite/);
  });
});
