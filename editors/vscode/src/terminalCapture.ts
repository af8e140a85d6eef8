/**
 * Terminal capture: when a command in the integrated terminal fails, look its output up and offer
 * the fix. Uses VS Code's shell integration (`onDidStartTerminalShellExecution`,
 * `execution.read()`, `onDidEndTerminalShellExecution`); without it nothing is captured.
 */
import { stripAnsi } from "./ansi";
import { bestFixCommand, distinctMatches, type ErrkbServer, type MatchDict } from "./protocol";
import { detectTerminalShell, type ShellName, type TerminalLike } from "./shell";

export const BUTTON_SHOW_FIX = "Show fix";
export const BUTTON_COPY_COMMAND = "Copy command";
export const BUTTON_IGNORE = "Ignore";

/** The parts of `vscode.TerminalShellExecution` used here. */
export interface ExecutionLike {
  readonly commandLine: { readonly value: string };
  read(): AsyncIterable<string>;
}

export interface CaptureUi {
  /** Shows an information message with buttons; resolves to the button clicked, if any. */
  notify(message: string, buttons: string[]): PromiseLike<string | undefined>;
  copyToClipboard(text: string): PromiseLike<void>;
  /** A short-lived confirmation, e.g. in the status bar. */
  confirm(message: string): void;
}

export interface CaptureOptions {
  readonly enabled: () => boolean;
  readonly defaultShell: () => string | undefined;
  readonly log: (message: string) => void;
  /** Characters of output kept per command: errors are printed last, so the tail is kept. */
  readonly maxCharacters?: number;
  /** How long to wait for the output stream to finish after the command has ended. */
  readonly drainTimeoutMs?: number;
  /** A record already notified about is not shown again for this long (watch loops, retries). */
  readonly repeatIntervalMs?: number;
  /**
   * Fuzzy matches below this score are not announced: a notification interrupts, and any failed
   * command has some line that is vaguely like a known message.
   */
  readonly minimumFuzzyScore?: number;
  readonly now?: () => number;
}

export type CaptureOutcome =
  | { readonly kind: "skipped"; readonly reason: string }
  | { readonly kind: "no-match" }
  | {
      readonly kind: "notified";
      readonly match: MatchDict;
      readonly shell: ShellName | undefined;
      readonly choice: string | undefined;
    };

interface Recording {
  chunks: string[];
  length: number;
  done: Promise<void>;
}

const DEFAULT_MAX_CHARACTERS = 256 * 1024;

export class TerminalCapture {
  private readonly recordings = new Map<ExecutionLike, Recording>();
  private readonly lastNotified = new Map<string, number>();
  private readonly maxCharacters: number;
  private readonly drainTimeoutMs: number;
  private readonly repeatIntervalMs: number;
  private readonly minimumFuzzyScore: number;
  private readonly now: () => number;

  constructor(
    private readonly server: () => ErrkbServer | undefined,
    private readonly ui: CaptureUi,
    private readonly options: CaptureOptions,
  ) {
    this.maxCharacters = options.maxCharacters ?? DEFAULT_MAX_CHARACTERS;
    this.drainTimeoutMs = options.drainTimeoutMs ?? 2_000;
    this.repeatIntervalMs = options.repeatIntervalMs ?? 30_000;
    this.minimumFuzzyScore = options.minimumFuzzyScore ?? 0.8;
    this.now = options.now ?? Date.now;
  }

  /**
   * Starts recording. `read()` only yields what is written after its first call, so this must
   * run when the execution starts, not when it ends.
   */
  started(execution: ExecutionLike): void {
    if (!this.options.enabled()) {
      return;
    }
    const recording: Recording = { chunks: [], length: 0, done: Promise.resolve() };
    recording.done = this.record(execution, recording);
    this.recordings.set(execution, recording);
  }

  private async record(execution: ExecutionLike, recording: Recording): Promise<void> {
    try {
      for await (const chunk of execution.read()) {
        recording.chunks.push(chunk);
        recording.length += chunk.length;
        while (recording.length - recording.chunks[0].length >= this.maxCharacters) {
          recording.length -= recording.chunks.shift()?.length ?? 0;
        }
      }
    } catch (error) {
      this.options.log(`terminal capture: reading output failed: ${String(error)}`);
    }
  }

