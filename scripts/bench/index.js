'use strict';

// `npm run bench`: size, overhead, round trips, cold start and worst-case timings of the SDK as shipped in
// miniprogram_dist/. Prints a table; `--write` also writes the same figures to BENCHMARKS.md and the README's
// Performance section (without it no tracked file changes). `--build` runs `npm run build` first. Deterministic apart
// from the clock: fixed counts, fixed seeds, warm-up, medians.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execSync } = require('child_process');
const size = require('./size');
const overhead = require('./overhead');
const { roundTrips, CONCURRENT } = require('./round-trips');
const cold = require('./cold-start');
const worst = require('./worst-case');
const perPage = require('./clients');
const { bytes, kib, ms, us, row, textTable, markdownTable, markdownRows, goalMet } = require('./report');
const { nowMs } = require('./stats');

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'BENCHMARKS.md');
const README = path.join(ROOT, 'README.md');
const README_ZH = path.join(ROOT, 'README.zh-CN.md');
const README_START = '<!-- bench:start -->';
const README_END = '<!-- bench:end -->';
const TOP = 12;

function progress(text) {
  process.stderr.write(`bench: ${text}\n`);
}

function sizeSection() {
  const bundle = size.bundleSize();
  const components = size.componentSizes();
  const { modules, bundleBytes, bundleGzip } = size.contributors();
  const total = modules.reduce((sum, m) => sum + m.bytes, 0);
  const rows = [
    row(`${bundle.file} as shipped`, bytes(bundle.bytes)),
    row(`${bundle.file} as shipped, gzip`, bytes(bundle.gzip)),
    row(`${bundle.file} minified`, bytes(bundle.minBytes)),
    row(
      `${bundle.file} minified + gzip (goal, the whole API family)`,
      kib(bundle.minGzip),
      `≤ ${kib(size.GOAL_BYTES)}`,
      goalMet(bundle.minGzip, size.GOAL_BYTES),
    ),
    ...size.PEERS.map((p) => row(`peer: ${p.name}, min + gzip as reported`, p.figure, 'context only')),
    row('src/index.ts bundled by esbuild, minified (cross-check)', bytes(bundleBytes)),
    row('src/index.ts bundled by esbuild, minified + gzip', bytes(bundleGzip)),
  ];
  if (components.length === 0) rows.push(row('components under miniprogram_dist/components/', 'none found'));
  for (const c of components) {
    rows.push(
      row(
        `component ${c.name}: ${c.files.length} files, raw / gzip / min+gzip`,
        `${bytes(c.total.bytes)} / ${bytes(c.total.gzip)} / ${bytes(c.total.minGzip)}`,
      ),
    );
  }
  const contributorRows = modules
    .slice(0, TOP)
    .map((m, i) =>
      row(`#${i + 1} ${m.module}`, `${bytes(m.bytes)} (${((100 * m.bytes) / total).toFixed(1)}%)`),
    );
  return { bundle, components, modules, total, rows, contributorRows };
}

