/**
 * Turns raw terminal output (as `TerminalShellExecution.read()` yields it) into the plain text a
 * person saw, so that errkb's patterns match it.
 */

// OSC sequences (title changes, hyperlinks, VS Code's own 633 shell-integration marks) end with
// BEL or ST; they carry text that never appeared on screen, so they go first and whole.
const OSC = /\u001b\][\s\S]*?(?:\u0007|\u001b\\)/g;
// DCS, SOS, PM and APC strings, also terminated by ST.
const STRING_SEQUENCES = /\u001b[PX^_][\s\S]*?\u001b\\/g;
// CSI: colours, cursor movement, erase-line. Parameter bytes 0x30-0x3F, intermediates 0x20-0x2F,
// final byte 0x40-0x7E. The 8-bit form (0x9B) is rare but some Windows tools emit it.
const CSI = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]/g;
// Remaining two- and three-byte escapes: charset selection, keypad modes, RIS.
const OTHER_ESCAPES = /\u001b(?:[\u0020-\u002f]+[\u0030-\u007e]|[\u0030-\u007e])/g;
// An OSC cut off by the end of the buffer (we keep a bounded tail of the output).
const UNTERMINATED_OSC = /\u001b\][^\u0007\u001b]*$/;
// C0 controls other than tab, line feed and carriage return, plus DEL and any stray ESC.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const IS_CONTROL_CHARACTER = /^[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]$/;

/** Removes terminal escape sequences and applies carriage returns and backspaces. */
export function stripAnsi(raw: string): string {
  const withoutEscapes = raw
    .replace(OSC, "")
    .replace(STRING_SEQUENCES, "")
    .replace(UNTERMINATED_OSC, "")
    .replace(CSI, "")
    .replace(OTHER_ESCAPES, "");
  const lines = withoutEscapes.replace(/\r\n/g, "\n").split("\n");
  return lines.map(renderLine).join("\n");
}

/**
 * A progress bar redraws its line with `\r`; what stays on screen is what was written last,
 * laid over what was there before. Backspace moves the cursor one cell left.
 */
function renderLine(line: string): string {
  if (!line.includes("\r") && !line.includes("\b")) {
    return line.replace(CONTROL_CHARACTERS, "");
  }
  const cells: string[] = [];
  let cursor = 0;
  for (const character of line) {
    if (character === "\r") {
      cursor = 0;
    } else if (character === "\b") {
      cursor = Math.max(0, cursor - 1);
    } else if (!IS_CONTROL_CHARACTER.test(character)) {
      cells[cursor] = character;
      cursor += 1;
    }
  }
  return cells.join("");
}
