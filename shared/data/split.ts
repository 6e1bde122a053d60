import { SeededRng, type Seed } from "../random/seeded-rng";
import { selectRows, type Dataset } from "./dataset";

export interface TrainTestSplit {
  readonly train: Dataset;
  readonly test: Dataset;
}

/**
 * A seeded shuffle, then the first floor(rows * (1 - testFraction)) rows for
 * training and the rest for testing. With the default 0.2 Boston gives 404/102,
 * the sizes of the Keras boston_housing split the PySyft 0.2 notebook loads
 * (the notebook's "408" is 51 batches x 8, a display artefact), and Pima 614/154.
 * The split is the same for a seed wherever it runs.
 */
export function trainTestSplit(data: Dataset, options: { seed: Seed; testFraction?: number }): TrainTestSplit {
  const testFraction = options.testFraction ?? 0.2;
  if (!(testFraction > 0 && testFraction < 1)) throw new RangeError(`testFraction must be in (0, 1), got ${testFraction}`);
  const nTrain = Math.floor(data.rows * (1 - testFraction));
  if (nTrain < 1 || nTrain >= data.rows) {
    throw new RangeError(`cannot split ${data.rows} rows with testFraction ${testFraction}: one side would be empty`);
  }
  const order = SeededRng.fromSeed(options.seed).fork("train-test-split").permutation(data.rows);
  return { train: selectRows(data, order.subarray(0, nTrain)), test: selectRows(data, order.subarray(nTrain)) };
}
