import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MOBILE, OPENID } from '../support/fixtures';
import { world } from '../support/harness';

/** A client clock the test moves by hand (ms): far from the mock's wall clock, so the offset must be learned. */
export function handClock(start = 1_000_000_000_000) {
  const clock = { ms: start, now: () => clock.ms };
  return clock;
}

/** A world whose user is signed in through WeChat, with a hand-moved client clock. */
export async function signedIn(options: Parameters<typeof world>[0] = {}, start?: number) {
  const clock = handClock(start);
  const w = await world({ ...options, client: { clock, ...options.client } });
  w.mock.addUser({ mobile: MOBILE, openid: OPENID });
  const result = await w.eiam.loginWithWeChat();
  if (result.status !== 'SUCCESS') throw new Error('expected SUCCESS');
  const refreshes = () => w.mock.requestsTo('/sso/session-token/id-token');
  /** Time passes for both: the client's clock and the server's. */
  const elapse = (ms: number) => {
    clock.ms += ms;
    w.mock.advanceTime(ms);
  };
  return { ...w, clock, elapse, session: result.session, refreshes };
}

export interface BackendCall {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface AppBackend {
  url: string;
  /** `127.0.0.1:<port>`, what `allowedHosts` lists. */
  host: string;
  calls: BackendCall[];
  /** Statuses of the next answers, taken in order; 200 when empty. */
  statuses: number[];
  close(): Promise<void>;
}

const backends: AppBackend[] = [];

/** The app's own backend, stubbed: records every call and answers `{call: n}` with the queued statuses. */
export async function startBackend(statuses: number[] = []): Promise<AppBackend> {
  const calls: BackendCall[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      calls.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      const status = backend.statuses.shift() || 200;
      res.writeHead(status, { 'Content-Type': 'application/json', 'X-Call': String(calls.length) });
      res.end(JSON.stringify({ call: calls.length }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const backend: AppBackend = {
    url: `http://${host}`,
    host,
    calls,
    statuses,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  backends.push(backend);
  return backend;
}

/** Closes every backend started by {@link startBackend}. */
export async function closeBackends(): Promise<void> {
  while (backends.length) await backends.pop()!.close();
}

/** The `Authorization` bearer token of a call. */
export function bearerOf(call: BackendCall): string | undefined {
  const value = call.headers.authorization;
  return value && value.startsWith('Bearer ') ? value.slice(7) : undefined;
}
