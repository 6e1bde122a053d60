// Preloaded (node --require) into a benchmarked `conclave` process: at exit, one line on stderr
// with the process's peak resident set and CPU time, which a parent cannot read from a child.
"use strict";
process.on("exit", () => {
  const u = process.resourceUsage();
  process.stderr.write(`\nconclave-usage ${JSON.stringify({ maxRssBytes: u.maxRSS * 1024, cpuSeconds: (u.userCPUTime + u.systemCPUTime) / 1e6 })}\n`);
});