async function overheadSection() {
  const trip = await overhead.roundTripOverhead();
  progress(`overhead: the same with a ${overhead.DELAYED_MS} ms server delay`);
  const slow = await overhead.roundTripOverhead({
    pairs: overhead.DELAYED_PAIRS,
    warmup: overhead.DELAYED_WARMUP_PAIRS,
    delayMs: overhead.DELAYED_MS,
  });
  progress('overhead: CPU per call');
  const cpu = await overhead.cpuPerCall();
  const rows = [
    row(`register-bind by the SDK, median of ${trip.pairs}`, ms(trip.sdkMedian)),
    row(`register-bind by bare wx.request, median of ${trip.pairs}`, ms(trip.bareMedian)),
    row('ratio SDK / bare (medians)', trip.ratio.toFixed(3), '≤ 1.05', trip.ratio <= 1.05),
    row('p90 SDK / bare', `${ms(trip.sdkP90)} / ${ms(trip.bareP90)}`),
    row(
      `same with every register-bind answer ${slow.delayMs} ms late (mock delay), SDK / bare, median of ${slow.pairs}`,
      `${ms(slow.sdkMedian)} / ${ms(slow.bareMedian)}, ratio ${slow.ratio.toFixed(3)}`,
      'context only',
    ),
    row(
      `SDK time per registerBind, in-process transport, median of ${cpu.calls}`,
      us(cpu.bindMedianUs),
      '≤ 50 µs',
      cpu.bindMedianUs <= 50,
    ),
    row('  same, p99', us(cpu.bindP99Us)),
    row('  same, mean CPU time (process.cpuUsage)', us(cpu.bindCpuMeanUs)),
    row(`SDK time per loginWithWeChat, in-process, median of ${cpu.calls}`, us(cpu.loginMedianUs)),
    row('wx calls during the in-process calls', String(cpu.wxCalls), '0', cpu.wxCalls === 0),
  ];
  return { trip, slow, cpu, rows };
}

async function roundTripSection() {
  const r = await roundTrips();
  const rows = r.flows.map((f) =>
    row(
      f.name,
      String(f.requests),
      `API minimum ${f.apiMinimum}`,
      f.requests === f.apiMinimum && f.wxRequests === f.requests,
    ),
  );
  rows.push(
    row(
      'cold start restoring a stored session: requests',
      String(r.coldStart.requests),
      '0',
      r.coldStart.requests === 0,
    ),
    row(
      'cold start restoring a stored session: storage reads',
      `${r.coldStart.storageReads} (wx calls: ${r.coldStart.wxCalls.join(', ')})`,
      '1',
      r.coldStart.storageReads === 1,
    ),
    row(
      `${CONCURRENT} concurrent loginWithWeChat()`,
      `${r.concurrent.requests} request, ${r.concurrent.wxLogins} wx.login`,
      '1 request',
      r.concurrent.requests === 1,
    ),
  );
  return { ...r, rows };
}

function coldStartSection() {
  const c = cold.coldStart();
  const rows = [
    row(`require the bundle, median of ${c.runs} fresh processes`, ms(c.requireMedianMs)),
    row('new EiamClient(), median', ms(c.constructMedianMs)),
    row('require + construct, median / max', `${ms(c.totalMedianMs)} / ${ms(c.totalMaxMs)}`),
    row('wx calls by require + construct', String(c.wxCalls), '0', c.wxCalls === 0),
    row('wx property reads by require + construct', String(c.wxReads), '0', c.wxReads === 0),
  ];
  return { ...c, rows };
}

function clientsSection() {
  const c = perPage.clients();
  const n = c.n.toLocaleString('en-US');
  const rows = [
    row('the first client of a session: new EiamClient()', ms(c.firstMs)),
    row(`${n} more clients constructed and dropped`, `${ms(c.droppedMs)} (${us(c.perClientUs)} per client)`),
    row(`  heap retained after dropping them (after gc)`, bytes(Math.round(c.droppedRetained)), 'no growth'),
    row(
      `${n} clients held at once: heap`,
      `${bytes(Math.round(c.heldBytes))} (${bytes(Math.round(c.perHeldClientBytes))} per client)`,
    ),
    row('  heap retained once they are released (after gc)', bytes(Math.round(c.afterRelease)), 'no growth'),
    row(
      `${n} clients that subscribe in onLoad and dispose() in onUnload`,
      `${ms(c.disposedMs)}, ${bytes(Math.round(c.disposedRetained))} retained`,
      'no growth',
    ),
    row(
      'wx.onAppShow / onAppHide subscriptions with a session held',
      String(c.subscriptions),
      '1',
      c.subscriptions === 1,
    ),
    row('timers left by the constructions', String(c.timers), '0', c.timers === 0),
    row('wx calls by the constructions', String(c.wxCalls), '0', c.wxCalls === 0),
  ];
  return { ...c, rows };
}

