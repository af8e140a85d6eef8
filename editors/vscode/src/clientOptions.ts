/**
 * The LanguageClient's options: which documents go to errkb-lsp, and how its settings reach it.
 */
import type { DocumentFilter } from "vscode-languageclient";
import type { LanguageClientOptions } from "vscode-languageclient/node";
import {
  answerConfiguration,
  globPatterns,
  type ConfigurationItemLike,
  type ServerSettings,
} from "./settings";

/**
 * Log and plain-text files, untitled buffers (where users paste output), and files matching the
 * `globs` setting. Only the `file` and `untitled` schemes: never `output:` panels, whose text
 * includes the server's own trace and would feed itself.
 */
export function documentSelector(globs: readonly string[]): DocumentFilter[] {
  return [
    { scheme: "file", language: "log" },
    { scheme: "file", language: "plaintext" },
    { scheme: "untitled" },
    ...globPatterns(globs).map((pattern) => ({ scheme: "file", pattern })),
  ];
}

function isErrkbSection(section: string | undefined): boolean {
  return !section || section === "errkb" || section.startsWith("errkb.");
}

export interface ClientOptionsInputs {
  readonly settings: ServerSettings;
  /** The `errkb` section for a scope (a document or folder URI), as sent to the server. */
  readonly readSettings: (scopeUri: string | undefined) => ServerSettings;
  readonly outputChannel: LanguageClientOptions["outputChannel"];
}

export function clientOptions(inputs: ClientOptionsInputs): LanguageClientOptions {
  return {
    documentSelector: documentSelector(inputs.settings.globs),
    initializationOptions: inputs.settings,
    diagnosticCollectionName: "errkb",
    outputChannel: inputs.outputChannel,
    middleware: {
      workspace: {
        // VS Code would answer with the raw `errkb` section; the server gets the normalised one
        // (paths expanded, wrong types dropped), the same as its initializationOptions.
        configuration: async (params, token, next) => {
          const items: readonly ConfigurationItemLike[] = params.items;
          const needsFallback = items.some((item) => !isErrkbSection(item.section));
          const fallback = needsFallback ? await next(params, token) : [];
          const others: unknown[] = Array.isArray(fallback) ? fallback : [];
          return answerConfiguration(items, inputs.readSettings, (index) => others[index] ?? null);
        },
      },
    },
  };
}
