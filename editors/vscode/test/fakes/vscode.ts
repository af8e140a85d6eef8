/**
 * A small stand-in for the `vscode` module, enough for the extension's activation, commands,
 * terminal events and status bar. Tests drive it through `fake` and read what the extension did.
 */
import * as path from "node:path";

type Listener<T> = (event: T) => unknown;

export class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>): { dispose(): void } => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((each) => each !== listener)) };
  };
  fire(event: T): void {
    for (const listener of [...this.listeners]) {
      listener(event);
    }
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly fsPath: string,
  ) {}
  static file(fsPath: string): Uri {
    return new Uri("file", path.resolve(fsPath));
  }
  static parse(value: string): Uri {
    const match = /^([a-z][\w+.-]*):(?:\/\/)?(.*)$/i.exec(value);
    if (!match) {
      return new Uri("file", value);
    }
    return new Uri(match[1], match[1] === "file" ? decodeURIComponent(match[2]) : match[2]);
  }
  get path(): string {
    return this.fsPath;
  }
  toString(): string {
    return this.scheme === "file" ? `file://${this.fsPath}` : `${this.scheme}:${this.fsPath}`;
  }
}

export enum StatusBarAlignment {
  Left = 1,
  Right = 2,
}

export class FakeStatusBarItem {
  name = "";
  text = "";
  tooltip: string | undefined;
  command: string | undefined;
  visible = false;
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  dispose(): void {
    this.visible = false;
  }
}

export interface ShownMessage {
  readonly level: "information" | "error" | "warning";
  readonly message: string;
  readonly buttons: string[];
}

export interface FakeDiagnostic {
  readonly source?: string;
  readonly message: string;
}

export interface FakeDocument {
  readonly uri: Uri;
  readonly languageId: string;
  getText(range?: unknown): string;
  lineAt(line: number): { text: string };
}

/** State the tests set up and inspect. */
export const fake = {
  configuration: {} as Record<string, unknown>,
  workspaceFolders: undefined as { uri: Uri; name: string; index: number }[] | undefined,
  extensions: {} as Record<string, unknown>,
  shell: "/bin/bash",
  clipboard: "",
  messages: [] as ShownMessage[],
  statusMessages: [] as string[],
  /** Decides the button clicked for each message; undefined dismisses it. */
  answer: (_message: ShownMessage): string | undefined => undefined,
  quickPick: (items: unknown[]): unknown => items[0],
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  executedCommands: [] as { command: string; args: unknown[] }[],
  statusItems: [] as FakeStatusBarItem[],
  diagnostics: new Map<string, FakeDiagnostic[]>(),
  activeTextEditor: undefined as
    | { document: FakeDocument; selection: unknown; selections: unknown[] }
    | undefined,
  output: [] as string[],
  events: {
    startExecution: new EventEmitter<unknown>(),
    endExecution: new EventEmitter<unknown>(),
    configuration: new EventEmitter<{ affectsConfiguration(section: string): boolean }>(),
    diagnostics: new EventEmitter<unknown>(),
    activeEditor: new EventEmitter<unknown>(),
  },
  reset(): void {
    this.configuration = {};
    this.workspaceFolders = undefined;
    this.extensions = {};
    this.shell = "/bin/bash";
    this.clipboard = "";
    this.messages = [];
    this.statusMessages = [];
    this.answer = () => undefined;
    this.quickPick = (items) => items[0];
    this.commands = new Map();
    this.executedCommands = [];
    this.statusItems = [];
    this.diagnostics = new Map();
    this.activeTextEditor = undefined;
    this.output = [];
    for (const emitter of Object.values(this.events)) {
      emitter.dispose();
    }
  },
};

function show(level: ShownMessage["level"]) {
  return (message: string, ...buttons: string[]): Promise<string | undefined> => {
    const shown = { level, message, buttons };
    fake.messages.push(shown);
    return Promise.resolve(fake.answer(shown));
  };
}

const disposable = { dispose(): void {} };

export const window = {
  createOutputChannel: (_name: string) => ({
    appendLine: (line: string) => fake.output.push(line),
    append: (text: string) => fake.output.push(text),
    show: () => undefined,
    dispose: () => undefined,
  }),
  createStatusBarItem: () => {
    const item = new FakeStatusBarItem();
    fake.statusItems.push(item);
    return item;
  },
  showInformationMessage: show("information"),
  showErrorMessage: show("error"),
  showWarningMessage: show("warning"),
  showQuickPick: (items: unknown[]) => Promise.resolve(fake.quickPick(items)),
  setStatusBarMessage: (message: string) => {
    fake.statusMessages.push(message);
    return disposable;
  },
  get activeTextEditor() {
    return fake.activeTextEditor;
  },
  onDidStartTerminalShellExecution: (listener: Listener<unknown>) =>
    fake.events.startExecution.event(listener),
  onDidEndTerminalShellExecution: (listener: Listener<unknown>) =>
    fake.events.endExecution.event(listener),
  onDidChangeActiveTextEditor: (listener: Listener<unknown>) =>
    fake.events.activeEditor.event(listener),
};

export const workspace = {
  get workspaceFolders() {
    return fake.workspaceFolders;
  },
  getWorkspaceFolder: (_uri: Uri) => fake.workspaceFolders?.[0],
  getConfiguration: (section: string) => ({
    get: <T>(key: string): T | undefined => fake.configuration[`${section}.${key}`] as T | undefined,
  }),
  onDidChangeConfiguration: (listener: Listener<{ affectsConfiguration(section: string): boolean }>) =>
    fake.events.configuration.event(listener),
};

/** Enough of VS Code's glob syntax for `**` and `*`. */
function globToRegExp(glob: string): RegExp {
  const source = glob
    .split("**/")
    .map((part) => part.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*"))
    .join("(?:.*/)?");
  return new RegExp(`(?:^|/)${source}$`);
}

export const languages = {
  getDiagnostics: (uri: Uri) => fake.diagnostics.get(uri.toString()) ?? [],
  onDidChangeDiagnostics: (listener: Listener<unknown>) => fake.events.diagnostics.event(listener),
  match: (selector: { scheme?: string; language?: string; pattern?: string }[], document: FakeDocument) =>
    selector.some(
      (filter) =>
        (!filter.scheme || filter.scheme === document.uri.scheme) &&
        (!filter.language || filter.language === document.languageId) &&
        (!filter.pattern || globToRegExp(filter.pattern).test(document.uri.fsPath)),
    )
      ? 10
      : 0,
};

export const commands = {
  registerCommand: (command: string, callback: (...args: unknown[]) => unknown) => {
    if (fake.commands.has(command)) {
      throw new Error(`command '${command}' already exists`);
    }
    fake.commands.set(command, callback);
    return { dispose: () => fake.commands.delete(command) };
  },
  executeCommand: (command: string, ...args: unknown[]) => {
    fake.executedCommands.push({ command, args });
    return Promise.resolve(fake.commands.get(command)?.(...args));
  },
};

export const extensions = {
  getExtension: (id: string) => fake.extensions[id],
};

export const env = {
  get shell() {
    return fake.shell;
  },
  clipboard: {
    writeText: (text: string) => {
      fake.clipboard = text;
      return Promise.resolve();
    },
  },
};