function worstSection() {
  const j = worst.j1();
  progress('worst case: V4');
  const v = worst.v4();
  const rows = [
    row(
      `J1 decodeIdToken, ${j.calls} tokens: worst input (fastest of its re-timings)`,
      `${ms(j.worstInputMs)} (${j.worstInputFamily}, ${j.worstInputLength} chars)`,
      '< 5 ms each',
      j.worstInputMs < 5,
    ),
    row('J1 one timed pass: slowest single call (pauses included)', `${ms(j.maxMs)} (${j.worstFamily})`),
    row('J1 one timed pass: p99', ms(j.p99Ms)),
    row('J1 throws other than INVALID_ID_TOKEN', String(j.otherErrors), '0', j.otherErrors === 0),
  ];
  for (const [name, res] of Object.entries(v.validators)) {
    rows.push(
      row(
        `V4 ${name}, ${v.inputs} inputs up to 1 MB: worst input (fastest of 5 passes)`,
        `${ms(res.worstInputMs)} (${res.worstInputLength} chars)`,
        '< 1 ms each',
        res.worstInputMs < 1 && res.threw === 0,
      ),
      row(`V4 ${name}: slowest single call of ${res.calls} (pauses included)`, ms(res.maxMs)),
    );
  }
  return { j, v, rows };
}

function machine() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    model: cpus.length ? cpus[0].model.trim() : 'unknown',
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    memory: `${Math.round(os.totalmem() / 1024 ** 3)} GiB`,
    load: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
  };
}

