/** Interpreters and paths shared by the tests. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const REPOSITORY_ROOT = path.resolve(__dirname, "..", "..", "..", "..");

/** A Python that certainly lacks errkb: the system one without site-packages. */
export function pythonWithoutErrkb(): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "errkb-vscode-"));
  const script = path.join(directory, "python-without-errkb");
  fs.writeFileSync(script, '#!/bin/sh\nexec python3 -I -S "$@"\n', { mode: 0o755 });
  return script;
}

/** A stand-in interpreter that reports every module present (the real server is not started). */
export function interpreterThatHasErrkb(): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "errkb-vscode-"));
  const script = path.join(directory, "python-with-errkb");
  fs.writeFileSync(script, "#!/bin/sh\necho missing:\n", { mode: 0o755 });
  return script;
}

/**
 * The interpreter with errkb-lsp installed: $ERRKB_PYTHON, else the repository's .venv.
 * Undefined when neither exists (the integration tests then skip and say why).
 */
export function errkbPython(): string | undefined {
  const fromEnvironment = process.env.ERRKB_PYTHON;
  if (fromEnvironment) {
    return fromEnvironment;
  }
  const venvPython = path.join(REPOSITORY_ROOT, ".venv", "bin", "python");
  return fs.existsSync(venvPython) ? venvPython : undefined;
}
