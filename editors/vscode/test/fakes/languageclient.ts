/**
 * A stand-in for `vscode-languageclient/node` (which needs the real editor): records how the
 * extension builds its client and answers requests from a handler the test sets.
 */
export const ExecuteCommandRequest = { type: { method: "workspace/executeCommand" } };
export const DidChangeConfigurationNotification = {
  type: { method: "workspace/didChangeConfiguration" },
};

export interface SentRequest {
  readonly method: string;
  readonly params: { command: string; arguments: unknown[] };
}

export const fakeClients = {
  created: [] as LanguageClient[],
  requests: [] as SentRequest[],
  notifications: [] as { method: string; params: unknown }[],
  respond: (_request: SentRequest): unknown => null,
  reset(): void {
    this.created = [];
    this.requests = [];
    this.notifications = [];
    this.respond = () => null;
  },
};

export class LanguageClient {
  running = false;
  constructor(
    readonly id: string,
    readonly name: string,
    readonly serverOptions: { command: string; args: string[] },
    readonly clientOptions: {
      documentSelector: unknown[];
      initializationOptions: unknown;
      middleware: {
        workspace: {
          configuration: (params: unknown, token: unknown, next: unknown) => Promise<unknown[]>;
        };
      };
    },
  ) {
    fakeClients.created.push(this);
  }
  start(): Promise<void> {
    this.running = true;
    return Promise.resolve();
  }
  stop(): Promise<void> {
    this.running = false;
    return Promise.resolve();
  }
  sendRequest(type: { method: string }, params: SentRequest["params"]): Promise<unknown> {
    const request = { method: type.method, params };
    fakeClients.requests.push(request);
    return Promise.resolve(fakeClients.respond(request));
  }
  sendNotification(type: { method: string }, params: unknown): Promise<void> {
    fakeClients.notifications.push({ method: type.method, params });
    return Promise.resolve();
  }
}
