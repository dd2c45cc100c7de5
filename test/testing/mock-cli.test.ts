import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createWxFake, type MockIdaas } from 'eiam-miniprogram-sdk/testing';
import { sdkClient } from './helpers';

const CLI = path.join(__dirname, '..', '..', 'testing', 'mock-idaas', 'cli.js');

function start(
  args: string[],
  env: Record<string, string> = {},
): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { child, output: () => text };
}

async function waitFor(output: () => string, pattern: RegExp): Promise<RegExpMatchArray> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const match = pattern.exec(output());
    if (match) return match;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${pattern} in:\n${output()}`);
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('npm run mock-server (testing/mock-idaas/cli.js)', () => {
  it('prints its URL and client id, prints each delivered code masked, and stops cleanly on SIGTERM', async () => {
    const { child, output } = start(['--port', '0', '--client-id', 'demo-app', '--no-captcha']);
    const done = exited(child);
    try {
      await waitFor(output, /Ctrl\+C stops/);
      const [, url] = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output())!;
      expect(output()).toContain('client id: demo-app');
      const mock = { url: url!, clientId: 'demo-app' } as MockIdaas;
      const api = sdkClient(mock, createWxFake());
      expect(
        (await api.post('/api/v2/sdk/sms/send', { mobile: '13800138000', type: 'REGISTER_SMS' })).statusCode,
      ).toBe(200);
      await waitFor(output, /\[outbox\] sms \+86-138\*\*\*\*8000 REGISTER_SMS \d{6}/);
      expect(output()).not.toContain('13800138000');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await done).toBe(0);
  });

  it('takes the port from PORT and refuses a bad one', async () => {
    const bad = start([], { PORT: 'abc' });
    expect(await exited(bad.child)).toBe(1);
    expect(bad.output()).toContain('bad port');
    const good = start(['--scheme=plain'], { PORT: '0' });
    const done = exited(good.child);
    await waitFor(good.output, /Ctrl\+C stops/);
    good.child.kill('SIGINT');
    expect(await done).toBe(0);
  });
});

describe('npm run mock-server when the process that started it goes away', () => {
  /** Whether a process of this pid still runs. */
  const alive = (pid: number): boolean => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  async function gone(pid: number): Promise<boolean> {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (!alive(pid)) return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return false;
  }

  it('stops when its parent is killed with SIGKILL, which the parent cannot pass on', async () => {
    // A parent like npm: it starts the server and forwards its output, and is then killed outright.
    const parentScript = [
      "const { spawn } = require('node:child_process');",
      `const child = spawn(process.execPath, [${JSON.stringify(CLI)}, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });`,
      "child.stdout.on('data', (d) => process.stdout.write(d));",
      "console.log('child pid ' + child.pid);",
    ].join('\n');
    const parent = spawn(process.execPath, ['-e', parentScript], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    parent.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const [, pid] = await waitFor(() => text, /child pid (\d+)/);
    try {
      const [, url] = await waitFor(() => text, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
      const api = sdkClient({ url: url!, clientId: 'test-client-id' } as MockIdaas, createWxFake());
      expect((await api.get('/api/v2/sdk/captcha')).statusCode).toBe(200);
    } finally {
      parent.kill('SIGKILL');
    }
    const stopped = await gone(Number(pid));
    if (!stopped) process.kill(Number(pid), 'SIGKILL'); // leave no server behind when the test fails
    expect(stopped).toBe(true);
  });

  it('stops when the IPC channel of the process that forked it closes', async () => {
    const child = spawn(process.execPath, [CLI, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    let text = '';
    child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const done = exited(child);
    await waitFor(() => text, /Ctrl\+C stops/);
    child.disconnect();
    expect(await done).toBe(0);
    expect(text).toContain('parent gone: stopping');
  });
});
