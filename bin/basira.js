#!/usr/bin/env node
// The `basira` command: runs the compiled CLI (build with `npm run build`).
// A closed pipe (`basira events | head`) ends the command quietly, as Unix tools do.
process.stdout.on("error", (e) => { if (e.code === "EPIPE") process.exit(0); else throw e; });
import("../dist/src/cli/main.js")
  .then((m) => m.main(process.argv.slice(2)))
  .then((code) => { process.exitCode = code; })
  .catch((e) => {
    if (e && e.code === "ERR_MODULE_NOT_FOUND") {
      console.error("basira: not built yet. Run `npm install` (or `npm run build`) in the project folder.");
      process.exitCode = 2;
      return;
    }
    throw e;
  });