function markdown({ date, m, seconds, sections, s }) {
  const [sizeS, overheadS, tripS, coldS, worstS, clientsS] = sections;
  const componentFiles = s.components.flatMap((c) =>
    c.files.map((f) => [
      c.name,
      f.file,
      bytes(f.bytes),
      bytes(f.gzip),
      f.minified ? bytes(f.minBytes) : 'not minified',
      bytes(f.minGzip),
    ]),
  );
  const top3 = s.modules
    .slice(0, 3)
    .map((x) => `\`${x.module}\` (${bytes(x.bytes)})`)
    .join(', ');
  return `# Benchmarks

Written by \`npm run bench\` (\`scripts/bench/\`); every figure below comes from that run. Do not edit by hand.

- Date: ${date}
- Machine: ${m.cores} cores, ${m.model}, ${m.memory} RAM, ${m.os}
- Node: ${m.node}
- Load average when the bench started: ${m.load} (other processes may share the machine; latency figures move with it)
- Bench run time: ${seconds.toFixed(1)} s

## 1. Size

${markdownRows(sizeS.rows)}

How: \`fs\` bytes of the file as shipped; gzip is Node's zlib at level ${size.GZIP_LEVEL}; minified is esbuild
\`transform\` (\`format: 'cjs', minify: true, target: 'es2015', legalComments: 'none'\`: each shipped file is a
CommonJS module, so its top-level names are local and get shortened) in the bench only, the shipped file is not
changed. The goal is ${bytes(size.GOAL_BYTES)} (10 KiB) with the whole API family and the reliability catalogue
(issue 5's 6,144 B budget is retired); the peers' figures are the ones issue 13 reports, not measured here. The size
test \`test/build/size-budget.test.ts\` uses the same code (\`scripts/bench/size.js\`); until the goal is met it
holds the bundle to a ratchet of ${bytes(size.RATCHET_BYTES)}.
Components: every file under \`miniprogram_dist/components/\` (\`.d.ts\` and maps left out); \`.js\` minified by
esbuild, \`.json\` re-serialised compactly, \`.wxss\` by esbuild's CSS minifier, \`.wxml\` and others left as they are.

${
  componentFiles.length
    ? markdownTable(['Component', 'File', 'Bytes', 'Gzip', 'Minified', 'Min + gzip'], componentFiles)
    : 'No components were found under `miniprogram_dist/components/`.'
}

### What takes the bytes

\`src/index.ts\` bundled by esbuild (\`bundle, minify, format: 'cjs', target: 'es2015'\`, \`--metafile\`);
\`bytesInOutput\` of each source module in the minified output (before gzip), largest first. The three largest:
${top3}.

${markdownRows(sizeS.contributorRows)}

## 2. Overhead

${markdownRows(overheadS.rows)}

How: one mock IDaaS (\`startMockIdaas()\`) on 127.0.0.1 and one wx fake (\`createWxFake()\`, its \`wx.request\` is
real HTTP, a new connection per request). Arm A is \`EiamClient.registerBind()\` from \`miniprogram_dist/index.js\`;
arm B is a bare \`fake.wx.request\` to the same URL with the exact header object the SDK sent (fresh
\`X-state-token\`), the same body shape (a mobile of the same length and a fresh code) and the same timeout, with
wx's default \`dataType: 'json'\`. Each pair: a fresh state token (A: \`loginWithWeChat()\` with a new openid; B: a
bare login request) and a fresh \`REGISTER_SMS\` code (a bare \`sms/send\`, then \`mock.lastCode()\`) for each arm,
untimed; then A and B are timed, A first in even pairs and B first in odd ones. ${overheadS.trip.warmup} warm-up
pairs are dropped, ${overheadS.trip.pairs} pairs are kept. A's time runs until \`registerBind()\` resolves, which
includes the session's \`wx.setStorage\`; B's until \`success\` fires. Each bind binds a new openid to an existing
user (one user per arm), so every bind does the same work on the mock.
The delayed row repeats this with the mock's \`delay\` fault on \`/social/register-bind\` (${overheadS.slow.delayMs} ms
before each answer, both arms alike; ${overheadS.slow.warmup} warm-up and ${overheadS.slow.pairs} kept pairs). It
gives context only: the issue's target is the loopback ratio above.
The SDK waits for the session's \`wx.setStorage\` before \`registerBind()\` resolves, so that a session the app was
told about is on the device, as supabase auth-js (\`signInWithPassword\`) and oidc-client-ts (\`storeUser\`) await their
storage write before resolving; that wait is part of arm A.
CPU: a client with an in-process transport, storage, login and device info that all answer at once (a canned
SOCIAL_BIND login answer and a SUCCESS bind answer with a 1 KB id_token); \`registerBind()\` timed with
\`process.hrtime\` over ${overheadS.cpu.calls} calls after ${overheadS.cpu.warmup} warm-up calls, each after an
untimed \`loginWithWeChat()\`. \`process.cpuUsage()\` around the same calls gives the mean CPU time.

## 3. Round trips

${markdownRows(tripS.rows)}

How: \`miniprogram_dist/index.js\` against the mock IDaaS through the wx fake; before each flow the mock and fake are
reset and a new client is made. Requests are counted from \`mock.requests\` (and checked against the fake's
\`wx.request\` calls); each flow must end where it should (a session, or the expected status), or the bench stops.
The issue sets no number for the flows: the target shown is the least the EIAM API allows for that flow.
Cold start: a client signs in (stored session), then a new client's \`getSession()\` restores it; storage reads are
the fake's \`getStorage\`/\`getStorageSync\`/\`getStorageInfo*\` calls. Concurrency: ${CONCURRENT} calls of
\`loginWithWeChat()\` on one client in one tick, awaited together.

## 4. Cold start

${markdownRows(coldS.rows)}

How: ${coldS.runs} fresh \`node\` processes (\`scripts/bench/cold-start-child.js\`), each with a wx fake behind a
\`Proxy\` as the global \`wx\`; \`process.hrtime\` around \`require('miniprogram_dist/index.js')\` and around
\`new EiamClient({ domain, clientId })\`; wx calls from the fake's call log, property reads from the Proxy.

## 5. Worst-case timings (reliability catalogue J1, V4)

${markdownRows(worstS.rows)}

How: J1 decodes ${worstS.j.calls} tokens built from a fixed seed (random strings; 0 to 5 parts and empty parts;
header or payload that is base64 of \`"str"\`, \`123\`, \`null\`, \`[]\`, \`true\` or non-JSON; invalid UTF-8; length
% 4 == 1; a real-looking token mutated with \`+ / =\`, spaces, dots and NUL; truncations; nested arrays up to depth
5,000; valid tokens with a ~15 KiB CJK payload; tokens just over the 16 KiB limit; 1 MB strings) with the bundle's
\`decodeIdToken\`, one untimed pass first, then two timed passes (\`process.hrtime\` per call). A single call can
catch a garbage-collection pause or lose the CPU to another process, so the inputs are ranked by the faster of their
two timings, the 1% slowest are timed 5 more times each, and each keeps its fastest: the cost of the worst input
itself, which is what the target is checked against. The slowest single call and the p99 of the first timed pass
are shown beside it. V4 calls \`parseMobile\`, \`parseEmail\` and
\`parseVerifyCode\` on ${worstS.v.inputs} inputs (runs of digits, spaces, dashes,
full-width digits, ideographic spaces, letters, dots, \`@\`, \`+86\` and emoji; plain, with a trailing \`!\`, a leading
\`+\`, an \`@example.com\` tail or an \`x@\` head; at 16 to 1,048,576 characters), once untimed, then 5 timed passes;
the target is checked against the worst input's fastest pass, and the slowest single call is shown beside it.

## 6. Clients per page

${markdownRows(clientsS.rows)}

How: ${clientsS.runs} fresh \`node --expose-gc\` processes (\`scripts/bench/clients-child.js\`), medians shown. A wx
fake is the global \`wx\` (its storage, \`wx.login\` and app events); the first client signs in through an
in-process transport, so a session is held and subscribed to app show/hide. Then 1,000 untimed clients warm the
constructor up, the heap is measured after \`gc()\`, and ${clientsS.n.toLocaleString('en-US')} clients with the same
domain and client id are made three ways: dropped at once, held in an array (then released), and each subscribing a
listener and calling \`dispose()\`. Heap is \`process.memoryUsage().heapUsed\` after four \`gc()\` calls, against the
warmed-up baseline (a few tens of KB move between runs whatever N is: noise, not growth). Timers are the
\`setTimeout\`s neither run nor cleared; wx calls come from the fake's log.
`;
}

