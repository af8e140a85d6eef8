/**
 * Starts the real errkb-lsp and talks to it through the JSON-RPC layer vscode-languageclient is
 * built on, with the capabilities and settings this extension sends. Needs a Python with errkb
 * installed: $ERRKB_PYTHON or the repository's .venv.
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowDocumentRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { documentSelector } from "../src/clientOptions";
import { lookupArguments, parseMatches } from "../src/protocol";
import { answerConfiguration, readServerSettings, type ServerSettings } from "../src/settings";
import { BUTTON_COPY_COMMAND, BUTTON_SHOW_FIX, TerminalCapture, type ExecutionLike } from "../src/terminalCapture";
import type { ErrkbServer, MatchDict } from "../src/protocol";
import type { ShellName } from "../src/shell";
import { errkbPython } from "./helpers";

const RECORD_ID = "uvicorn/websocket-library-missing";
const SERVER_LOG = [
  "INFO:     Started server process [4242]",
  "INFO:     Uvicorn running on http://127.0.0.1:8000 (Press CTRL+C to quit)",
  "WARNING:  Unsupported upgrade request.",
  'INFO:     127.0.0.1:50312 - "GET /ws HTTP/1.1" 400 Bad Request',
  "",
].join("\n");
const TIMEOUT_MS = 30_000;

/** The parts of VS Code's capabilities (via vscode-languageclient 9) that change what errkb does. */
function vscodeCapabilities(pullDiagnostics: boolean): ClientCapabilities {
  return {
    workspace: {
      configuration: true,
      didChangeConfiguration: { dynamicRegistration: true },
      workspaceFolders: true,
      executeCommand: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
      ...(pullDiagnostics ? { diagnostics: { refreshSupport: true } } : {}),
    },
    textDocument: {
      synchronization: { dynamicRegistration: true, didSave: true, willSave: true },
      publishDiagnostics: {
        relatedInformation: true,
        versionSupport: false,
        tagSupport: { valueSet: [1, 2] },
        codeDescriptionSupport: true,
        dataSupport: true,
      },
      hover: { dynamicRegistration: true, contentFormat: ["markdown", "plaintext"] },
      codeAction: {
        dynamicRegistration: true,
        isPreferredSupport: true,
        dataSupport: true,
        resolveSupport: { properties: ["edit"] },
        codeActionLiteralSupport: {
          codeActionKind: { valueSet: ["", "quickfix", "refactor", "source"] },
        },
      },
      ...(pullDiagnostics
        ? { diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false } }
        : {}),
    },
    window: {
      workDoneProgress: true,
      showMessage: { messageActionItem: { additionalPropertiesSupport: true } },
      showDocument: { support: true },
    },
    general: { positionEncodings: ["utf-16"] },
  };
}

interface Session {
  /** What the client answers on workspace/configuration; tests change it. */
  settings: ServerSettings;
  readonly connection: ProtocolConnection;
  readonly server: ChildProcess;
  readonly initialize: InitializeResult;
  readonly registrations: string[];
  readonly published: PublishDiagnosticsParams[];
  readonly shownDocuments: string[];
  readonly stderr: string[];
}

async function startServer(python: string, workspace: string, pullDiagnostics: boolean): Promise<Session> {
  // The server's own shell is pinned to bash, so a zsh rendering can only come from the request.
  const server = spawn(python, ["-m", "errkb_lsp"], {
    cwd: workspace,
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, SHELL: "/bin/bash" },
  });
  const stderr: string[] = [];
  server.stderr?.on("data", (chunk: Buffer) => stderr.push(chunk.toString()));
  const connection = createProtocolConnection(
    new StreamMessageReader(server.stdout),
    new StreamMessageWriter(server.stdin),
  );
  const registrations: string[] = [];
  const published: PublishDiagnosticsParams[] = [];
  const shownDocuments: string[] = [];
  const settings = readServerSettings({ get: () => undefined }, workspace);
  const holder = { settings };
  // Answered exactly as the extension's middleware answers VS Code's own requests.
  connection.onRequest(ConfigurationRequest.type, (params) =>
    answerConfiguration(params.items, () => holder.settings, () => null),
  );
  connection.onRequest(RegistrationRequest.type, (params) => {
    registrations.push(...params.registrations.map((registration) => registration.method));
  });
  connection.onRequest(WorkDoneProgressCreateRequest.type, () => null);
  connection.onRequest(ShowDocumentRequest.type, (params) => {
    shownDocuments.push(params.uri);
    return { success: true };
  });
  connection.onRequest("workspace/diagnostic/refresh", () => null);
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => published.push(params));
  connection.listen();
  // A server that dies at start-up would leave the initialize request pending forever.
  const died = new Promise<never>((_resolve, reject) => {
    server.once("error", reject);
    server.once("exit", (code) =>
      reject(new Error(`errkb-lsp exited with code ${String(code)}:\n${stderr.join("")}`)),
    );
  });
  died.catch(() => undefined);
  const initializing = connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    clientInfo: { name: "Visual Studio Code", version: "1.93.0" },
    rootUri: pathToFileURL(workspace).toString(),
    workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: path.basename(workspace) }],
    capabilities: vscodeCapabilities(pullDiagnostics),
    initializationOptions: settings,
  });
  const initialize = await Promise.race([initializing, died]);
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    get settings() {
      return holder.settings;
    },
    set settings(value: ServerSettings) {
      holder.settings = value;
    },
    connection,
    server,
    initialize,
    registrations,
    published,
    shownDocuments,
    stderr,
  };
}

