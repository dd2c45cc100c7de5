import { execFileSync } from 'child_process';
import * as path from 'path';

describe('the shipped declarations', () => {
  it('type-check an integrator’s file with no wx typings installed', () => {
    const tsc = path.resolve(__dirname, '../../node_modules/typescript/bin/tsc');
    const project = path.resolve(__dirname, '../support/consumer/tsconfig.json');
    expect(() => execFileSync(process.execPath, [tsc, '-p', project], { stdio: 'pipe' })).not.toThrow();
  }, 60000);
});
