import assert from "node:assert/strict";
import { beforeEach, describe, it } from "node:test";
import type { ErrkbServer, MatchDict } from "../src/protocol";
import type { ShellName, TerminalLike } from "../src/shell";
import {
  BUTTON_COPY_COMMAND,
  BUTTON_IGNORE,
  BUTTON_SHOW_FIX,
  notificationMessage,
  TerminalCapture,
  type ExecutionLike,
} from "../src/terminalCapture";

/** A fix rendered the way the server renders it for each shell. */
function uvicornMatch(shell: ShellName | undefined): MatchDict {
  const quoted = shell === "zsh" || shell === "fish" ? "'uvicorn[standard]'" : "uvicorn[standard]";
  return {
    id: "uvicorn/websocket-library-missing",
    signature: "uvicorn: Unsupported upgrade request / No supported WebSocket library detected",
    summary: "uvicorn was installed without a WebSocket implementation.",
    severity: "error",
    score: 0.97,
    kind: "regex",
    line: 1,
    text: "No supported WebSocket library detected",
    fixes: [
      { action: "Install one WebSocket implementation", success_rate: 0.9, commands: ["pip install websockets"], notes: [] },
      { action: "Install uvicorn with its standard extras", success_rate: 0.95, commands: [`pip install ${quoted}`], notes: [] },
    ],
    documentation: null,
  };
}

class FakeServer implements ErrkbServer {
  lookups: { text: string; shell: ShellName | undefined }[] = [];
  explained: string[] = [];
  ignored: string[] = [];
  matches: (shell: ShellName | undefined) => MatchDict[] = (shell) => [uvicornMatch(shell)];
  lookup(text: string, shell: ShellName | undefined): Promise<MatchDict[]> {
    this.lookups.push({ text, shell });
    return Promise.resolve(this.matches(shell));
  }
  explain(id: string): Promise<void> {
    this.explained.push(id);
    return Promise.resolve();
  }
  ignore(id: string): Promise<void> {
    this.ignored.push(id);
    return Promise.resolve();
  }
}

/** An execution whose output arrives in chunks, like `TerminalShellExecution.read()`. */
function execution(commandLine: string, chunks: string[]): ExecutionLike {
  return {
    commandLine: { value: commandLine },
    read: async function* read() {
      for (const chunk of chunks) {
        await new Promise((resolve) => setImmediate(resolve));
        yield chunk;
      }
    },
  };
}

const UVICORN_OUTPUT = [
  "\u001b]633;C\u0007\u001b[32mINFO\u001b[0m:     Uvicorn running on http://127.0.0.1:8000\r\n",
  "\u001b[33mWARNING\u001b[0m:  No supported WebSocket library detected. Please use \"pip install 'uvicorn[standard]'\", or install 'websockets' or 'wsproto' manually.\r\n",
  "\u001b[33mWARNING\u001b[0m:  Unsupported upgrade request.\r\n",
];

const zshTerminal = { name: "zsh", creationOptions: { shellPath: "/usr/bin/zsh" } };