/** The headline figures for the README's Performance section. */
function headline({ date, m, s, o, r, c, p }) {
  const yes = (met) => (met ? 'met' : 'not met');
  const flows = r.flows.map((f) => `${f.short} ${f.requests}`).join('; ');
  return [
    `Measured by \`npm run bench\` on ${date.slice(0, 10)} (${m.cores} cores, ${m.model}, Node ${m.node}); every figure,`,
    'how it was taken and the machine are in [BENCHMARKS.md](BENCHMARKS.md).',
    '',
    `- Size: \`miniprogram_dist/index.js\` is ${bytes(s.bundle.minGzip)} minified + gzipped with the whole API family ` +
      `and the reliability catalogue (goal ${bytes(size.GOAL_BYTES)}: ` +
      `${s.bundle.minGzip <= size.GOAL_BYTES ? 'met' : `${bytes(s.bundle.minGzip - size.GOAL_BYTES)} over`}; ` +
      `${bytes(s.bundle.gzip)} gzipped as shipped). Beside the peers, as issue 13 reports them: ` +
      `${size.PEERS.map((p) => `${p.name.replace(/ \(/, ', ').replace(/\)$/, '')}: ${p.figure}`).join('; ')}.`,
    `- Overhead: a register-bind round trip on loopback takes ${ms(o.trip.sdkMedian)} through the SDK against ` +
      `${ms(o.trip.bareMedian)} for a bare \`wx.request\` (ratio ${o.trip.ratio.toFixed(2)}, target 1.05, ` +
      `${yes(o.trip.ratio <= 1.05)}); the SDK's own time is ${us(o.cpu.bindMedianUs)} per call (target 50 µs, ` +
      `${yes(o.cpu.bindMedianUs <= 50)}).`,
    `- Requests per flow: ${flows}. A cold start that restores a stored session makes ` +
      `${r.coldStart.requests} requests and ${r.coldStart.storageReads} storage read; ${CONCURRENT} concurrent ` +
      `\`loginWithWeChat()\` calls make ${r.concurrent.requests} request.`,
    `- Cold start: \`require\` plus \`new EiamClient()\` take ${ms(c.totalMedianMs)} (median) and make ` +
      `${c.wxCalls} wx calls.`,
    `- Clients per page: ${p.n.toLocaleString('en-US')} more clients of one session take ${ms(p.droppedMs)} ` +
      `(${us(p.perClientUs)} each), ${bytes(Math.round(p.perHeldClientBytes))} each while held, and leave ` +
      `${p.subscriptions} app show/hide subscription, ${p.timers} timers and ${p.wxCalls} wx calls.`,
  ].join('\n');
}

