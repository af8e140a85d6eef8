// The fakes must be registered before the extension module loads `vscode`.
import { fake, fakeClients } from "./fakes/register";

import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import * as extension from "../src/extension";
import { Uri } from "./fakes/vscode";
import { interpreterThatHasErrkb, pythonWithoutErrkb } from "./helpers";

const context = () => ({ subscriptions: [] as { dispose(): unknown }[] });

function uvicornLookupResult(shell: string | undefined) {
  return [
    {
      id: "uvicorn/websocket-library-missing",
      signature: "uvicorn: Unsupported upgrade request / No supported WebSocket library detected",
      summary: "uvicorn was installed without a WebSocket implementation.",
      severity: "error",
      score: 1,
      kind: "regex",
      line: 0,
      text: "Unsupported upgrade request.",
      groups: {},
      fixes: [
        {
          action: "Install uvicorn with its standard extras",
          success_rate: 0.95,
          commands: [shell === "zsh" ? "pip install 'uvicorn[standard]'" : "pip install uvicorn[standard]"],
          notes: [],
        },
      ],
      documentation: "https://www.uvicorn.org/#quickstart",
    },
  ];
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting until ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("activation", () => {
  beforeEach(() => {
    fake.reset();
    fakeClients.reset();
  });
  afterEach(async () => {
    await extension.deactivate();
  });

  it("tells the user plainly, with the install command, when errkb is missing", async () => {
    const python = pythonWithoutErrkb();
    fake.configuration["errkb.interpreter"] = python;
    fake.answer = (message) => (message.level === "error" ? "Copy install command" : undefined);
    const api = await extension.activate(context() as never);
    await until(() => fake.clipboard !== "", "the install command is copied");
    assert.equal(fakeClients.created.length, 0, "no client is started without errkb");
    const errors = fake.messages.filter((message) => message.level === "error");
    assert.equal(errors.length, 1);
    assert.equal(
      errors[0].message,
      `errkb is not installed in ${python} (the interpreter set in errkb.interpreter). ` +
        `Install it with: ${python} -m pip install 'errkb[lsp]'`,
    );
    assert.deepEqual(errors[0].buttons, ["Copy install command", "Choose interpreter"]);
    assert.equal(fake.clipboard, `${python} -m pip install 'errkb[lsp]'`);
    assert.equal(api.problem(), errors[0].message);
    const status = fake.statusItems[0];
    assert.equal(status.text, "$(error) errkb");
    assert.ok(status.visible);
    assert.equal(status.command, extension.COMMANDS.restartServer);
  });

  it("starts errkb-lsp with the Python extension's interpreter when no setting is given", async () => {
    const python = interpreterThatHasErrkb();
    const api = {
      environments: {
        getActiveEnvironmentPath: () => ({ path: python }),
        resolveEnvironment: () => Promise.resolve({ executable: { uri: { fsPath: python } } }),
      },
    };
    fake.extensions["ms-python.python"] = { isActive: true, exports: api, activate: () => Promise.resolve(api) };
    fake.workspaceFolders = [{ uri: Uri.file("/home/me/project"), name: "project", index: 0 }];
    fake.configuration["errkb.knowledgeBasePaths"] = ["team-kb"];
    fake.configuration["errkb.ignore"] = ["npm/eresolve"];
    const errkb = await extension.activate(context() as never);
    assert.deepEqual(errkb.interpreter(), { command: python, source: "python-extension" });
    assert.equal(fakeClients.created.length, 1);
    const client = fakeClients.created[0];
    assert.deepEqual(client.serverOptions.command, python);
    assert.deepEqual(client.serverOptions.args, ["-m", "errkb_lsp"]);
    assert.deepEqual(client.clientOptions.initializationOptions, {
      ignore: ["npm/eresolve"],
      severity: {},
      globs: ["*.log", "*.out", "*.err", "*.txt"],
      knowledgeBasePaths: ["/home/me/project/team-kb"],
      fuzzy: true,
      terminalCapture: true,
      interpreter: python,
    });
    fake.configuration["errkb.fuzzy"] = false;
    const answer = await client.clientOptions.middleware.workspace.configuration(
      { items: [{ section: "errkb", scopeUri: "file:///home/me/project/build.log" }] },
      undefined,
      () => [],
    );
    assert.equal((answer[0] as { fuzzy: boolean }).fuzzy, false, "workspace/configuration reads the current settings");
  });

  it("asks the server to pull settings again when they change, and restarts for a new interpreter", async () => {
    fake.configuration["errkb.interpreter"] = interpreterThatHasErrkb();
    await extension.activate(context() as never);
    fake.events.configuration.fire({ affectsConfiguration: (section) => section === "errkb" || section === "errkb.ignore" });
    assert.deepEqual(fakeClients.notifications, [
      { method: "workspace/didChangeConfiguration", params: { settings: null } },
    ]);
    fake.events.configuration.fire({ affectsConfiguration: (section) => section === "errkb" || section === "errkb.interpreter" });
    await until(() => fakeClients.created.length === 2 && fakeClients.created[1].running, "the new client runs");
    assert.equal(fakeClients.created[0].running, false);
    assert.equal(fakeClients.created[1].running, true);
  });
});

describe("terminal capture through VS Code's events", () => {
  beforeEach(async () => {
    fake.reset();
    fakeClients.reset();
    fake.configuration["errkb.interpreter"] = interpreterThatHasErrkb();
    fake.shell = "/bin/bash";
    fakeClients.respond = (request) =>
      request.params.command === "errkb.lookup"
        ? uvicornLookupResult((request.params.arguments[1] as { shell?: string } | undefined)?.shell)
        : null;
    await extension.activate(context() as never);
  });
  afterEach(async () => {
    await extension.deactivate();
  });

  function runFailingCommand(terminal: object) {
    const execution = {
      commandLine: { value: "uvicorn app:app" },
      read: async function* read() {
        await Promise.resolve();
        yield "\u001b[33mWARNING\u001b[0m:  Unsupported upgrade request.\r\n";
      },
    };
    fake.events.startExecution.fire({ execution, terminal, shellIntegration: {} });
    fake.events.endExecution.fire({ execution, terminal, shellIntegration: {}, exitCode: 1 });
  }

  it("sends the stripped output to errkb.lookup and copies the zsh command", async () => {
    fake.answer = (message) => (message.level === "information" ? "Copy command" : undefined);
    runFailingCommand({ name: "zsh", creationOptions: {}, state: { shell: "zsh" } });
    await until(() => fake.clipboard !== "", "the fix command is copied");
    const lookups = fakeClients.requests.filter((request) => request.params.command === "errkb.lookup");
    assert.deepEqual(lookups.map((request) => request.params.arguments), [
      ["WARNING:  Unsupported upgrade request.\n", { shell: "zsh" }],
    ]);
    const shown = fake.messages.filter((message) => message.level === "information");
    assert.equal(shown.length, 1);
    assert.match(shown[0].message, /^errkb: uvicorn: Unsupported upgrade request/);
    assert.deepEqual(shown[0].buttons, ["Show fix", "Copy command", "Ignore"]);
    assert.equal(fake.clipboard, "pip install 'uvicorn[standard]'");
  });

  it("asks the server to explain or ignore the record", async () => {
    fake.answer = (message) => (message.level === "information" ? "Show fix" : undefined);
    runFailingCommand({ name: "bash", creationOptions: {} });
    await until(
      () => fakeClients.requests.some((request) => request.params.command === "errkb.explain"),
      "errkb.explain is sent",
    );
    const explain = fakeClients.requests.find((request) => request.params.command === "errkb.explain");
    assert.deepEqual(explain?.params.arguments, ["uvicorn/websocket-library-missing"]);
  });

  it("stays quiet when errkb.terminalCapture is false", async () => {
    fake.configuration["errkb.terminalCapture"] = false;
    runFailingCommand({ name: "bash", creationOptions: {} });
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(fakeClients.requests.length, 0);
    assert.equal(fake.messages.length, 0);
  });
});

describe("status bar and Explain selection", () => {
  const logUri = Uri.file("/home/me/project/server.log");
  const lines = ["INFO: started", "WARNING:  Unsupported upgrade request.", "INFO: stopped"];
  const document = {
    uri: logUri,
    languageId: "log",
    getText: (range?: unknown) => (range === "selection" ? lines[1] : lines.join("\n")),
    lineAt: (line: number) => ({ text: lines[line] }),
  };

  beforeEach(async () => {
    fake.reset();
    fakeClients.reset();
    fake.configuration["errkb.interpreter"] = interpreterThatHasErrkb();
    await extension.activate(context() as never);
  });
  afterEach(async () => {
    await extension.deactivate();
  });

  it("counts errkb's diagnostics in the active file", () => {
    fake.activeTextEditor = { document, selection: "selection", selections: ["selection"] };
    fake.diagnostics.set(logUri.toString(), [
      { source: "errkb", message: "uvicorn: Unsupported upgrade request" },
      { source: "errkb", message: "uvicorn: Unsupported upgrade request" },
      { source: "spell", message: "unknown word" },
    ]);
    fake.events.diagnostics.fire({ uris: [logUri] });
    const status = fake.statusItems[0];
    assert.equal(status.text, "$(warning) errkb: 2");
    assert.match(String(status.tooltip), /recognised 2 errors/);
    assert.ok(status.visible);
    fake.diagnostics.set(logUri.toString(), []);
    fake.events.diagnostics.fire({ uris: [logUri] });
    assert.equal(status.text, "$(check) errkb");
  });

  it("hides the count for documents errkb does not scan", () => {
    fake.activeTextEditor = {
      document: { ...document, uri: Uri.file("/home/me/project/app.py"), languageId: "python" },
      selection: "selection",
      selections: ["selection"],
    };
    fake.events.activeEditor.fire(undefined);
    assert.equal(fake.statusItems[0].visible, false);
  });

  it("explains the selected text", async () => {
    fakeClients.respond = (request) =>
      request.params.command === "errkb.lookup" ? uvicornLookupResult("bash") : null;
    fake.activeTextEditor = { document, selection: "selection", selections: ["selection"] };
    await fake.commands.get(extension.COMMANDS.explainSelection)?.();
    assert.deepEqual(
      fakeClients.requests.map((request) => [request.params.command, request.params.arguments]),
      [
        ["errkb.lookup", ["WARNING:  Unsupported upgrade request.", { shell: "bash" }]],
        ["errkb.explain", ["uvicorn/websocket-library-missing"]],
      ],
    );
  });

  it("says so when the selection is not recognised", async () => {
    fakeClients.respond = () => [];
    fake.activeTextEditor = { document, selection: "selection", selections: ["selection"] };
    await fake.commands.get(extension.COMMANDS.explainSelection)?.();
    assert.deepEqual(fake.messages.map((message) => message.message), ["errkb does not recognise this text."]);
  });
});

describe("Explain selection with several matches or a failing server", () => {
  const uri = Uri.file("/home/me/project/ci.log");
  const document = {
    uri,
    languageId: "log",
    getText: () => "npm ERR! code ERESOLVE\nWARNING:  Unsupported upgrade request.",
    lineAt: () => ({ text: "" }),
  };

  beforeEach(async () => {
    fake.reset();
    fakeClients.reset();
    fake.configuration["errkb.interpreter"] = interpreterThatHasErrkb();
    await extension.activate(context() as never);
    fake.activeTextEditor = { document, selection: "selection", selections: ["selection"] };
  });
  afterEach(async () => {
    await extension.deactivate();
  });

  it("lets the user pick which recognised error to explain", async () => {
    const npm = { ...uvicornLookupResult("bash")[0], id: "npm/eresolve", signature: "npm ERR! code ERESOLVE", score: 0.9 };
    fakeClients.respond = (request) =>
      request.params.command === "errkb.lookup" ? [npm, ...uvicornLookupResult("bash")] : null;
    let offered: string[] = [];
    fake.quickPick = (items) => {
      offered = (items as { description: string }[]).map((item) => item.description);
      return items[1];
    };
    await fake.commands.get(extension.COMMANDS.explainSelection)?.();
    assert.deepEqual(offered, ["uvicorn/websocket-library-missing", "npm/eresolve"]);
    const explain = fakeClients.requests.find((request) => request.params.command === "errkb.explain");
    assert.deepEqual(explain?.params.arguments, ["npm/eresolve"]);
  });

  it("reports a server error instead of failing silently", async () => {
    fakeClients.respond = () => {
      throw new Error("Request workspace/executeCommand failed");
    };
    await fake.commands.get(extension.COMMANDS.explainSelection)?.();
    const errors = fake.messages.filter((message) => message.level === "error");
    assert.equal(errors.length, 1);
    assert.match(errors[0].message, /^errkb could not explain the selection: .*failed/);
  });
});