describe("TerminalCapture", () => {
  let server: FakeServer;
  let notifications: { message: string; buttons: string[] }[];
  let clicked: string | undefined;
  let clipboard: string | undefined;
  let confirmations: string[];
  let enabled: boolean;
  let now: number;
  let capture: TerminalCapture;

  beforeEach(() => {
    server = new FakeServer();
    notifications = [];
    clicked = undefined;
    clipboard = undefined;
    confirmations = [];
    enabled = true;
    now = 1_000_000;
    capture = new TerminalCapture(
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
        confirm: (message) => confirmations.push(message),
      },
      { enabled: () => enabled, defaultShell: () => "/bin/bash", log: () => undefined, now: () => now },
    );
  });

  async function run(commandLine: string, chunks: string[], exitCode: number | undefined, terminal: TerminalLike = zshTerminal) {
    const started = execution(commandLine, chunks);
    capture.started(started);
    return capture.ended(started, exitCode, terminal);
  }

  it("sends a failed command's output, escape sequences stripped, with the terminal's shell", async () => {
    const outcome = await run("uvicorn app:app", UVICORN_OUTPUT, 1);
    assert.equal(server.lookups.length, 1);
    const { text, shell } = server.lookups[0];
    assert.equal(shell, "zsh");
    assert.doesNotMatch(text, /\u001b/);
    assert.match(text, /^INFO: {5}Uvicorn running on http:\/\/127\.0\.0\.1:8000\nWARNING: {2}No supported WebSocket library detected\./);
    assert.equal(outcome.kind, "notified");
  });

  it("shows the error name and the three buttons", async () => {
    await run("uvicorn app:app", UVICORN_OUTPUT, 1);
    assert.deepEqual(notifications, [
      {
        message:
          "errkb: uvicorn: Unsupported upgrade request / No supported WebSocket library detected (from `uvicorn app:app`). " +
          "uvicorn was installed without a WebSocket implementation.",
        buttons: [BUTTON_SHOW_FIX, BUTTON_COPY_COMMAND, BUTTON_IGNORE],
      },
    ]);
  });

  it("copies the best fix's command as rendered for zsh", async () => {
    clicked = BUTTON_COPY_COMMAND;
    await run("uvicorn app:app", UVICORN_OUTPUT, 1);
    assert.equal(clipboard, "pip install 'uvicorn[standard]'");
    assert.deepEqual(confirmations, ["errkb: copied pip install 'uvicorn[standard]'"]);
  });

  it("copies the bash rendering in a bash terminal", async () => {
    clicked = BUTTON_COPY_COMMAND;
    await run("uvicorn app:app", UVICORN_OUTPUT, 1, { name: "bash", creationOptions: {} });
    assert.equal(clipboard, "pip install uvicorn[standard]");
  });

  it("opens the explanation on Show fix and ignores the record on Ignore", async () => {
    clicked = BUTTON_SHOW_FIX;
    await run("uvicorn app:app", UVICORN_OUTPUT, 1);
    assert.deepEqual(server.explained, ["uvicorn/websocket-library-missing"]);
    now += 60_000;
    clicked = BUTTON_IGNORE;
    await run("uvicorn app:app", UVICORN_OUTPUT, 1);
    assert.deepEqual(server.ignored, ["uvicorn/websocket-library-missing"]);
  });

  it("offers no Copy command when no fix has a command", async () => {
    server.matches = () => [{ ...uvicornMatch("bash"), fixes: [{ action: "Read the docs", success_rate: 0.5, commands: [], notes: [] }] }];
    await run("uvicorn app:app", UVICORN_OUTPUT, 1);
    assert.deepEqual(notifications[0].buttons, [BUTTON_SHOW_FIX, BUTTON_IGNORE]);
  });

  it("leaves successful commands, unknown exit codes and silent commands alone", async () => {
    assert.deepEqual(await run("ls", ["a b c\r\n"], 0), { kind: "skipped", reason: "the command succeeded" });
    assert.deepEqual(await run("sleep 10", ["^C"], undefined), { kind: "skipped", reason: "the exit code is unknown" });
    assert.deepEqual(await run("false", ["\u001b]633;D;1\u0007"], 1), { kind: "skipped", reason: "the command printed nothing" });
    assert.equal(server.lookups.length, 0);
    assert.equal(notifications.length, 0);
  });

  it("does nothing when terminalCapture is off", async () => {
    enabled = false;
    const outcome = await run("uvicorn app:app", UVICORN_OUTPUT, 1);
    assert.deepEqual(outcome, { kind: "skipped", reason: "terminal capture is off" });
    assert.equal(server.lookups.length, 0);
  });

  it("shows nothing when the output is not recognised", async () => {
    server.matches = () => [];
    assert.deepEqual(await run("make", ["make: *** [all] Error 2\r\n"], 2), { kind: "no-match" });
    assert.equal(notifications.length, 0);
  });

  it("announces confident matches only: weak fuzzy ones stay quiet", async () => {
    server.matches = (shell) => [{ ...uvicornMatch(shell), kind: "fuzzy", score: 0.55 }];
    assert.deepEqual(await run("uvicorn app:app", UVICORN_OUTPUT, 1), { kind: "no-match" });
    server.matches = (shell) => [{ ...uvicornMatch(shell), kind: "fuzzy", score: 0.9 }];
    assert.equal((await run("uvicorn app:app", UVICORN_OUTPUT, 1)).kind, "notified");
  });

  it("does not repeat a notification for the same error within the interval", async () => {
    await run("uvicorn app:app", UVICORN_OUTPUT, 1);
    const repeated = await run("uvicorn app:app", UVICORN_OUTPUT, 1);
    assert.equal(repeated.kind, "skipped");
    now += 31_000;
    assert.equal((await run("uvicorn app:app", UVICORN_OUTPUT, 1)).kind, "notified");
    assert.equal(notifications.length, 2);
  });

  it("keeps only the tail of very long output", async () => {
    const small = new TerminalCapture(() => server, { notify: () => Promise.resolve(undefined), copyToClipboard: () => Promise.resolve(), confirm: () => undefined }, {
      enabled: () => true,
      defaultShell: () => undefined,
      log: () => undefined,
      maxCharacters: 100,
    });
    const noisy = execution("pytest", [...Array.from({ length: 50 }, (_, index) => `noise line ${index}\n`), "ModuleNotFoundError: No module named 'yaml'\n"]);
    small.started(noisy);
    await small.ended(noisy, 1, { name: "sh", creationOptions: {} });
    const { text } = server.lookups[0];
    assert.ok(text.length <= 100);
    assert.match(text, /ModuleNotFoundError: No module named 'yaml'\n$/);
  });

  it("reports one notification for the best-scoring record", async () => {
    server.matches = (shell) => [
      { ...uvicornMatch(shell), id: "communication/websocket-handshake-400", signature: "WebSocket handshake 400", score: 0.6 },
      uvicornMatch(shell),
      { ...uvicornMatch(shell), score: 0.5 },
    ];
    const outcome = await run("uvicorn app:app", UVICORN_OUTPUT, 1);
    assert.ok(outcome.kind === "notified");
    assert.equal(outcome.match.id, "uvicorn/websocket-library-missing");
  });
});

describe("notificationMessage", () => {
  it("shortens long command lines", () => {
    const message = notificationMessage(uvicornMatch("bash"), `python -c "${"x".repeat(100)}"`);
    assert.match(message, /\(from `python -c "x+…`\)/);
  });
});
