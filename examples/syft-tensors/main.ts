/**
 * The PySyft 0.2 Boston notebook with Conclave's chain of tensors:
 *
 *   node bin/run-ts.js examples/syft-tensors/main.ts [--seed 1] [--rounds 20] [--json]
 *   npx conclave demo syft [--seed 1] [--rounds 20] [--json]      (the same)
 */
import { syftDemoCommand } from "./syft-demo-command";

syftDemoCommand("syft-tensors").parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`syft-tensors: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
