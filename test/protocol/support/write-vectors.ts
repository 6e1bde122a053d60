/** `npm run vectors`: write proto/vectors/*.json from the builder (review the diff: a change here is a protocol change). */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { buildVectors } from "./build-vectors";

const dir = path.resolve(__dirname, "../../../proto/vectors");
for (const [name, v] of Object.entries(buildVectors())) {
  writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(v, null, 1) + "\n");
  process.stdout.write(`wrote proto/vectors/${name}.json\n`);
}
