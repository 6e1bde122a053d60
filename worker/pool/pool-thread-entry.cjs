// A pool thread's bootstrap: registers tsx in the thread, then runs the TypeScript thread main.
"use strict";
require("../../shared/runtime/register-typescript.cjs");
require("./pool-thread.ts");
