// Long-lived KaTeX renderer: argv[2] = katex.min.js, argv[3] = katex-render.js.
// Protocol on stdin/stdout, one line each: first line the macros as JSON; then
// {"tex": "...", "display": bool} -> "OK <json html>" or "ERR <position> <json message>".
'use strict';
const fs = require('fs');
const vm = require('vm');
global.katex = require(process.argv[2]);
vm.runInThisContext(fs.readFileSync(process.argv[3], 'utf8'));
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin });
let macros = null;
rl.on('line', (line) => {
  if (macros === null) {
    macros = line;
    return;
  }
  const request = JSON.parse(line);
  let out;
  try {
    out = 'OK ' + JSON.stringify(mathformlRender(request.tex, request.display, macros));
  } catch (e) {
    const err = mathformlError(e);
    out = 'ERR ' + err.position + ' ' + JSON.stringify(err.message);
  }
  process.stdout.write(out + '\n');
});
