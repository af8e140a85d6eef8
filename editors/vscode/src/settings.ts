/**
 * The `errkb` settings section as the language server reads it, built from VS Code's
 * configuration. The same object goes out as `initializationOptions` and as the answer to
 * `workspace/configuration`, so the server sees one shape whichever way it asks.
 */
import * as os from "node:os";
import * as path from "node:path";

export type Severity = "error" | "warning" | "information" | "hint";

export interface ServerSettings {
  ignore: string[];
  severity: Record<string, Severity>;
  globs: string[];
  knowledgeBasePaths: string[];
  fuzzy: boolean;
  maxFileSize?: number;
  terminalCapture: boolean;
  interpreter?: string;
}

/** The slice of `vscode.WorkspaceConfiguration` this module needs. */
export interface ConfigurationLike {
  get<T>(section: string): T | undefined;
}

export const DEFAULT_GLOBS: readonly string[] = ["*.log", "*.out", "*.err", "*.txt"];
const SEVERITIES: ReadonlySet<string> = new Set(["error", "warning", "information", "hint"]);

/** Expands `~` and `${workspaceFolder}`; relative paths are taken from the workspace folder. */
export function expandPath(value: string, workspaceFolder: string | undefined): string {
  let expanded = value.trim();
  if (workspaceFolder) {
    expanded = expanded.replace(/\$\{workspaceFolder\}/g, workspaceFolder);
  }
  if (expanded === "~" || expanded.startsWith("~/") || expanded.startsWith("~\\")) {
    expanded = path.join(os.homedir(), expanded.slice(1));
  }
  if (workspaceFolder && !path.isAbsolute(expanded)) {
    expanded = path.resolve(workspaceFolder, expanded);
  }
  return expanded;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === "string" && item.trim() !== "")
    : [];
}

/**
 * Reads the `errkb` section. Values of the wrong type are dropped here rather than sent on:
 * the server would fall back to its defaults anyway, and dropping keeps the rest of the section.
 */
export function readServerSettings(
  configuration: ConfigurationLike,
  workspaceFolder: string | undefined,
): ServerSettings {
  const severity: Record<string, Severity> = {};
  const rawSeverity = configuration.get<unknown>("severity");
  if (rawSeverity && typeof rawSeverity === "object" && !Array.isArray(rawSeverity)) {
    for (const [key, value] of Object.entries(rawSeverity as Record<string, unknown>)) {
      if (typeof value === "string" && SEVERITIES.has(value)) {
        severity[key] = value as Severity;
      }
    }
  }
  const configuredGlobs = configuration.get<unknown>("globs");
  const settings: ServerSettings = {
    ignore: stringList(configuration.get<unknown>("ignore")),
    severity,
    globs: Array.isArray(configuredGlobs) ? stringList(configuredGlobs) : [...DEFAULT_GLOBS],
    knowledgeBasePaths: stringList(configuration.get<unknown>("knowledgeBasePaths")).map((entry) =>
      expandPath(entry, workspaceFolder),
    ),
    fuzzy: configuration.get<unknown>("fuzzy") !== false,
    terminalCapture: configuration.get<unknown>("terminalCapture") !== false,
  };
  const maxFileSize = configuration.get<unknown>("maxFileSize");
  if (typeof maxFileSize === "number" && Number.isFinite(maxFileSize) && maxFileSize >= 0) {
    settings.maxFileSize = Math.floor(maxFileSize);
  }
  const interpreter = configuration.get<unknown>("interpreter");
  if (typeof interpreter === "string" && interpreter.trim() !== "") {
    settings.interpreter = expandPath(interpreter, workspaceFolder);
  }
  return settings;
}

/** One item of a `workspace/configuration` request. */
export interface ConfigurationItemLike {
  section?: string;
  scopeUri?: string;
}

/**
 * Answers a `workspace/configuration` request: the `errkb` section (or nothing named, which the
 * server uses to mean its own section) from `read`, anything else from `fallback`.
 */
export function answerConfiguration(
  items: readonly ConfigurationItemLike[],
  read: (scopeUri: string | undefined) => ServerSettings,
  fallback: (index: number) => unknown,
): unknown[] {
  return items.map((item, index) => {
    if (item.section === "errkb" || item.section === undefined || item.section === "") {
      return read(item.scopeUri);
    }
    if (item.section.startsWith("errkb.")) {
      const key = item.section.slice("errkb.".length) as keyof ServerSettings;
      return read(item.scopeUri)[key] ?? null;
    }
    return fallback(index);
  });
}

/** File patterns for the client's document selector, from the `globs` setting. */
export function globPatterns(globs: readonly string[]): string[] {
  return globs.map((glob) => (glob.includes("/") ? glob : `**/${glob}`));
}