/** The flows' short names in Chinese, for README.zh-CN.md; a name not listed stays as it is. */
const FLOWS_ZH = {
  'already bound': '已绑定',
  'phone bind by SMS code': '短信验证码绑定手机',
  'phone bind by the WeChat phone button': '微信手机号按钮绑定',
  'email bind': '邮箱绑定',
  'with captcha': '带滑块验证码',
  'MFA by SMS': '短信 MFA',
};

/** The same headline figures in Chinese, for README.zh-CN.md. */
function headlineZh({ date, m, s, o, r, c, p }) {
  const met = (ok) => (ok ? '已达成' : '未达成');
  const over = s.bundle.minGzip - size.GOAL_BYTES;
  const flows = r.flows.map((f) => `${FLOWS_ZH[f.short] || f.short} ${f.requests}`).join('；');
  return [
    `由 \`npm run bench\` 于 ${date.slice(0, 10)} 测得（${m.cores} 核，${m.model}，Node ${m.node}）；每个数字、测量方法和机器见`,
    '[BENCHMARKS.md](BENCHMARKS.md)。',
    '',
    `- 体积：\`miniprogram_dist/index.js\` 压缩（minify）+ gzip 后 ${bytes(s.bundle.minGzip)}，含全部 API 和可靠性清单的处理` +
      `（目标 ${bytes(size.GOAL_BYTES)}：${over <= 0 ? '已达成' : `超出 ${bytes(over)}`}；原样 gzip 为 ${bytes(s.bundle.gzip)}）。` +
      '同类 SDK（issue 13 给出的数字，未在此测量）：Authing 小程序 SDK v5 约 6.1 KB（流程更少，没有可靠性处理）；' +
      'CloudBase 的登录路径约 105 KB。',
    `- 开销：回环地址上一次 register-bind 往返，经 SDK 为 ${ms(o.trip.sdkMedian)}，裸 \`wx.request\` 为 ` +
      `${ms(o.trip.bareMedian)}（比值 ${o.trip.ratio.toFixed(2)}，目标 1.05，${met(o.trip.ratio <= 1.05)}）；` +
      `SDK 自身每次调用耗时 ${us(o.cpu.bindMedianUs)}（目标 50 µs，${met(o.cpu.bindMedianUs <= 50)}）。`,
    `- 各流程的请求数：${flows}。恢复已存会话的冷启动发出 ${r.coldStart.requests} 个请求、读取存储 ` +
      `${r.coldStart.storageReads} 次；${CONCURRENT} 个并发的 \`loginWithWeChat()\` 只发出 ${r.concurrent.requests} 个请求。`,
    `- 冷启动：\`require\` 加 \`new EiamClient()\` 耗时 ${ms(c.totalMedianMs)}（中位数），调用 wx ${c.wxCalls} 次。`,
    `- 每个页面一个客户端：同一会话再创建 ${p.n.toLocaleString('en-US')} 个客户端共耗时 ${ms(p.droppedMs)}` +
      `（每个 ${us(p.perClientUs)}），持有时每个占 ${bytes(Math.round(p.perHeldClientBytes))}，之后留下 ` +
      `${p.subscriptions} 个 app show/hide 订阅、${p.timers} 个定时器和 ${p.wxCalls} 次 wx 调用。`,
  ].join('\n');
}

