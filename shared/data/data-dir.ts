import path from "node:path";

/** Where the bundled CSVs live (examples/data in the package). */
export const DATA_DIR = path.resolve(__dirname, "../../examples/data");
