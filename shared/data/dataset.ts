/**
 * A table of numeric examples held as flat typed arrays: `x` is row-major
 * (rows x cols), `y` has one target per row. The form every data function here
 * takes and returns; the trainer turns it into tensors.
 */
export interface Dataset {
  readonly x: Float32Array;
  readonly y: Float32Array;
  readonly rows: number;
  readonly cols: number;
  readonly featureNames: readonly string[];
  readonly targetName: string;
}

/** Builds a Dataset, checking that the arrays agree with rows and cols. */
export function makeDataset(
  x: Float32Array,
  y: Float32Array,
  featureNames: readonly string[],
  targetName: string,
): Dataset {
  const cols = featureNames.length;
  if (cols < 1) throw new RangeError("a dataset needs at least one feature column");
  const rows = y.length;
  if (x.length !== rows * cols) {
    throw new RangeError(`dataset x has ${x.length} values, expected rows*cols = ${rows}*${cols} = ${rows * cols}`);
  }
  return { x, y, rows, cols, featureNames: [...featureNames], targetName };
}

/** A new Dataset of the given rows, in the given order (copies). */
export function selectRows(data: Dataset, indices: ArrayLike<number>): Dataset {
  const { cols } = data;
  const x = new Float32Array(indices.length * cols);
  const y = new Float32Array(indices.length);
  for (let r = 0; r < indices.length; r++) {
    const i = indices[r]!;
    if (!Number.isInteger(i) || i < 0 || i >= data.rows) {
      throw new RangeError(`row index ${i} out of range for a dataset of ${data.rows} rows`);
    }
    x.set(data.x.subarray(i * cols, (i + 1) * cols), r * cols);
    y[r] = data.y[i]!;
  }
  return { x, y, rows: indices.length, cols, featureNames: data.featureNames, targetName: data.targetName };
}

/** All rows of several datasets with the same columns, one after another. */
export function concatDatasets(parts: readonly Dataset[]): Dataset {
  const first = parts[0];
  if (first === undefined) throw new RangeError("concatDatasets needs at least one dataset");
  for (const p of parts) {
    if (p.cols !== first.cols || p.featureNames.join(",") !== first.featureNames.join(",")) {
      throw new RangeError(`cannot concatenate datasets with different columns: [${first.featureNames.join(", ")}] and [${p.featureNames.join(", ")}]`);
    }
  }
  const rows = parts.reduce((n, p) => n + p.rows, 0);
  const x = new Float32Array(rows * first.cols);
  const y = new Float32Array(rows);
  let r = 0;
  for (const p of parts) {
    x.set(p.x, r * first.cols);
    y.set(p.y, r);
    r += p.rows;
  }
  return { x, y, rows, cols: first.cols, featureNames: first.featureNames, targetName: first.targetName };
}