async function stopServer(session: Session | undefined): Promise<void> {
  if (session === undefined) {
    return;
  }
  if (session.server.exitCode !== null) {
    session.connection.dispose();
    return;
  }
  const exited = new Promise((resolve) => session.server.once("exit", resolve));
  try {
    await session.connection.sendRequest(ShutdownRequest.type);
    await session.connection.sendNotification(ExitNotification.type);
  } catch {
    // A server that already died is stopped below all the same.
  }
  const timer = setTimeout(() => session.server.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
  session.connection.dispose();
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) {
      return value;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function openLog(session: Session, workspace: string): string {
  const file = path.join(workspace, "server.log");
  fs.writeFileSync(file, SERVER_LOG);
  const uri = pathToFileURL(file).toString();
  void session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: "log", version: 1, text: SERVER_LOG },
  });
  return uri;
}

function assertUvicornDiagnostic(diagnostics: readonly Diagnostic[]): void {
  const ours = diagnostics.filter((diagnostic) => diagnostic.code === RECORD_ID);
  assert.equal(ours.length, 1, JSON.stringify(diagnostics, null, 2));
  const [diagnostic] = ours;
  assert.equal(diagnostic.source, "errkb");
  assert.equal(diagnostic.range.start.line, 2);
  assert.equal(diagnostic.range.end.line, 2);
  assert.ok(diagnostic.range.start.character >= "WARNING:  ".length - 1);
  assert.equal((diagnostic.data as { id?: string } | undefined)?.id, RECORD_ID);
}

const python = errkbPython();
const skip = python === undefined ? "no errkb interpreter: set ERRKB_PYTHON or create the repository's .venv" : false;

