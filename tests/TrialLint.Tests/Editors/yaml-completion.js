// Drives the YAML language server (Red Hat's yaml-language-server, the one behind VS Code's YAML extension) over
// stdio, as an editor would, in a report repository where `triallint init` ran: with the yaml.schemas setting init
// wrote in .vscode/settings.json, and with the modeline of the starter .triallint.yaml. Prints the completion
// labels it offers, as JSON. The schema store is switched off: everything must come from the repository's files.
// Usage: node yaml-completion.js <yaml-language-server package folder> <repository folder>
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");

const [serverFolder, repo] = process.argv.slice(2);
const settings = JSON.parse(fs.readFileSync(path.join(repo, ".vscode", "settings.json"), "utf8"));
const yaml = { schemas: settings["yaml.schemas"], schemaStore: { enable: false }, completion: true, validate: true, hover: true };
const server = spawn(process.execPath, [path.join(serverFolder, "bin", "yaml-language-server"), "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
const timer = setTimeout(() => fail("no answer within 60 s"), 60000);

let nextId = 1;
const pending = new Map();
let configured;
const configuredOnce = new Promise((resolve) => (configured = resolve));
function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }), "utf8");
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
}
function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((resolve) => pending.set(id, resolve));
}
function notify(method, params) {
  send({ method, params });
}
function fail(reason) {
  process.stdout.write(JSON.stringify({ error: reason }) + "\n");
  server.kill();
  process.exit(1);
}

let buffer = Buffer.alloc(0);
server.stdout.on("data", (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString("ascii"))[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8"));
    buffer = buffer.subarray(headerEnd + 4 + length);
    if (message.method && message.id !== undefined) {
      // A request from the server: its settings, or a registration to acknowledge.
      const result = message.method === "workspace/configuration" ? message.params.items.map((item) => (item.section === "yaml" ? yaml : null)) : null;
      send({ id: message.id, result });
      if (message.method === "workspace/configuration") configured();
    } else if (message.id !== undefined && pending.has(message.id)) {
      pending.get(message.id)(message.result);
      pending.delete(message.id);
    }
  }
});

async function complete(file, text, line, character) {
  const uri = pathToFileURL(file).toString();
  notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text } });
  const result = await request("textDocument/completion", { textDocument: { uri }, position: { line, character } });
  const items = Array.isArray(result) ? result : (result && result.items) || [];
  return items.map((item) => item.label);
}

(async () => {
  const rootUri = pathToFileURL(repo).toString();
  await request("initialize", {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: path.basename(repo) }],
    capabilities: { workspace: { configuration: true }, textDocument: { completion: { completionItem: { snippetSupport: true } } } },
  });
  notify("initialized", {});
  notify("workspace/didChangeConfiguration", { settings: { yaml } });
  // The server pulls its settings (workspace/configuration) and applies them asynchronously, as at an editor's start.
  await configuredOnce;
  await new Promise((resolve) => setTimeout(resolve, 500));

  // A new report: the keys at the top level come from .triallint/trial-report.schema.json through yaml.schemas.
  const report = await complete(path.join(repo, "reports", "new.trial.yaml"), "format_version: 1\n", 1, 0);
  // The starter configuration: its keys come from .triallint/config.schema.json through the modeline.
  const configText = fs.readFileSync(path.join(repo, ".triallint.yaml"), "utf8") + "\n";
  const config = await complete(path.join(repo, ".triallint.yaml"), configText, configText.split("\n").length - 1, 0);

  clearTimeout(timer);
  process.stdout.write(JSON.stringify({ report, config }) + "\n");
  await request("shutdown", null);
  notify("exit", null);
})().catch((error) => fail(String(error)));
