// Marker latency of `interphase lsp` after a keystroke, in a project of N .cell files (default 500):
// the time from a didChange to the diagnostics of that change, for 20 keystrokes (after 5 warm-up
// ones), each of which makes or mends a mistake, so that every one changes the diagnostics.
// A scripted measurement against the real product (a JSON-RPC client over the server's stdio),
// not a unit test. Usage (from the repository root, product built):
//   node releng/scripts/lsp-latency.js [FILES]        (uses vscode-jsonrpc from editors/vscode/node_modules)
'use strict';
const path = require('path');
const fs = require('fs');
const os = require('os');
const cp = require('child_process');
const root = path.resolve(__dirname, '..', '..');
const rpc = require(path.join(root, 'editors/vscode/node_modules/vscode-jsonrpc/node'));

const files = Number(process.argv[2] || 500);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'interphase-latency-'));
const project = path.join(work, 'project');
fs.mkdirSync(path.join(project, 'cells'), { recursive: true });
// the project both latency measurements write (latency-project/README.md)
const template = name => fs.readFileSync(path.join(__dirname, 'latency-project', name), 'utf8');
const cellTemplate = template('cell.template');
const cell = (i, cathode) => cellTemplate.replace('{i}', i).replace('{cathode}', cathode)
  .replace('{loading}', (1 + (i % 10) / 10).toFixed(1));
for (let i = 1; i < files; i++) {
  fs.writeFileSync(path.join(project, 'cells', `cell${i}.cell`), cell(i, ['LCO', 'NCM111', 'LFP'][i % 3]));
}
// the file the keystrokes go to, used by a study in another file
fs.writeFileSync(path.join(project, 'study.cell'), template('study.template'));
const edited = path.join(project, 'cells', 'cell1.cell');
const uri = 'file://' + edited;

const server = cp.spawn(path.join(root, 'interphase'), ['lsp'], { env: { ...process.env, XDG_CACHE_HOME: path.join(work, 'cache') } });
server.stderr.on('data', d => process.stderr.write(d));
const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
let waiting = null;
connection.onNotification('textDocument/publishDiagnostics', params => {
  if (waiting && params.uri.replace('file:///', 'file:/') === uri.replace('file:///', 'file:/')) {
    const errors = params.diagnostics.filter(d => d.severity === 1).length;
    if ((errors > 0) === waiting.broken) {
      const w = waiting;
      waiting = null;
      w.resolve(Number(process.hrtime.bigint() - w.start) / 1e6);
    }
  }
});
connection.onRequest(() => null);
connection.listen();

(async () => {
  const t0 = Date.now();
  await connection.sendRequest('initialize', {
    processId: process.pid, rootUri: 'file://' + project, capabilities: {},
    workspaceFolders: [{ uri: 'file://' + project, name: 'project' }]
  });
  connection.sendNotification('initialized', {});
  let version = 1;
  const first = new Promise(resolve => { waiting = { broken: false, resolve, start: process.hrtime.bigint() }; });
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'interphase', version, text: cell(1, 'LCO') } });
  await first;
  console.log(`${files} files: initialized, opened and checked in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const times = [];
  for (let k = 0; k < 25; k++) {
    const broken = k % 2 === 0; // LCO -> LCX (unknown material) -> LCO ...
    const done = new Promise(resolve => { waiting = { broken, resolve, start: process.hrtime.bigint() }; });
    version++;
    connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version }, contentChanges: [{ text: cell(1, broken ? 'LCX' : 'LCO') }]
    });
    const ms = await done;
    if (k >= 5) {
      times.push(ms);
    }
    await new Promise(r => setTimeout(r, 150)); // a typist's pause
  }
  times.sort((a, b) => a - b);
  const median = (times[9] + times[10]) / 2;
  console.log(`keystroke -> diagnostics over ${times.length} keystrokes: median ${median.toFixed(0)} ms, `
    + `min ${times[0].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms (${os.cpus().length} cores, shared machine)`);
  await connection.sendRequest('shutdown');
  connection.sendNotification('exit');
  setTimeout(() => { fs.rmSync(work, { recursive: true, force: true }); process.exit(0); }, 1000);
})().catch(e => { console.error(e); server.kill(); process.exit(1); });
