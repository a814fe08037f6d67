// Loads the extension bundled in the .vsix (dist/extension.js) in Node with a stand-in for the `vscode` module,
// activates it with `triallint.path` set to argv[3], and prints as JSON what it did: its exports, the commands it
// registered, the processes it started and the error messages it showed. VS Code itself is not needed (nor
// downloadable here); the stand-in answers only what the extension and vscode-languageclient touch while starting.
// Usage: node vscode-activate.js <extension.js> <server command>
"use strict";
const Module = require("module");
const childProcess = require("child_process");

const [extensionFile, serverCommand] = process.argv.slice(2);
const seen = { exports: [], commands: [], spawned: [], errors: [] };
const disposable = { dispose() {} };
const event = () => disposable;
// Any member the stand-in does not define: a class for capitalised names (the API's classes), else a no-op.
const anything = (name) =>
  typeof name === "string" && /^[A-Z]/.test(name) ? class {} : () => disposable;
const loose = (object) => new Proxy(object, { get: (target, key) => (key in target ? target[key] : anything(key)) });
const api = {
  version: "1.95.0",
  workspace: loose({
    getConfiguration: () => ({ get: (key) => (key === "path" ? serverCommand : undefined) }),
    createFileSystemWatcher: () => loose({ dispose() {} }),
    workspaceFolders: [],
    textDocuments: [],
  }),
  window: loose({
    createOutputChannel: () => loose({ logLevel: 0, onDidChangeLogLevel: event }),
    showErrorMessage: async (message) => {
      seen.errors.push(message);
      return undefined;
    },
  }),
  commands: loose({
    registerCommand: (name) => {
      seen.commands.push(name);
      return disposable;
    },
    executeCommand: async () => undefined,
  }),
  EventEmitter: class {
    constructor() {
      this.event = event;
    }
    fire() {}
    dispose() {}
  },
  Disposable: class {
    constructor(callOnDispose) {
      this.dispose = callOnDispose;
    }
    static from() {
      return disposable;
    }
  },
  languages: loose({}),
  env: loose({ language: "en", appName: "stand-in" }),
  extensions: loose({ all: [] }),
};
const vscode = Object.assign(Object.create(new Proxy({}, { get: (_, name) => anything(name) })), api);

const spawn = childProcess.spawn;
childProcess.spawn = function (command, args, options) {
  seen.spawned.push([command, ...args]);
  return spawn.call(this, command, args, options);
};
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === "vscode" ? vscode : load.call(this, request, ...rest);
};

const extension = require(extensionFile);
seen.exports = Object.keys(extension).filter((key) => typeof extension[key] === "function").sort();
const done = () => {
  process.stdout.write(JSON.stringify(seen) + "\n");
  process.exit(0);
};
setTimeout(done, 20000);
extension.activate({ subscriptions: [] }).then(done, (error) => {
  seen.errors.push("activate threw: " + String(error));
  done();
});
