import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { stripAnsi } from "../src/ansi";

describe("stripAnsi", () => {
  it("removes colours and styles", () => {
    assert.equal(
      stripAnsi("\u001b[1;31mERROR:\u001b[0m No matching distribution found for \u001b[36mfoo\u001b[39m"),
      "ERROR: No matching distribution found for foo",
    );
  });

  it("removes VS Code shell-integration marks and their payload", () => {
    const raw =
      "\u001b]633;C\u0007Traceback (most recent call last):\r\n" +
      "ModuleNotFoundError: No module named 'yaml'\r\n" +
      "\u001b]633;D;1\u0007\u001b]633;P;Cwd=/home/me/project\u001b\\";
    assert.equal(
      stripAnsi(raw),
      "Traceback (most recent call last):\nModuleNotFoundError: No module named 'yaml'\n",
    );
  });

  it("keeps the visible text of hyperlinks", () => {
    assert.equal(
      stripAnsi("see \u001b]8;;https://example.invalid/docs\u001b\\the docs\u001b]8;;\u001b\\ now"),
      "see the docs now",
    );
  });

  it("keeps what a progress bar left on screen after carriage returns", () => {
    assert.equal(
      stripAnsi("Downloading  10%\rDownloading 100%\r\nerror: failed\n"),
      "Downloading 100%\nerror: failed\n",
    );
    assert.equal(stripAnsi("abcdef\rXY"), "XYcdef");
  });

  it("applies backspaces and drops other control characters", () => {
    assert.equal(stripAnsi("pipp\b install\u0007 x"), "pip install x");
  });

  it("drops cursor movement, erase-line and charset escapes", () => {
    assert.equal(stripAnsi("\u001b[2K\u001b[1Gnpm ERR! code E404\u001b(B\u001b="), "npm ERR! code E404");
    assert.equal(stripAnsi("\u009b31mred\u009b0m"), "red");
  });

  it("drops an escape sequence cut off at the end of the kept output", () => {
    assert.equal(stripAnsi("zsh: no matches found: uvicorn[standard]\n\u001b]633;D;1"), "zsh: no matches found: uvicorn[standard]\n");
  });

  it("leaves plain text and non-ASCII text alone", () => {
    const text = "Fehler: Datei »config.yaml« nicht gefunden\n\tline 2 — 😀";
    assert.equal(stripAnsi(text), text);
  });
});