  /** Handles the end of a command: looks up failed commands' output and offers the fix. */
  async ended(
    execution: ExecutionLike,
    exitCode: number | undefined,
    terminal: TerminalLike,
  ): Promise<CaptureOutcome> {
    const recording = this.recordings.get(execution);
    this.recordings.delete(execution);
    if (!this.options.enabled()) {
      return { kind: "skipped", reason: "terminal capture is off" };
    }
    if (recording === undefined) {
      return { kind: "skipped", reason: "the command started before capture began" };
    }
    if (exitCode === 0) {
      return { kind: "skipped", reason: "the command succeeded" };
    }
    if (exitCode === undefined) {
      // Shell integration could not tell; a guess would notify after every Ctrl+C.
      return { kind: "skipped", reason: "the exit code is unknown" };
    }
    const server = this.server();
    if (server === undefined) {
      return { kind: "skipped", reason: "the language server is not running" };
    }
    await Promise.race([recording.done, delay(this.drainTimeoutMs)]);
    const output = stripAnsi(recording.chunks.join("")).slice(-this.maxCharacters);
    if (output.trim() === "") {
      return { kind: "skipped", reason: "the command printed nothing" };
    }
    const shell = detectTerminalShell(terminal, this.options.defaultShell());
    let matches: MatchDict[];
    try {
      matches = distinctMatches(await server.lookup(output, shell)).filter(
        (candidate) => candidate.kind !== "fuzzy" || candidate.score >= this.minimumFuzzyScore,
      );
    } catch (error) {
      this.options.log(`terminal capture: errkb.lookup failed: ${String(error)}`);
      return { kind: "skipped", reason: "errkb.lookup failed" };
    }
    const match = matches[0];
    if (match === undefined) {
      return { kind: "no-match" };
    }
    const now = this.now();
    const previous = this.lastNotified.get(match.id);
    if (previous !== undefined && now - previous < this.repeatIntervalMs) {
      return { kind: "skipped", reason: `already notified about ${match.id}` };
    }
    this.lastNotified.set(match.id, now);
    const choice = await this.offer(server, match, execution.commandLine.value);
    return { kind: "notified", match, shell, choice };
  }

  private async offer(
    server: ErrkbServer,
    match: MatchDict,
    commandLine: string,
  ): Promise<string | undefined> {
    const fixCommand = bestFixCommand(match);
    const buttons = [BUTTON_SHOW_FIX, ...(fixCommand ? [BUTTON_COPY_COMMAND] : []), BUTTON_IGNORE];
    const choice = await this.ui.notify(notificationMessage(match, commandLine), buttons);
    try {
      if (choice === BUTTON_SHOW_FIX) {
        await server.explain(match.id);
      } else if (choice === BUTTON_COPY_COMMAND && fixCommand) {
        await this.ui.copyToClipboard(fixCommand);
        this.ui.confirm(`errkb: copied ${fixCommand.split("\n")[0]}`);
      } else if (choice === BUTTON_IGNORE) {
        await server.ignore(match.id);
        this.ui.confirm(`errkb: ${match.id} is ignored in this workspace`);
      }
    } catch (error) {
      this.options.log(`terminal capture: "${choice}" failed: ${String(error)}`);
    }
    return choice;
  }
}

const MAX_COMMAND_SHOWN = 60;

/** "errkb: <error name> (from `<command>`). <one-line summary>" */
export function notificationMessage(match: MatchDict, commandLine: string): string {
  const command = commandLine.trim();
  const shown =
    command.length > MAX_COMMAND_SHOWN ? `${command.slice(0, MAX_COMMAND_SHOWN - 1)}…` : command;
  const origin = shown === "" ? "" : ` (from \`${shown}\`)`;
  const summary = match.summary.trim() === "" ? "" : ` ${match.summary.trim()}`;
  return `errkb: ${match.signature}${origin}.${summary}`;
}

function delay(milliseconds: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, milliseconds);
    timer.unref?.();
  });
}
