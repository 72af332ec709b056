#!/usr/bin/env node
'use strict';
// The CLI is compiled to lib/ by `npm install` (the prepare script) or `npm run build:cli`.
let main;
try {
  ({ main } = require('../lib/cli/main.js'));
  // one run, one workbook: collect garbage before the heap has grown far past what is live (lib/cli/heap.js says why)
  require('../lib/cli/heap.js').tuneHeapForOneRun();
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('plan-rag: not built yet: run `npm install` (or `npm run build:cli`) in the plan-rag folder first\n');
    process.exit(1);
  }
  throw err;
}
const today = () => {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};
main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  today,
}).then((code) => {
  process.exitCode = code;
});
