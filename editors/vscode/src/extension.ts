// The TrialLint extension: starts `triallint lsp` (findings as you type, hover, completion, quick fixes) for trial
// reports, the configuration, rule files and ClinicalTrials.gov records, and contributes the report schema and a
// problem matcher for `triallint lint` in tasks (package.json).
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from "vscode-languageclient/node";

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;

/** The files the server lints: reports, configurations, rule files and registry records named by their NCT id. */
export const documentSelector = [
  { scheme: "file", language: "yaml", pattern: "**/*.trial.{yaml,yml}" },
  { scheme: "file", language: "json", pattern: "**/*.trial.json" },
  { scheme: "file", language: "yaml", pattern: "**/.triallint.yaml" },
  { scheme: "file", language: "yaml", pattern: "**/rules/**/*.yaml" },
  { scheme: "file", language: "json", pattern: "**/NCT[0-9]*.json" },
  { scheme: "untitled", language: "yaml" },
];

/** The command that starts the server: the `triallint.path` setting, else `triallint` on PATH. */
export function serverCommand(): string {
  const configured = vscode.workspace.getConfiguration("triallint").get<string>("path");
  return configured && configured.trim().length > 0 ? configured.trim() : "triallint";
}

async function start(): Promise<void> {
  const command = serverCommand();
  const serverOptions: ServerOptions = {
    run: { command, args: ["lsp"], transport: TransportKind.stdio },
    debug: { command, args: ["lsp"], transport: TransportKind.stdio },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    outputChannel: output,
    synchronize: {
      // The server reloads configurations, rule folders and baselines when they change on disk.
      fileEvents: vscode.workspace.createFileSystemWatcher("**/{.triallint.yaml,.triallint-baseline.json,rules/**/*.yaml}"),
    },
  };
  client = new LanguageClient("triallint", "TrialLint", serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    client = undefined;
    const message = error instanceof Error ? error.message : String(error);
    const choice = await vscode.window.showErrorMessage(
      `TrialLint: could not start '${command} lsp' (${message}). Install TrialLint or set 'triallint.path' to the triallint executable.`,
      "Open settings",
    );
    if (choice === "Open settings") {
      await vscode.commands.executeCommand("workbench.action.openSettings", "triallint.path");
    }
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    await running.stop();
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("TrialLint", { log: true });
  context.subscriptions.push(output);
  context.subscriptions.push(
    vscode.commands.registerCommand("triallint.restartServer", async () => {
      await stop();
      await start();
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration("triallint.path")) {
        await stop();
        await start();
      }
    }),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await stop();
}
