// The VS Code side of the cell language: starts the product's language server ("interphase lsp")
// over stdio and connects it to .cell files. Everything else (diagnostics, completion, hover,
// definition, references, rename, symbols, folding, formatting, quick fixes, semantic tokens)
// comes from the server.
'use strict';
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration('interphase');
  const command = config.get('command', 'interphase');
  const args = ['lsp'];
  for (const lib of config.get('lib', [])) {
    args.push('--lib', lib);
  }
  const server = { command, args };
  client = new LanguageClient('interphase', 'Interphase cell language', { run: server, debug: server }, {
    documentSelector: [{ scheme: 'file', language: 'interphase' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.cell') }
  });
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(e => {
    if (e.affectsConfiguration('interphase')) {
      vscode.window.showInformationMessage('Interphase: reload the window to restart the language server with the new settings.');
    }
  }));
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
