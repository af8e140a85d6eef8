/**
 * What the extension exchanges with errkb-lsp beyond standard LSP: the server's commands and the
 * match dictionaries `errkb.lookup` returns (errkb's `match_to_dict` shape).
 */
import type { ShellName } from "./shell";

export interface MatchFix {
  readonly action: string;
  readonly success_rate: number | null;
  readonly commands: readonly string[];
  readonly notes: readonly string[];
}

export interface MatchDict {
  readonly id: string;
  readonly signature: string;
  readonly summary: string;
  readonly severity: string;
  readonly score: number;
  /** "regex" for an exact pattern match, "fuzzy" for a line close to a known message. */
  readonly kind: string;
  readonly line: number;
  readonly text: string;
  readonly fixes: readonly MatchFix[];
  readonly documentation: string | null;
}

/** The server's commands, sent as `workspace/executeCommand`. */
export const SERVER_COMMANDS = {
  lookup: "errkb.lookup",
  explain: "errkb.explain",
  ignore: "errkb.ignore",
  reload: "errkb.reload",
} as const;

/** The server-side operations the extension uses; implemented over a LanguageClient. */
export interface ErrkbServer {
  lookup(text: string, shell: ShellName | undefined): Promise<MatchDict[]>;
  explain(id: string): Promise<void>;
  ignore(id: string): Promise<void>;
}

/**
 * Arguments of `errkb.lookup`: the text, then the environment the fixes are rendered for. The
 * shell is only sent when known, so the server's own detection applies otherwise.
 */
export function lookupArguments(text: string, shell: ShellName | undefined): unknown[] {
  return shell === undefined ? [text] : [text, { shell }];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

function parseFix(value: unknown): MatchFix | undefined {
  if (!isRecord(value) || typeof value.action !== "string") {
    return undefined;
  }
  return {
    action: value.action,
    success_rate: typeof value.success_rate === "number" ? value.success_rate : null,
    commands: strings(value.commands),
    notes: strings(value.notes),
  };
}

/** Validates the result of `errkb.lookup`; entries without an id and signature are dropped. */
export function parseMatches(result: unknown): MatchDict[] {
  if (!Array.isArray(result)) {
    return [];
  }
  const matches: MatchDict[] = [];
  for (const entry of result) {
    if (!isRecord(entry) || typeof entry.id !== "string" || typeof entry.signature !== "string") {
      continue;
    }
    matches.push({
      id: entry.id,
      signature: entry.signature,
      summary: typeof entry.summary === "string" ? entry.summary : "",
      severity: typeof entry.severity === "string" ? entry.severity : "error",
      score: typeof entry.score === "number" ? entry.score : 0,
      kind: typeof entry.kind === "string" ? entry.kind : "regex",
      line: typeof entry.line === "number" ? entry.line : 0,
      text: typeof entry.text === "string" ? entry.text : "",
      fixes: Array.isArray(entry.fixes)
        ? entry.fixes.map(parseFix).filter((fix): fix is MatchFix => fix !== undefined)
        : [],
      documentation: typeof entry.documentation === "string" ? entry.documentation : null,
    });
  }
  return matches;
}

/** The commands of the best-ranked fix that has any, joined one per line. */
export function bestFixCommand(match: MatchDict): string | undefined {
  const ranked = [...match.fixes].sort(
    (left, right) => (right.success_rate ?? 0) - (left.success_rate ?? 0),
  );
  const withCommands = ranked.find((fix) => fix.commands.length > 0);
  return withCommands?.commands.join("\n");
}

/** One match per record, best score first (the server may report a record on several lines). */
export function distinctMatches(matches: readonly MatchDict[]): MatchDict[] {
  const best = new Map<string, MatchDict>();
  for (const match of matches) {
    const seen = best.get(match.id);
    if (seen === undefined || match.score > seen.score) {
      best.set(match.id, match);
    }
  }
  return [...best.values()].sort((left, right) => right.score - left.score);
}
