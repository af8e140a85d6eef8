/**
 * Chooses the Python interpreter that runs `errkb-lsp` and checks that errkb is installed in it.
 */
import { execFile } from "node:child_process";
import { expandPath } from "./settings";

export type InterpreterSource = "setting" | "python-extension" | "path";

export interface Interpreter {
  readonly command: string;
  readonly source: InterpreterSource;
}

export interface InterpreterInputs {
  /** The `errkb.interpreter` setting, unexpanded. */
  readonly setting: string | undefined;
  /** The interpreter the Python extension has selected, if it is installed and has one. */
  readonly pythonExtension: () => Promise<string | undefined>;
  readonly platform: NodeJS.Platform;
  readonly workspaceFolder: string | undefined;
}

/** The setting wins, then the Python extension's choice, then `python3` (`python` on Windows). */
export async function chooseInterpreter(inputs: InterpreterInputs): Promise<Interpreter> {
  if (inputs.setting && inputs.setting.trim() !== "") {
    return { command: expandPath(inputs.setting, inputs.workspaceFolder), source: "setting" };
  }
  let selected: string | undefined;
  try {
    selected = await inputs.pythonExtension();
  } catch {
    // A Python extension that fails to activate must not stop errkb from starting.
    selected = undefined;
  }
  if (selected && selected.trim() !== "") {
    return { command: selected, source: "python-extension" };
  }
  // Windows installs `python.exe` (and the `py` launcher); `python3.exe` is often the Store stub.
  return { command: inputs.platform === "win32" ? "python" : "python3", source: "path" };
}

/** The command that installs errkb with its language server into `interpreter`. */
export function installCommand(interpreter: string, platform: NodeJS.Platform): string {
  if (platform === "win32") {
    const quoted = /\s/.test(interpreter) ? `& "${interpreter}"` : interpreter;
    return `${quoted} -m pip install "errkb[lsp]"`;
  }
  const quoted = /[^\w@%+=:,./-]/.test(interpreter)
    ? `'${interpreter.replace(/'/g, "'\\''")}'`
    : interpreter;
  return `${quoted} -m pip install 'errkb[lsp]'`;
}

export type InstallationCheck =
  | { readonly kind: "ok" }
  | { readonly kind: "interpreter-not-found"; readonly detail: string }
  | { readonly kind: "missing-modules"; readonly modules: readonly string[] }
  | { readonly kind: "failed"; readonly detail: string };

/** Modules `python -m errkb_lsp` needs: errkb itself and the `lsp` extra. */
const REQUIRED_MODULES = ["errkb", "errkb_lsp", "pygls", "lsprotocol"] as const;

const CHECK_SCRIPT = [
  "import importlib.util",
  `names = ${JSON.stringify(REQUIRED_MODULES)}`,
  "print('missing:' + ','.join(n for n in names if importlib.util.find_spec(n) is None))",
].join("\n");

/** Asks `interpreter` which of errkb's modules it lacks, without importing them. */
export function checkInstallation(interpreter: string, timeoutMs = 20_000): Promise<InstallationCheck> {
  return new Promise((resolve) => {
    execFile(
      interpreter,
      ["-c", CHECK_SCRIPT],
      { timeout: timeoutMs, windowsHide: true },
      (error, stdout, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === "ENOENT") {
          resolve({ kind: "interpreter-not-found", detail: `${interpreter} was not found` });
          return;
        }
        const line = stdout.split(/\r?\n/).find((candidate) => candidate.startsWith("missing:"));
        if (line === undefined) {
          const reason = error ? error.message : "no answer";
          resolve({ kind: "failed", detail: `${reason}\n${stderr}`.trim() });
          return;
        }
        const modules = line
          .slice("missing:".length)
          .split(",")
          .filter((name) => name !== "");
        resolve(modules.length === 0 ? { kind: "ok" } : { kind: "missing-modules", modules });
      },
    );
  });
}

/** The message shown when the server cannot start, with the fix in it. */
export function describeProblem(
  check: Exclude<InstallationCheck, { kind: "ok" }>,
  interpreter: Interpreter,
  platform: NodeJS.Platform,
): string {
  const where =
    interpreter.source === "setting"
      ? "the interpreter set in errkb.interpreter"
      : interpreter.source === "python-extension"
        ? "the interpreter selected in the Python extension"
        : "python3 on PATH";
  switch (check.kind) {
    case "interpreter-not-found":
      return (
        `errkb could not start: ${interpreter.command} (${where}) was not found. ` +
        "Set errkb.interpreter to a Python 3.11+ interpreter that has errkb installed."
      );
    case "missing-modules": {
      const what = check.modules.includes("errkb")
        ? "errkb is not installed in"
        : `errkb's language server (${check.modules.join(", ")}) is missing from`;
      return (
        `${what} ${interpreter.command} (${where}). ` +
        `Install it with: ${installCommand(interpreter.command, platform)}`
      );
    }
    case "failed":
      return `errkb could not check ${interpreter.command} (${where}): ${check.detail}`;
  }
}
