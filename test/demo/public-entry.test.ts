// The demo is written as an integrator would write it: the SDK only through its package entry.
import fs from 'fs';
import path from 'path';
import { startMockIdaas } from 'eiam-miniprogram-sdk/testing';

const DEMO = path.resolve(__dirname, '../../demo-miniprogram');

function sources(dir = DEMO): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules' || e.name === 'miniprogram_npm') return [];
    const file = path.join(dir, e.name);
    return e.isDirectory() ? sources(file) : [file];
  });
}

describe('the demo', () => {
  const files = sources();

  it('requires nothing but the package entry and its own files', () => {
    const requires = files
      .filter((f) => f.endsWith('.js'))
      .flatMap((f) =>
        [...fs.readFileSync(f, 'utf8').matchAll(/require\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]),
      );
    expect(requires.length).toBeGreaterThan(1);
    expect([...new Set(requires)].sort()).toEqual(['../../back-or-home', './config', 'eiam-miniprogram-sdk']);
  });

  it('uses the components from the package, as npm paths', () => {
    const used = files
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => Object.values(JSON.parse(fs.readFileSync(f, 'utf8')).usingComponents || {}));
    expect([...new Set(used)].sort()).toEqual([
      'eiam-miniprogram-sdk/components/eiam-bind-form/index',
      'eiam-miniprogram-sdk/components/eiam-captcha/index',
    ]);
  });

  it('defaults to the local mock IDaaS that `npm run mock-server` starts', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require('../../demo-miniprogram/config.js') as { domain: string; clientId: string };
    const mock = await startMockIdaas();
    await mock.close();
    expect(config).toMatchObject({
      domain: 'http://127.0.0.1:8787',
      clientId: mock.clientId,
      allowInsecureLoopback: true,
    });
  });
});
