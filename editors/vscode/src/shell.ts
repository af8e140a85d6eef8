/**
 * Works out which shell a terminal runs, so that the fix command errkb suggests is quoted for it
 * (zsh and fish treat `uvicorn[standard]` as a glob, bash does not).
 */

/** Shell names as errkb's `Environment(shell=...)` spells them. */
export type ShellName = "bash" | "zsh" | "fish" | "sh" | "powershell" | "cmd";

const SHELLS_BY_EXECUTABLE: Readonly<Record<string, ShellName>> = {
  bash: "bash",
  zsh: "zsh",
  fish: "fish",
  sh: "sh",
  dash: "sh",
  ash: "sh",
  ksh: "sh",
  pwsh: "powershell",
  "pwsh-preview": "powershell",
  powershell: "powershell",
  cmd: "cmd",
  // Git for Windows and WSL launchers run bash.
  "git-bash": "bash",
  wsl: "bash",
};

/** The shell named by an executable path or a VS Code shell type (`/usr/bin/zsh`, `pwsh.exe`). */
export function shellFromExecutable(executable: string | undefined): ShellName | undefined {
  if (!executable) {
    return undefined;
  }
  const base = executable.trim().split(/[\\/]/).pop() ?? "";
  const name = base.toLowerCase().replace(/\.exe$/, "").replace(/^-/, "");
  return SHELLS_BY_EXECUTABLE[name];
}

/** What the extension can see of a terminal; a structural subset of `vscode.Terminal`. */
export interface TerminalLike {
  readonly name: string;
  readonly creationOptions: Readonly<{ shellPath?: string }> | object;
  /** `TerminalState`; its `shell` field only exists in newer VS Code releases. */
  readonly state?: object;
}

function reportedShell(state: object | undefined): string | undefined {
  const shell: unknown = state && "shell" in state ? state.shell : undefined;
  return typeof shell === "string" ? shell : undefined;
}

/**
 * The terminal's shell: the shell VS Code reports for it (`Terminal.state.shell`, newer VS Code),
 * else the executable it was created with, else the terminal's name (VS Code names a terminal after
 * its profile, `zsh`, `fish`, unless the user renamed it), else the user's default shell.
 */
export function detectTerminalShell(
  terminal: TerminalLike,
  defaultShell: string | undefined,
): ShellName | undefined {
  const creationShellPath =
    "shellPath" in terminal.creationOptions ? terminal.creationOptions.shellPath : undefined;
  return (
    shellFromExecutable(reportedShell(terminal.state)) ??
    shellFromExecutable(creationShellPath) ??
    shellFromExecutable(terminal.name) ??
    shellFromExecutable(defaultShell)
  );
}
