import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clientOptions, documentSelector } from "../src/clientOptions";
import { answerConfiguration, readServerSettings, type ServerSettings } from "../src/settings";

function configuration(values: Record<string, unknown>) {
  return { get: <T>(key: string) => values[key] as T | undefined };
}

describe("readServerSettings", () => {
  it("has the server's defaults for an empty configuration", () => {
    assert.deepEqual(readServerSettings(configuration({}), undefined), {
      ignore: [],
      severity: {},
      globs: ["*.log", "*.out", "*.err", "*.txt"],
      knowledgeBasePaths: [],
      fuzzy: true,
      terminalCapture: true,
    });
  });

  it("passes every setting through, resolving paths against the workspace folder", () => {
    const settings = readServerSettings(
      configuration({
        ignore: ["uvicorn/websocket-library-missing"],
        severity: { uvicorn: "warning", "pip/no-matching-distribution": "hint" },
        globs: ["*.log", "build/*.txt"],
        knowledgeBasePaths: ["kb", "/srv/shared-kb", "${workspaceFolder}/more"],
        fuzzy: false,
        maxFileSize: 1048576.7,
        terminalCapture: false,
        interpreter: ".venv/bin/python",
      }),
      "/home/me/project",
    );
    assert.deepEqual(settings, {
      ignore: ["uvicorn/websocket-library-missing"],
      severity: { uvicorn: "warning", "pip/no-matching-distribution": "hint" },
      globs: ["*.log", "build/*.txt"],
      knowledgeBasePaths: ["/home/me/project/kb", "/srv/shared-kb", "/home/me/project/more"],
      fuzzy: false,
      maxFileSize: 1048576,
      terminalCapture: false,
      interpreter: "/home/me/project/.venv/bin/python",
    });
  });

  it("drops values of the wrong type instead of sending them on", () => {
    const settings = readServerSettings(
      configuration({
        ignore: "uvicorn/websocket-library-missing",
        severity: { uvicorn: "fatal", pip: 3, npm: "error" },
        globs: [3, "*.log"],
        maxFileSize: -1,
      }),
      undefined,
    );
    assert.deepEqual(settings.ignore, []);
    assert.deepEqual(settings.severity, { npm: "error" });
    assert.deepEqual(settings.globs, ["*.log"]);
    assert.equal(settings.maxFileSize, undefined);
  });
});

const settings: ServerSettings = readServerSettings(configuration({ ignore: ["a/b"] }), undefined);

describe("answerConfiguration", () => {
  it("answers the errkb section, single keys and foreign sections", () => {
    const scopes: (string | undefined)[] = [];
    const answer = answerConfiguration(
      [{ section: "errkb", scopeUri: "file:///p/x.log" }, { section: "errkb.ignore" }, { section: "editor" }, {}],
      (scopeUri) => {
        scopes.push(scopeUri);
        return settings;
      },
      (index) => `fallback ${index}`,
    );
    assert.deepEqual(answer, [settings, ["a/b"], "fallback 2", settings]);
    assert.equal(scopes[0], "file:///p/x.log");
  });
});

describe("client options", () => {
  it("selects log and plain-text files and untitled buffers, never output panels", () => {
    const selector = documentSelector(["*.log", "ci/*.txt"]);
    assert.deepEqual(selector, [
      { scheme: "file", language: "log" },
      { scheme: "file", language: "plaintext" },
      { scheme: "untitled" },
      { scheme: "file", pattern: "**/*.log" },
      { scheme: "file", pattern: "ci/*.txt" },
    ]);
    for (const filter of selector) {
      assert.ok(filter.scheme === "file" || filter.scheme === "untitled");
    }
  });

  it("sends the settings as initializationOptions and answers workspace/configuration with them", async () => {
    const options = clientOptions({ settings, readSettings: () => settings, outputChannel: undefined });
    assert.equal(options.initializationOptions, settings);
    const configure = options.middleware?.workspace?.configuration;
    assert.ok(configure);
    const next = () => [null, { tabSize: 4 }];
    const answer = await configure(
      { items: [{ section: "errkb" }, { section: "editor" }] },
      undefined as never,
      next as never,
    );
    assert.deepEqual(answer, [settings, { tabSize: 4 }]);
  });
});
