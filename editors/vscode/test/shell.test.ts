import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectTerminalShell, shellFromExecutable } from "../src/shell";

describe("shellFromExecutable", () => {
  it("names shells from paths on every platform", () => {
    assert.equal(shellFromExecutable("/usr/bin/zsh"), "zsh");
    assert.equal(shellFromExecutable("/opt/homebrew/bin/fish"), "fish");
    assert.equal(shellFromExecutable("C:\\Program Files\\PowerShell\\7\\pwsh.exe"), "powershell");
    assert.equal(shellFromExecutable("C:\\Windows\\System32\\cmd.exe"), "cmd");
    assert.equal(shellFromExecutable("-bash"), "bash");
    assert.equal(shellFromExecutable("/bin/dash"), "sh");
    assert.equal(shellFromExecutable("bash"), "bash");
  });

  it("returns undefined for anything that is not a known shell", () => {
    assert.equal(shellFromExecutable(undefined), undefined);
    assert.equal(shellFromExecutable(""), undefined);
    assert.equal(shellFromExecutable("/usr/bin/python3"), undefined);
    assert.equal(shellFromExecutable("Task - build"), undefined);
  });
});

describe("detectTerminalShell", () => {
  it("prefers the shell VS Code reports for the terminal", () => {
    const terminal = { name: "bash", creationOptions: { shellPath: "/bin/bash" }, state: { shell: "zsh" } };
    assert.equal(detectTerminalShell(terminal, "/bin/bash"), "zsh");
  });

  it("then the executable the terminal was created with", () => {
    const terminal = { name: "server", creationOptions: { shellPath: "/usr/bin/fish" }, state: {} };
    assert.equal(detectTerminalShell(terminal, "/bin/bash"), "fish");
  });

  it("then the profile name, then the default shell", () => {
    assert.equal(detectTerminalShell({ name: "zsh", creationOptions: {} }, "/bin/bash"), "zsh");
    assert.equal(detectTerminalShell({ name: "my server", creationOptions: {} }, "/bin/zsh"), "zsh");
    assert.equal(detectTerminalShell({ name: "my server", creationOptions: {} }, undefined), undefined);
  });

  it("ignores a pseudoterminal's options, which have no shell path", () => {
    const terminal = { name: "Task", creationOptions: { pty: {} }, state: { shell: undefined } };
    assert.equal(detectTerminalShell(terminal, "/usr/bin/zsh"), "zsh");
  });
});