describe("errkb-lsp through vscode-jsonrpc", { skip, timeout: 4 * TIMEOUT_MS }, () => {
  let workspace: string;

  before(() => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), "errkb-vscode-lsp-"));
    // The extension only opens documents its selector accepts; the log file is one of them.
    assert.ok(documentSelector(["*.log"]).some((filter) => "language" in filter && filter.language === "log"));
  });

  after(() => {
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it("publishes diagnostics for a log file to a client without pull diagnostics, and honours settings changes", async () => {
    const session = await startServer(python!, workspace, false);
    try {
      const uri = openLog(session, workspace);
      const published = await waitFor("publishDiagnostics", () =>
        session.published.find((params) => params.uri === uri && params.diagnostics.length > 0),
      );
      assertUvicornDiagnostic(published.diagnostics);

      // What the extension does when the user adds the id to errkb.ignore.
      const before = session.published.length;
      session.settings = { ...session.settings, ignore: [RECORD_ID] };
      await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      const republished = await waitFor("diagnostics without the ignored record", () =>
        session.published
          .slice(before)
          .find((params) => params.uri === uri && !params.diagnostics.some((d) => d.code === RECORD_ID)),
      );
      assert.ok(republished);
    } catch (error) {
      throw new Error(`${String(error)}\nserver stderr:\n${session.stderr.join("")}`);
    } finally {
      await stopServer(session);
    }
  });

  describe("with VS Code's capabilities (pull diagnostics)", () => {
    let session: Session | undefined;
    let uri: string;

    before(async () => {
      session = await startServer(python!, workspace, true);
      uri = openLog(session, workspace);
    });

    after(async () => {
      await stopServer(session);
    });

    function live(): Session {
      assert.ok(session, "the server did not start");
      return session;
    }

    it("offers the commands the extension uses, none of which clash with the extension's own", () => {
      const serverCommands = live().initialize.capabilities.executeCommandProvider?.commands ?? [];
      for (const command of ["errkb.lookup", "errkb.explain", "errkb.ignore"]) {
        assert.ok(serverCommands.includes(command), `${command} is not offered: ${serverCommands.join(", ")}`);
      }
      // vscode-languageclient registers every server command as a VS Code command; one the
      // extension also contributes would make the client fail to start.
      const manifest = JSON.parse(
        fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8"),
      ) as { contributes: { commands: { command: string }[] } };
      const contributed = manifest.contributes.commands.map((entry) => entry.command);
      assert.deepEqual(contributed.filter((command) => serverCommands.includes(command)), []);
    });

    it("answers pull diagnostics and does not also push them", async () => {
      const current = live();
      const pulls =
        current.initialize.capabilities.diagnosticProvider !== undefined ||
        current.registrations.includes(DocumentDiagnosticRequest.method);
      assert.ok(pulls, "errkb-lsp offers pull diagnostics to a client that supports them");
      const diagnostics = await waitFor("pulled diagnostics", async () => {
        const report = await current.connection.sendRequest(DocumentDiagnosticRequest.type, {
          textDocument: { uri },
        });
        return report.kind === "full" && report.items.length > 0 ? report.items : undefined;
      });
      assertUvicornDiagnostic(diagnostics);
      assert.equal(
        current.published.filter((params) => params.diagnostics.length > 0).length,
        0,
        "a server that answers pulls must not also push",
      );
    });

    it("drives terminal capture: the notification, Show fix and Copy command", async () => {
      const current = live();
      const server = serverOver(current.connection);
      let clicked: string | undefined = BUTTON_SHOW_FIX;
      const notifications: { message: string; buttons: string[] }[] = [];
      let clipboard = "";
      const capture = new TerminalCapture(
        () => server,
        {
          notify: (message, buttons) => {
            notifications.push({ message, buttons });
            return Promise.resolve(clicked);
          },
          copyToClipboard: (text) => {
            clipboard = text;
            return Promise.resolve();
          },
          confirm: () => undefined,
        },
        { enabled: () => true, defaultShell: () => undefined, log: () => undefined, repeatIntervalMs: 0 },
      );
      const bash = { name: "bash", creationOptions: { shellPath: "/bin/bash" } };

      const first = failedExecution();
      capture.started(first);
      const shown = await capture.ended(first, 1, bash);
      assert.equal(shown.kind, "notified", JSON.stringify(shown));
      assert.match(notifications[0].message, /^errkb: uvicorn: Unsupported upgrade request/);
      assert.deepEqual(notifications[0].buttons, ["Show fix", "Copy command", "Ignore"]);
      await waitFor("the explanation to open", () =>
        current.shownDocuments.find((shownUri) => shownUri.endsWith(".md")),
      );

      clicked = BUTTON_COPY_COMMAND;
      const second = failedExecution();
      capture.started(second);
      await capture.ended(second, 1, bash);
      assert.equal(clipboard, "pip install uvicorn[standard]");
    });

    it("renders the fix command for the terminal's shell (zsh quotes the brackets)", async () => {
      const matches = await serverOver(live().connection).lookup(
        "WARNING:  Unsupported upgrade request.",
        "zsh",
      );
      assert.equal(matches[0]?.id, RECORD_ID, JSON.stringify(matches));
      const commands = matches[0].fixes.flatMap((fix) => fix.commands);
      assert.ok(
        commands.includes("pip install 'uvicorn[standard]'"),
        `errkb.lookup ignored the shell argument: ${JSON.stringify(commands)}`,
      );
    });
  });
});

/** The extension's ErrkbServer, over a bare JSON-RPC connection instead of a LanguageClient. */
function serverOver(connection: ProtocolConnection): ErrkbServer {
  return {
    async lookup(text: string, shell: ShellName | undefined): Promise<MatchDict[]> {
      const result: unknown = await connection.sendRequest(ExecuteCommandRequest.type, {
        command: "errkb.lookup",
        arguments: lookupArguments(text, shell),
      });
      return parseMatches(result);
    },
    async explain(id: string): Promise<void> {
      await connection.sendRequest(ExecuteCommandRequest.type, { command: "errkb.explain", arguments: [id] });
    },
    async ignore(id: string): Promise<void> {
      await connection.sendRequest(ExecuteCommandRequest.type, { command: "errkb.ignore", arguments: [id] });
    },
  };
}

/** `uvicorn app:app` failing in a terminal, output as the shell integration streams it. */
function failedExecution(): ExecutionLike {
  return {
    commandLine: { value: "uvicorn app:app" },
    read: async function* read() {
      await Promise.resolve();
      yield "\u001b]633;C\u0007\u001b[32mINFO\u001b[0m:     Uvicorn running on http://127.0.0.1:8000\r\n";
      yield "\u001b[33mWARNING\u001b[0m:  Unsupported upgrade request.\r\n";
    },
  };
}