/** Wraps markdown bullets at 115 columns, continuation lines indented by two spaces. */
function wrap(text) {
  return text
    .split('\n')
    .map((line) => {
      const out = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && current.length + 1 + word.length > 115) {
          out.push(current);
          current = `  ${word}`;
        } else current = current ? `${current} ${word}` : word;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

/** Rewrites a README between the bench markers, when both are there; the rest of the file is left as it is. */
function updateReadme(text, file = README, wrapped = true) {
  if (!fs.existsSync(file)) return false;
  const readme = fs.readFileSync(file, 'utf8');
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return false;
  const next = `${readme.slice(0, start + README_START.length)}\n${wrapped ? wrap(text) : text}\n${readme.slice(end)}`;
  if (next !== readme) fs.writeFileSync(file, next);
  return true;
}

async function main() {
  const started = nowMs();
  if (process.argv.includes('--build')) {
    progress('npm run build');
    execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
  }
  const date = new Date().toISOString();
  const m = machine();
  progress('size');
  const s = sizeSection();
  progress('overhead: register-bind A/B');
  const o = await overheadSection();
  progress('round trips');
  const r = await roundTripSection();
  progress('cold start');
  const c = coldStartSection();
  progress('worst case: J1');
  const w = worstSection();
  progress('clients per page');
  const p = clientsSection();
  const seconds = (nowMs() - started) / 1000;

  const sections = [
    { title: '1. Size', rows: s.rows },
    { title: '2. Overhead', rows: o.rows },
    { title: '3. Round trips', rows: r.rows },
    { title: '4. Cold start', rows: c.rows },
    { title: '5. Worst case (J1, V4)', rows: w.rows },
    { title: '6. Clients per page', rows: p.rows },
  ];
  const printed = [
    ...sections.slice(0, 1),
    {
      title: 'Largest modules in the minified bundle (esbuild metafile, bytesInOutput)',
      rows: s.contributorRows,
    },
    ...sections.slice(1),
  ];
  console.log(
    `eiam-miniprogram-sdk bench, ${date}, ${m.cores} cores ${m.model}, Node ${m.node}, ${seconds.toFixed(1)} s\n`,
  );
  console.log(textTable(printed));
  if (!process.argv.includes('--write')) {
    console.log(
      '\nNothing written: `npm run bench -- --write` writes BENCHMARKS.md and the README Performance figures.',
    );
    return;
  }
  fs.writeFileSync(
    OUT,
    markdown({
      date,
      m,
      seconds,
      sections: [
        { ...sections[0], contributorRows: s.contributorRows },
        { ...sections[1], trip: o.trip, slow: o.slow, cpu: o.cpu },
        sections[2],
        { ...sections[3], runs: c.runs },
        { ...sections[4], j: w.j, v: w.v },
        { ...sections[5], runs: p.runs, n: p.n },
      ],
      s,
    }),
  );
  const readme = updateReadme(headline({ date, m, s, o, r, c, p }));
  const readmeZh = updateReadme(headlineZh({ date, m, s, o, r, c, p }), README_ZH, false); // Chinese wraps without spaces
  const written = [readme && 'README.md', readmeZh && 'README.zh-CN.md'].filter(Boolean).join(' and ');
  console.log(`\nWrote BENCHMARKS.md${written ? ` and the Performance figures of ${written}` : ''}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
