/**
 * errkb for VS Code: runs errkb-lsp on logs and plain-text files, offers fixes for failed terminal
 * commands, explains a selection, and counts recognised errors in the status bar.
 */
import * as vscode from "vscode";
import {
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  LanguageClient,
  type ServerOptions,
} from "vscode-languageclient/node";
import { clientOptions } from "./clientOptions";
import {
  checkInstallation,
  chooseInterpreter,
  describeProblem,
  installCommand,
  type Interpreter,
} from "./interpreter";
import {
  distinctMatches,
  lookupArguments,
  parseMatches,
  SERVER_COMMANDS,
  type ErrkbServer,
  type MatchDict,
} from "./protocol";
import { onInterpreterChanged, selectedInterpreter } from "./pythonExtension";
import { readServerSettings, type ServerSettings } from "./settings";
import { shellFromExecutable } from "./shell";
import { problemView, statusView } from "./statusBar";
import { TerminalCapture } from "./terminalCapture";

export const COMMANDS = {
  explainSelection: "errkb.explainSelection",
  restartServer: "errkb.restartServer",
  showOutput: "errkb.showOutput",
} as const;

const BUTTON_COPY_INSTALL = "Copy install command";
const BUTTON_OPEN_SETTINGS = "Choose interpreter";

/** What `activate` returns: used by tests and by other extensions. */
export interface ErrkbApi {
  readonly server: () => ErrkbServer | undefined;
  readonly problem: () => string | undefined;
  readonly interpreter: () => Interpreter | undefined;
  readonly restart: () => Promise<void>;
  readonly terminalCapture: TerminalCapture;
}

class LanguageClientServer implements ErrkbServer {
  constructor(private readonly client: LanguageClient) {}

  async lookup(text: string, shell: Parameters<ErrkbServer["lookup"]>[1]): Promise<MatchDict[]> {
    const result: unknown = await this.client.sendRequest(ExecuteCommandRequest.type, {
      command: SERVER_COMMANDS.lookup,
      arguments: lookupArguments(text, shell),
    });
    return parseMatches(result);
  }

  async explain(id: string): Promise<void> {
    await this.client.sendRequest(ExecuteCommandRequest.type, {
      command: SERVER_COMMANDS.explain,
      arguments: [id],
    });
  }

  async ignore(id: string): Promise<void> {
    await this.client.sendRequest(ExecuteCommandRequest.type, {
      command: SERVER_COMMANDS.ignore,
      arguments: [id],
    });
  }
}

function workspaceFolderPath(scope?: vscode.Uri): string | undefined {
  const folder =
    (scope && vscode.workspace.getWorkspaceFolder(scope)) ?? vscode.workspace.workspaceFolders?.[0];
  return folder?.uri.scheme === "file" ? folder.uri.fsPath : undefined;
}

function settingsFor(scopeUri: string | undefined): ServerSettings {
  const scope = scopeUri ? vscode.Uri.parse(scopeUri) : undefined;
  return readServerSettings(vscode.workspace.getConfiguration("errkb", scope), workspaceFolderPath(scope));
}

class ErrkbExtension implements vscode.Disposable {
  private readonly output = vscode.window.createOutputChannel("errkb");
  private readonly statusItem = vscode.window.createStatusBarItem(
    vscode.StatusBarAlignment.Right,
    100,
  );
  private readonly disposables: vscode.Disposable[] = [];
  private client: LanguageClient | undefined;
  private server: ErrkbServer | undefined;
  private currentProblem: string | undefined;
  private currentInterpreter: Interpreter | undefined;
  private starting: Promise<void> | undefined;
  readonly capture: TerminalCapture;

  constructor() {
    this.statusItem.name = "errkb";
    this.capture = new TerminalCapture(
      () => this.server,
      {
        notify: (message, buttons) => vscode.window.showInformationMessage(message, ...buttons),
        copyToClipboard: (text) => vscode.env.clipboard.writeText(text),
        confirm: (message) => {
          this.disposables.push(vscode.window.setStatusBarMessage(message, 4_000));
        },
      },
      {
        enabled: () => vscode.workspace.getConfiguration("errkb").get<boolean>("terminalCapture") !== false,
        defaultShell: () => vscode.env.shell,
        log: (message) => this.output.appendLine(message),
      },
    );
  }

