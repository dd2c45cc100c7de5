import fc from 'fast-check';
import { isEiamError, type EiamClient, type Session } from '../../src';
import { MOBILE, OPENID, OTHER_MOBILE } from '../support/fixtures';
import { world, type World } from '../support/harness';
import { handClock } from '../after-sign-in/support';

/**
 * Model test: a random sequence of operations spread over 1–4 clients of one session gives the same observable results
 * as the same sequence on one client (the model). Observed: each operation's outcome, each client's session events
 * (a client made later hears what the model heard from then on), the requests the mock received, the wx.login codes
 * spent and what storage holds at the end. Tokens are compared by order of first appearance, as each run mints its own.
 */

const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261204;
const RUNS = 150;
const MAX_OPS = 30;

/** `on`: which client (modulo how many there are); `twice`: the call is made twice at once (on `on` and the next). */
type Op =
  | { op: 'login'; on: number; twice: boolean; user: 'bound' | 'new' }
  | { op: 'sendCode'; on: number; twice: boolean; to: 0 | 1 }
  | { op: 'bind'; on: number; twice: boolean; to: 0 | 1; right: boolean }
  | { op: 'refresh'; on: number; twice: boolean }
  | { op: 'getIdToken'; on: number; twice: boolean }
  | { op: 'logout'; on: number; twice: boolean }
  | { op: 'relaunch' }
  | { op: 'appShow' }
  | { op: 'construct' }
  | { op: 'wait'; seconds: number };

const on = fc.nat(3);
const twice = fc.boolean();
const to = fc.constantFrom(0 as const, 1 as const);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('login' as const),
    on,
    twice,
    user: fc.constantFrom('bound' as const, 'new' as const),
  }),
  fc.record({ op: fc.constant('sendCode' as const), on, twice, to }),
  fc.record({ op: fc.constant('bind' as const), on, twice, to, right: fc.boolean() }),
  fc.record({ op: fc.constant('refresh' as const), on, twice }),
  fc.record({ op: fc.constant('getIdToken' as const), on, twice }),
  fc.record({ op: fc.constant('logout' as const), on, twice }),
  fc.constant({ op: 'relaunch' as const }),
  fc.constant({ op: 'appShow' as const }),
  fc.constant({ op: 'construct' as const }),
  fc.record({ op: fc.constant('wait' as const), seconds: fc.constantFrom(30, 250, 300_000) }),
);

const sequence = fc
  .tuple(fc.nat(3), fc.array(opArb, { minLength: 1, maxLength: MAX_OPS }))
  .map(([more, ops]): Op[] => [
    ...Array.from({ length: more }, () => ({ op: 'construct' as const })),
    ...ops,
  ]);

const MOBILES = [MOBILE, OTHER_MOBILE];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What one run observed. */
interface Trace {
  outcomes: string[];
  /** Per client: the events it heard, and the index into its run's model log at which it was made. */
  clients: Array<{ run: number; from: number; heard: string[] }>;
  requests: string[];
  wxLogins: number;
  stored: string;
}

