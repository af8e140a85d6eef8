/**
 * The interpreter selected in the Python extension (ms-python.python), through its public API.
 * The extension is optional: errkb neither depends on it nor fails without it.
 */
import type * as vscode from "vscode";

export const PYTHON_EXTENSION_ID = "ms-python.python";

interface EnvironmentPath {
  readonly path: string;
}

interface ResolvedEnvironment {
  readonly executable?: { readonly uri?: { readonly fsPath: string } };
}

/** The parts of the Python extension's exported API read here (both the old and new shapes). */
interface PythonExtensionApi {
  readonly environments?: {
    getActiveEnvironmentPath(resource?: vscode.Uri): EnvironmentPath;
    resolveEnvironment(
      environment: EnvironmentPath | string,
    ): Thenable<ResolvedEnvironment | undefined>;
    readonly onDidChangeActiveEnvironmentPath?: vscode.Event<unknown>;
  };
  readonly settings?: {
    getExecutionDetails(resource?: vscode.Uri): { execCommand: string[] | undefined };
  };
}

type Extensions = Pick<typeof vscode.extensions, "getExtension">;

async function pythonApi(extensions: Extensions): Promise<PythonExtensionApi | undefined> {
  const extension = extensions.getExtension<PythonExtensionApi>(PYTHON_EXTENSION_ID);
  if (extension === undefined) {
    return undefined;
  }
  return extension.isActive ? extension.exports : await extension.activate();
}

/** The selected interpreter's executable, or undefined when there is no Python extension. */
export async function selectedInterpreter(
  extensions: Extensions,
  resource: vscode.Uri | undefined,
): Promise<string | undefined> {
  const api = await pythonApi(extensions);
  if (api?.environments) {
    const active = api.environments.getActiveEnvironmentPath(resource);
    const resolved = await api.environments.resolveEnvironment(active);
    return resolved?.executable?.uri?.fsPath ?? active.path;
  }
  // Releases before the environments API (2022) only had the execution details.
  const command = api?.settings?.getExecutionDetails(resource).execCommand;
  return command?.[0];
}

/** Subscribes to interpreter changes in the Python extension, if it offers the event. */
export async function onInterpreterChanged(
  extensions: Extensions,
  listener: () => void,
): Promise<vscode.Disposable | undefined> {
  try {
    const api = await pythonApi(extensions);
    return api?.environments?.onDidChangeActiveEnvironmentPath?.(listener);
  } catch {
    return undefined;
  }
}
