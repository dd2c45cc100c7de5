/// <reference lib="dom" />
// miniprogram-simulate for component tests. It copies a `wx` that exists when it loads, so the wx fake goes in
// first; the harness's world() then installs each test's own fake.
import path from 'path';
import { TextDecoder, TextEncoder } from 'util';

// jsdom has no TextEncoder / TextDecoder; node code loaded in this environment may need them.
Object.assign(globalThis, { TextEncoder, TextDecoder });
const { createWxFake } =
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('eiam-miniprogram-sdk/testing') as typeof import('eiam-miniprogram-sdk/testing');
(globalThis as unknown as { wx: unknown }).wx = createWxFake().wx;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const simulate = require('miniprogram-simulate') as typeof import('miniprogram-simulate');
export default simulate;

/**
 * `simulate.load`, in a fresh module registry: simulate re-runs a component's JS on each load by deleting it from
 * `require.cache`, which jest does not allow.
 */
export function load(componentPath: string, options?: Parameters<typeof simulate.load>[1]): string {
  let id = '';
  jest.isolateModules(() => {
    id = simulate.load(componentPath, options as never);
  });
  return id;
}

/** A rendered component or page (j-component's typings lack attach, detach and the event listeners). */
export interface Rendered {
  readonly dom: HTMLElement;
  // Component data and instances are as dynamic as the JS they come from.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly data: Record<string, any>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly instance: Record<string, any>;
  querySelector(selector: string): Rendered | undefined;
  querySelectorAll(selector: string): Rendered[];
  dispatchEvent(name: string, options?: object): void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  addEventListener(name: string, handler: (event: { detail: any }) => void): void;
  attach(parent: Element): void;
  detach(): void;
  triggerPageLifeTime(name: string, ...args: unknown[]): void;
  /** The rendered tree; `attrs` holds the attributes bound in the WXML, which `dom` does not show. */
  toJSON(): { tagName: string; attrs: Array<{ name: string; value: unknown }> };
}

/** Renders a loaded component and attaches it to a fresh parent, as a page would. */
export function render(id: string, properties?: object): Rendered {
  const comp = simulate.render(id, properties) as unknown as Rendered;
  comp.attach(document.createElement('parent-wrapper'));
  return comp;
}

/** Path of a component of the SDK, in src/components/. */
export function sdkComponent(name: string): string {
  return path.join(__dirname, '../../src/components', name, 'index');
}

/** The real setTimeout, for waiting while a test fakes the timers. */
const realSetTimeout = globalThis.setTimeout;

/** Waits (on real time) for one turn of the event loop: HTTP answers, promise chains, re-renders. */
export function turn(ms = 5): Promise<void> {
  return new Promise((resolve) => realSetTimeout(resolve, ms));
}

/** Waits until `until()` holds: the client's HTTP round trips and the re-render that follows. */
export async function settle(until: () => boolean, what = 'the component to settle'): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (until()) return;
    await turn();
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The text of the first element matching the selector, trimmed; '' when it is absent. */
export function textOf(comp: Rendered, selector: string): string {
  const node = comp.querySelector(selector);
  return node ? (node.dom as HTMLElement).textContent!.trim() : '';
}

/** The value the WXML binds to this attribute of the first element matching the selector (e.g. `disabled`). */
export function attrOf(comp: Rendered, selector: string, name: string): unknown {
  const node = comp.querySelector(selector);
  const attr = node && node.toJSON().attrs.find((a) => a.name === name);
  return attr && attr.value;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const devtools = require('../../scripts/demo/devtools') as typeof import('../../scripts/demo/devtools');
/** Makes every element with this class report this rendered width (jsdom lays nothing out): the demo runner's. */
export const layoutWidth = devtools.layoutWidth;
