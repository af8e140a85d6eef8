/**
 * Makes `require("vscode")` and `require("vscode-languageclient/node")` return the fakes. Import
 * this first in a test file, before anything that imports the extension.
 */
import Module from "node:module";
import * as languageclient from "./languageclient";
import * as vscode from "./vscode";

/**
 * vscode-languageclient subclasses editor classes (CompletionItem, CodeLens...) when it loads;
 * those the fake does not define are empty classes, so the real bundle can be loaded too.
 */
const permissiveVscode = new Proxy(vscode, {
  get(target, property) {
    if (property in target) {
      return (target as Record<string | symbol, unknown>)[property];
    }
    return typeof property === "string" && /^[A-Z]/.test(property) ? class Placeholder {} : undefined;
  },
});

const replacements: Record<string, unknown> = {
  vscode: permissiveVscode,
  "vscode-languageclient/node": languageclient,
};

type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleWithLoad = Module as unknown as { _load: Load };
const originalLoad = moduleWithLoad._load;
moduleWithLoad._load = function load(request: string, parent: unknown, isMain: boolean): unknown {
  return request in replacements ? replacements[request] : originalLoad(request, parent, isMain);
};

export { fake } from "./vscode";
export { fakeClients } from "./languageclient";
