import { packagePath } from "../package-root";

/** Where the bundled CSVs live (examples/data in the package). */
export const DATA_DIR = packagePath("examples", "data");