async function play(ops: Op[], spread: boolean): Promise<Trace> {
  const clock = handClock();
  const w: World = await world({ client: { clock, codeCooldownMs: 60_000 } });
  try {
    w.mock.addUser({ mobile: MOBILE, openid: OPENID });
    const names = new Map<string, string>();
    const canon = (token: string) => {
      if (!names.has(token)) names.set(token, `t${names.size}`);
      return names.get(token)!;
    };
    const sess = (s: Session | null) => (s ? `${canon(s.idToken)}/${canon(s.sessionToken)}` : '-');
    const trace: Trace = { outcomes: [], clients: [], requests: [], wxLogins: 0, stored: '' };
    let run = 0;
    let clients: EiamClient[] = [];
    const track = (c: EiamClient) => {
      const record = {
        run,
        from: trace.clients.filter((x) => x.run === run)[0]?.heard.length ?? 0,
        heard: [] as string[],
      };
      c.onSessionChange((s, { reason }) => record.heard.push(`${reason} ${sess(s)}`));
      trace.clients.push(record);
      clients.push(c);
    };
    track(w.eiam);
    const outcome = async (p: Promise<unknown>, show: (v: never) => string) => {
      try {
        return show((await p) as never);
      } catch (error) {
        return isEiamError(error) ? error.code : `thrown ${String(error)}`;
      }
    };
    /** One call of a client operation, as its observable outcome. */
    const act = (o: Extract<Op, { on: number }>, c: EiamClient): Promise<string> => {
      switch (o.op) {
        case 'login':
          return outcome(c.loginWithWeChat(), (r: { status: string; session?: Session }) =>
            r.session ? `SUCCESS ${sess(r.session)}` : r.status,
          );
        case 'sendCode':
          return outcome(c.sendSmsCode({ mobile: MOBILES[o.to]!, type: 'REGISTER_SMS' }), () => 'sent');
        case 'bind': {
          const code = (o.right && w.mock.lastCode(MOBILES[o.to]!)) || '000000';
          return outcome(c.registerBind({ mobile: MOBILES[o.to]!, verifyCode: code }), sess);
        }
        case 'refresh':
          return outcome(c.refreshIdToken(), sess);
        case 'getIdToken':
          return outcome(c.getIdToken(), canon);
        case 'logout':
          return outcome(c.logout(), () => 'out');
      }
    };
    for (const o of ops) {
      let result = '';
      if ('on' in o) {
        const pick = (i: number) => clients[spread ? i % clients.length : 0]!;
        if (o.op === 'login') w.fake.setOpenid(o.user === 'bound' ? OPENID : 'o-new-wechat-user');
        const results = await Promise.all((o.twice ? [o.on, o.on + 1] : [o.on]).map((i) => act(o, pick(i))));
        result = `${results.join(', ')} ${pick(o.on).hasStateToken()}`;
      } else if (o.op === 'relaunch') {
        run++;
        clients = [];
        track(w.restart());
      } else if (o.op === 'appShow') {
        w.fake.appShow();
        // A background refresh, if any, goes over real HTTP: wait until the mock and storage are quiet.
        let seen = -1;
        while (seen !== w.mock.requests.length) {
          seen = w.mock.requests.length;
          await sleep(30);
        }
      } else if (o.op === 'construct') {
        if (spread) track(w.another());
      } else {
        clock.ms += o.seconds * 1000;
        w.mock.advanceTime(o.seconds * 1000);
      }
      trace.outcomes.push(`${o.op}: ${result}`);
    }
    trace.requests = w.mock.requests.map((r) => `${r.method} ${r.path}`);
    trace.wxLogins = w.fake.loginCodes.length;
    const raw = w.fake.storage.raw('eiam.v1.session');
    const stored =
      raw && typeof raw.data === 'string' && raw.data
        ? (JSON.parse(raw.data) as { s: string; i: string })
        : null;
    trace.stored = stored ? `${canon(stored.i)}/${canon(stored.s)}` : '-';
    return trace;
  } finally {
    await w.mock.close();
  }
}

describe('model: any number of clients behave as one', () => {
  it(`gives the same observable results on 1–4 clients as on one (fast-check, seed ${SEED}, ${RUNS} sequences of up to ${MAX_OPS} operations)`, async () => {
    let sequences = 0;
    let operations = 0;
    let spreadOver = 0;
    await fc.assert(
      // 0–3 more clients first (so most sequences run on 2–4 clients from the start), then the operations.
      fc.asyncProperty(sequence, async (ops) => {
        sequences++;
        operations += ops.length;
        const model = await play(ops, false);
        const many = await play(ops, true);
        spreadOver += many.clients.length > model.clients.length ? 1 : 0;
        expect(many.outcomes).toEqual(model.outcomes);
        expect(many.requests).toEqual(model.requests);
        expect(many.wxLogins).toBe(model.wxLogins);
        expect(many.stored).toBe(model.stored);
        // Every client heard what the model's client of the same run heard from the moment it was made.
        for (const client of many.clients) {
          const own = model.clients.find((m) => m.run === client.run)!;
          expect(client.heard).toEqual(own.heard.slice(client.from));
        }
      }),
      {
        seed: SEED,
        numRuns: RUNS,
        reporter: (details) => {
          if (details.failed) {
            throw new Error(
              `property failed with seed ${details.seed} (rerun: FC_SEED=${details.seed}), path ${String(details.counterexamplePath)}\n` +
                `shrunk sequence: ${fc.stringify(details.counterexample)}\n${String(details.errorInstance)}`,
            );
          }
        },
      },
    );
    expect(sequences).toBe(RUNS);
    // Most sequences really use more than one client (a sequence without "construct" stays on one).
    expect(spreadOver).toBeGreaterThan(RUNS * 0.6);
    process.stdout.write(
      `model test: ${sequences} sequences, ${operations} operations, ${spreadOver} on 2–4 clients\n`,
    );
  }, 300_000);
});
