// A pool thread's bootstrap: registers tsx in the thread, then runs the TypeScript thread main.
"use strict";
require("tsx/cjs");
require("./pool-thread.ts");
