// The fakes stand in for the editor the bundle expects to run in.
import "./fakes/register";

import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";

const root = path.resolve(__dirname, "..", "..");
const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
  main: string;
  contributes: { commands: { command: string }[]; configuration: { properties: Record<string, unknown> } };
  activationEvents: string[];
};
const bundle = path.join(root, manifest.main);

describe("the packaged extension", () => {
  it("contributes every setting the server reads, plus the VS Code-only ones", () => {
    assert.deepEqual(Object.keys(manifest.contributes.configuration.properties).sort(), [
      "errkb.fuzzy",
      "errkb.globs",
      "errkb.ignore",
      "errkb.interpreter",
      "errkb.knowledgeBasePaths",
      "errkb.maxFileSize",
      "errkb.severity",
      "errkb.terminalCapture",
      "errkb.trace.server",
    ]);
  });

  it("activates on logs and plain text, and after startup for terminal capture", () => {
    assert.deepEqual(manifest.activationEvents, ["onLanguage:log", "onLanguage:plaintext", "onStartupFinished"]);
  });

  it(
    "bundles an entry point that exports activate and deactivate",
    { skip: fs.existsSync(bundle) ? false : `${manifest.main} is not built: run npm run compile` },
    () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const loaded = require(bundle) as { activate?: unknown; deactivate?: unknown };
      assert.equal(typeof loaded.activate, "function");
      assert.equal(typeof loaded.deactivate, "function");
    },
  );
});
