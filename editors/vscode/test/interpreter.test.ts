import assert from "node:assert/strict";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it } from "node:test";
import {
  checkInstallation,
  chooseInterpreter,
  describeProblem,
  installCommand,
} from "../src/interpreter";
import { selectedInterpreter } from "../src/pythonExtension";
import { pythonWithoutErrkb } from "./helpers";

const noPythonExtension = () => Promise.resolve(undefined);

describe("chooseInterpreter", () => {
  it("uses the errkb.interpreter setting first, expanded", async () => {
    const chosen = await chooseInterpreter({
      setting: "${workspaceFolder}/.venv/bin/python",
      pythonExtension: () => Promise.resolve("/usr/bin/python3.12"),
      platform: "linux",
      workspaceFolder: "/home/me/project",
    });
    assert.deepEqual(chosen, { command: "/home/me/project/.venv/bin/python", source: "setting" });
    const fromHome = await chooseInterpreter({
      setting: "~/venvs/errkb/bin/python",
      pythonExtension: noPythonExtension,
      platform: "linux",
      workspaceFolder: undefined,
    });
    assert.equal(fromHome.command, path.join(os.homedir(), "venvs/errkb/bin/python"));
  });

  it("then the Python extension's selected interpreter", async () => {
    const chosen = await chooseInterpreter({
      setting: "  ",
      pythonExtension: () => Promise.resolve("/home/me/project/.venv/bin/python"),
      platform: "linux",
      workspaceFolder: "/home/me/project",
    });
    assert.deepEqual(chosen, { command: "/home/me/project/.venv/bin/python", source: "python-extension" });
  });

  it("then python3 on PATH (python on Windows), also when the Python extension fails", async () => {
    const failing = () => Promise.reject(new Error("activation failed"));
    const linux = await chooseInterpreter({ setting: undefined, pythonExtension: failing, platform: "linux", workspaceFolder: undefined });
    assert.deepEqual(linux, { command: "python3", source: "path" });
    const windows = await chooseInterpreter({ setting: "", pythonExtension: noPythonExtension, platform: "win32", workspaceFolder: undefined });
    assert.deepEqual(windows, { command: "python", source: "path" });
  });
});

describe("selectedInterpreter", () => {
  const uri = undefined;

  it("reads the environments API of the Python extension", async () => {
    const api = {
      environments: {
        getActiveEnvironmentPath: () => ({ path: "/envs/app" }),
        resolveEnvironment: (environment: { path: string }) =>
          Promise.resolve({ executable: { uri: { fsPath: `${environment.path}/bin/python` } } }),
      },
    };
    const extensions = { getExtension: () => ({ isActive: true, exports: api, activate: () => Promise.resolve(api) }) };
    assert.equal(await selectedInterpreter(extensions as never, uri), "/envs/app/bin/python");
  });

  it("activates the extension and falls back to the older execution-details API", async () => {
    let activated = false;
    const api = { settings: { getExecutionDetails: () => ({ execCommand: ["/usr/bin/python3.11"] }) } };
    const extensions = {
      getExtension: () => ({ isActive: false, exports: undefined, activate: () => { activated = true; return Promise.resolve(api); } }),
    };
    assert.equal(await selectedInterpreter(extensions as never, uri), "/usr/bin/python3.11");
    assert.ok(activated);
  });

  it("is undefined without the Python extension", async () => {
    assert.equal(await selectedInterpreter({ getExtension: () => undefined } as never, uri), undefined);
  });
});

describe("installCommand", () => {
  it("quotes the extra for POSIX shells and the path when needed", () => {
    assert.equal(installCommand("python3", "linux"), "python3 -m pip install 'errkb[lsp]'");
    assert.equal(
      installCommand("/Users/me/My Envs/bin/python", "darwin"),
      "'/Users/me/My Envs/bin/python' -m pip install 'errkb[lsp]'",
    );
  });

  it("uses double quotes and the call operator on Windows", () => {
    assert.equal(installCommand("python", "win32"), 'python -m pip install "errkb[lsp]"');
    assert.equal(
      installCommand("C:\\Program Files\\Python311\\python.exe", "win32"),
      '& "C:\\Program Files\\Python311\\python.exe" -m pip install "errkb[lsp]"',
    );
  });
});

describe("checkInstallation", () => {
  it("reports errkb missing from an interpreter that lacks it", async () => {
    const check = await checkInstallation(pythonWithoutErrkb());
    assert.equal(check.kind, "missing-modules");
    assert.ok(check.kind === "missing-modules" && check.modules.includes("errkb"));
  });

  it("reports an interpreter that does not exist", async () => {
    const check = await checkInstallation("/nonexistent/bin/python3");
    assert.equal(check.kind, "interpreter-not-found");
  });

  it("reports an interpreter that fails", async () => {
    const check = await checkInstallation("/bin/false");
    assert.equal(check.kind, "failed");
  });
});

describe("describeProblem", () => {
  it("tells the user plainly, with the install command", () => {
    const message = describeProblem(
      { kind: "missing-modules", modules: ["errkb", "errkb_lsp", "pygls", "lsprotocol"] },
      { command: "/home/me/.venv/bin/python", source: "python-extension" },
      "linux",
    );
    assert.equal(
      message,
      "errkb is not installed in /home/me/.venv/bin/python (the interpreter selected in the Python extension). " +
        "Install it with: /home/me/.venv/bin/python -m pip install 'errkb[lsp]'",
    );
  });

  it("names the missing language-server modules when errkb itself is there", () => {
    const message = describeProblem(
      { kind: "missing-modules", modules: ["pygls"] },
      { command: "python3", source: "path" },
      "linux",
    );
    assert.match(message, /^errkb's language server \(pygls\) is missing from python3 \(python3 on PATH\)\./);
    assert.match(message, /python3 -m pip install 'errkb\[lsp\]'$/);
  });

  it("says where a missing interpreter came from", () => {
    const message = describeProblem(
      { kind: "interpreter-not-found", detail: "" },
      { command: "/opt/py/bin/python", source: "setting" },
      "linux",
    );
    assert.match(message, /\/opt\/py\/bin\/python \(the interpreter set in errkb.interpreter\) was not found/);
  });
});
