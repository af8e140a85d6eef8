/** Text of the status-bar item that counts errkb's diagnostics in the active file. */

export interface StatusView {
  readonly text: string;
  readonly tooltip: string;
}

/** The view for `count` recognised errors, listing up to a few of their names in the tooltip. */
export function statusView(count: number, names: readonly string[]): StatusView {
  if (count === 0) {
    return { text: "$(check) errkb", tooltip: "errkb: no recognised errors in this file" };
  }
  const distinct = [...new Set(names)];
  const listed = distinct.slice(0, 5).map((name) => `• ${name}`);
  if (distinct.length > listed.length) {
    listed.push(`• and ${distinct.length - listed.length} more`);
  }
  const noun = count === 1 ? "error" : "errors";
  return {
    text: `$(warning) errkb: ${count}`,
    tooltip: [`errkb recognised ${count} ${noun} in this file (click for Problems):`, ...listed].join(
      "\n",
    ),
  };
}

/** The view while the server cannot run (errkb missing from the interpreter, and so on). */
export function problemView(problem: string): StatusView {
  return { text: "$(error) errkb", tooltip: `${problem}\n\nClick to check again.` };
}