  register(): void {
    this.disposables.push(
      this.output,
      this.statusItem,
      vscode.commands.registerCommand(COMMANDS.explainSelection, () => this.explainSelection()),
      vscode.commands.registerCommand(COMMANDS.restartServer, () => this.restart()),
      vscode.commands.registerCommand(COMMANDS.showOutput, () => this.output.show(true)),
      vscode.window.onDidStartTerminalShellExecution((event) => this.capture.started(event.execution)),
      vscode.window.onDidEndTerminalShellExecution((event) => {
        void this.capture.ended(event.execution, event.exitCode, event.terminal).then((outcome) => {
          if (outcome.kind === "skipped" && outcome.reason !== "the command succeeded") {
            this.output.appendLine(`terminal capture: skipped, ${outcome.reason}`);
          }
        });
      }),
      vscode.workspace.onDidChangeConfiguration((event) => this.configurationChanged(event)),
      vscode.languages.onDidChangeDiagnostics(() => this.updateStatus()),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateStatus()),
    );
    void onInterpreterChanged(vscode.extensions, () => {
      if (this.currentInterpreter?.source !== "setting") {
        void this.restart();
      }
    }).then((subscription) => subscription && this.disposables.push(subscription));
  }

  api(): ErrkbApi {
    return {
      server: () => this.server,
      problem: () => this.currentProblem,
      interpreter: () => this.currentInterpreter,
      restart: () => this.restart(),
      terminalCapture: this.capture,
    };
  }

  async start(): Promise<void> {
    this.starting ??= this.startClient().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  private async startClient(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const configuration = vscode.workspace.getConfiguration("errkb", folder?.uri);
    const interpreter = await chooseInterpreter({
      setting: configuration.get<string>("interpreter"),
      pythonExtension: () => selectedInterpreter(vscode.extensions, folder?.uri),
      platform: process.platform,
      workspaceFolder: workspaceFolderPath(folder?.uri),
    });
    this.currentInterpreter = interpreter;
    this.output.appendLine(`errkb: using ${interpreter.command} (${interpreter.source})`);
    const check = await checkInstallation(interpreter.command);
    if (check.kind !== "ok") {
      this.currentProblem = describeProblem(check, interpreter, process.platform);
      this.output.appendLine(this.currentProblem);
      this.updateStatus();
      void this.showProblem(check.kind === "missing-modules" ? interpreter : undefined);
      return;
    }
    this.currentProblem = undefined;
    const serverOptions: ServerOptions = {
      command: interpreter.command,
      args: ["-m", "errkb_lsp"],
      options: { env: { ...process.env, PYTHONIOENCODING: "utf-8" } },
    };
    // The server reads the installed packages of `interpreter` to say which version is there
    // ("uvicorn 0.13.4 is installed here"); the chosen one is the project's environment.
    const readSettings = (scopeUri: string | undefined): ServerSettings => {
      const scoped = settingsFor(scopeUri);
      return { ...scoped, interpreter: scoped.interpreter ?? interpreter.command };
    };
    const client = new LanguageClient(
      "errkb",
      "errkb",
      serverOptions,
      clientOptions({
        settings: readSettings(folder?.uri.toString()),
        readSettings,
        outputChannel: this.output,
      }),
    );
    this.client = client;
    try {
      await client.start();
      this.server = new LanguageClientServer(client);
    } catch (error) {
      this.currentProblem = `errkb-lsp failed to start with ${interpreter.command}: ${String(error)}`;
      this.output.appendLine(this.currentProblem);
      void vscode.window.showErrorMessage(this.currentProblem);
    }
    this.updateStatus();
  }

  private async showProblem(missingFrom: Interpreter | undefined): Promise<void> {
    const problem = this.currentProblem;
    if (problem === undefined) {
      return;
    }
    const buttons = missingFrom ? [BUTTON_COPY_INSTALL, BUTTON_OPEN_SETTINGS] : [BUTTON_OPEN_SETTINGS];
    const choice = await vscode.window.showErrorMessage(problem, ...buttons);
    if (choice === BUTTON_COPY_INSTALL && missingFrom) {
      await vscode.env.clipboard.writeText(installCommand(missingFrom.command, process.platform));
    } else if (choice === BUTTON_OPEN_SETTINGS) {
      await vscode.commands.executeCommand("workbench.action.openSettings", "errkb.interpreter");
    }
  }

  async restart(): Promise<void> {
    await this.stopClient();
    await this.start();
  }

  private async stopClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.server = undefined;
    if (client) {
      try {
        await client.stop();
      } catch (error) {
        this.output.appendLine(`errkb: stopping the server failed: ${String(error)}`);
      }
    }
  }

  private configurationChanged(event: vscode.ConfigurationChangeEvent): void {
    if (
      event.affectsConfiguration("errkb.interpreter") ||
      event.affectsConfiguration("errkb.globs")
    ) {
      // The interpreter and the document selector are fixed when the client starts.
      void this.restart();
    } else if (event.affectsConfiguration("errkb") && this.client) {
      // Null settings make the server pull the section again through workspace/configuration.
      void this.client.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    }
  }

  private updateStatus(): void {
    if (this.currentProblem !== undefined) {
      const view = problemView(this.currentProblem);
      this.statusItem.text = view.text;
      this.statusItem.tooltip = view.tooltip;
      this.statusItem.command = COMMANDS.restartServer;
      this.statusItem.show();
      return;
    }
    const document = vscode.window.activeTextEditor?.document;
    if (document === undefined || !this.client) {
      this.statusItem.hide();
      return;
    }
    const diagnostics = vscode.languages
      .getDiagnostics(document.uri)
      .filter((diagnostic) => diagnostic.source === "errkb");
    if (diagnostics.length === 0 && vscode.languages.match(this.selector(), document) === 0) {
      this.statusItem.hide();
      return;
    }
    const view = statusView(
      diagnostics.length,
      diagnostics.map((diagnostic) => diagnostic.message.split("\n")[0]),
    );
    this.statusItem.text = view.text;
    this.statusItem.tooltip = view.tooltip;
    this.statusItem.command = "workbench.actions.view.problems";
    this.statusItem.show();
  }

  private selector(): vscode.DocumentSelector {
    return this.client?.clientOptions.documentSelector ?? [];
  }

  private async explainSelection(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (editor === undefined) {
      void vscode.window.showInformationMessage("errkb: select some error output in an editor first.");
      return;
    }
    const selected = editor.selections
      .map((selection) => editor.document.getText(selection))
      .filter((text) => text.trim() !== "")
      .join("\n");
    const text = selected || editor.document.lineAt(editor.selection.active.line).text;
    if (this.server === undefined) {
      await this.start();
    }
    const server = this.server;
    if (server === undefined) {
      void this.showProblem(undefined);
      return;
    }
    try {
      const matches = distinctMatches(
        await server.lookup(text, shellFromExecutable(vscode.env.shell)),
      );
      if (matches.length === 0) {
        void vscode.window.showInformationMessage("errkb does not recognise this text.");
        return;
      }
      let chosen: MatchDict | undefined = matches[0];
      if (matches.length > 1) {
        const picked = await vscode.window.showQuickPick(
          matches.map((match) => ({
            label: match.signature,
            description: match.id,
            detail: match.summary,
            match,
          })),
          { placeHolder: "errkb recognised several errors: which one should it explain?" },
        );
        chosen = picked?.match;
      }
      if (chosen) {
        await server.explain(chosen.id);
      }
    } catch (error) {
      this.output.appendLine(`errkb: Explain selection failed: ${String(error)}`);
      void vscode.window.showErrorMessage(`errkb could not explain the selection: ${String(error)}`);
    }
  }

  async dispose(): Promise<void> {
    await this.stopClient();
    for (const disposable of this.disposables.splice(0)) {
      disposable.dispose();
    }
  }
}

let extension: ErrkbExtension | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ErrkbApi> {
  extension = new ErrkbExtension();
  extension.register();
  context.subscriptions.push({ dispose: () => void extension?.dispose() });
  await extension.start();
  return extension.api();
}

export async function deactivate(): Promise<void> {
  const current = extension;
  extension = undefined;
  await current?.dispose();
}
