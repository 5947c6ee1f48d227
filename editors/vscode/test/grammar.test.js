// Tokenises cell text with the extension's TextMate grammar through vscode-textmate and the
// Oniguruma engine VS Code itself uses, and checks the scopes of the words issue 16 names:
// `cells` inside a qualified name is not a keyword, the digit of `lab3` is not a number, report
// items are coloured alike, units follow numbers. Run by `npm test` (releng/scripts/vsix.sh).
'use strict';
const fs = require('fs');
const path = require('path');
const assert = require('assert');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm')).buffer;
const onigLib = oniguruma.loadWASM(wasm).then(() => ({
  createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
  createOnigString: s => new oniguruma.OnigString(s)
}));
const registry = new vsctm.Registry({
  onigLib,
  loadGrammar: async () => vsctm.parseRawGrammar(
    fs.readFileSync(path.join(__dirname, '..', 'syntaxes', 'interphase.tmLanguage.json'), 'utf8'),
    'interphase.tmLanguage.json')
});

/** The innermost scope of every token of a line, as [text, scope] pairs. */
function tokens(grammar, line) {
  return grammar.tokenizeLine(line, vsctm.INITIAL).tokens
    .map(t => [line.substring(t.startIndex, t.endIndex), t.scopes[t.scopes.length - 1]])
    .filter(([text]) => text.trim() !== '');
}

function scopeOf(grammar, line, word) {
  const found = tokens(grammar, line).find(([text]) => text.trim() === word);
  assert.ok(found, `no token '${word}' in '${line}': ${JSON.stringify(tokens(grammar, line))}`);
  return found[1];
}

registry.loadGrammar('source.interphase').then(grammar => {
  // a keyword in a qualified name is part of the name
  assert.strictEqual(scopeOf(grammar, 'import my_lab.cells.*', 'my_lab.cells.*'), 'entity.name.namespace.interphase');
  assert.strictEqual(scopeOf(grammar, '    cells Mine, Other', 'cells'), 'keyword.other.interphase');
  // a digit inside a name is part of the name
  assert.strictEqual(scopeOf(grammar, 'package lab3', 'lab3'), 'entity.name.namespace.interphase');
  assert.strictEqual(scopeOf(grammar, '    cells lab3', 'lab3'), 'variable.other.interphase');
  // every report item alike
  const report = '    report capacity retention, resistance';
  assert.strictEqual(scopeOf(grammar, report, 'capacity'), scopeOf(grammar, report, 'retention'));
  assert.strictEqual(scopeOf(grammar, report, 'report'), 'keyword.other.interphase');
  // numbers and their units; a C-rate
  assert.strictEqual(scopeOf(grammar, '    thickness 20 nm', '20'), 'constant.numeric.interphase');
  assert.strictEqual(scopeOf(grammar, '    thickness 20 nm', 'nm'), 'keyword.other.unit.interphase');
  assert.strictEqual(scopeOf(grammar, '    loading 1.5 mAh/cm2', 'mAh/cm2'), 'keyword.other.unit.interphase');
  assert.strictEqual(scopeOf(grammar, '    charge at C/5 until 4.2 V', 'C/5'), 'constant.numeric.c-rate.interphase');
  assert.strictEqual(scopeOf(grammar, '    charge at C/5 until 4.2 V', 'until'), 'keyword.other.interphase');
  // declarations, comments, strings
  assert.strictEqual(scopeOf(grammar, 'cell LagpLco {', 'cell'), 'storage.type.interphase');
  assert.strictEqual(scopeOf(grammar, 'cell LagpLco {', 'LagpLco'), 'entity.name.type.interphase');
  assert.strictEqual(scopeOf(grammar, '// cell X', '// cell X'), 'comment.line.double-slash.interphase');
  assert.strictEqual(tokens(grammar, '    description "a cell { not a block"')[1][1], 'string.quoted.double.interphase');
  console.log('grammar: all scopes as expected');
}).catch(e => {
  console.error(e.message);
  process.exit(1);
});
