// Types of the page harness (testing/page-harness/): a mini program page's logic layer in a test. Hand-written to
// match the JS; no mini program typings needed.
/* eslint-disable @typescript-eslint/no-explicit-any -- a page's data and methods are the test's own: typed loosely, as `this` in a page file is */

/** A component stand-in that `selectComponent` answers: records calls; `setClient` keeps the client. */
export interface ComponentStub {
  /** The client the page handed over with `setClient`, or null. */
  client: unknown;
  /** Every method call, in order. */
  calls: Array<{ method: string; args: unknown[] }>;
  setClient(client: unknown): void;
  [method: string]: unknown;
}

/** What `selectComponent` answers for each selector, e.g. `{ '#bind': createComponentStub() }`. */
export type HarnessComponents = Record<string, object>;

export interface CreatePageOptions<Data extends object = Record<string, unknown>> {
  /** The page's initial data. Default `{}`. */
  data?: Data;
  /** What `selectComponent(selector)` answers; others answer null. */
  components?: HarnessComponents;
  /** `page.route`, e.g. `'pages/sign-in/index'`. Default `''`. */
  route?: string;
}

/** A page instance as its code sees it (`this`): data, setData, selectComponent. */
export interface HarnessPage<Data extends object = Record<string, any>> {
  route: string;
  /** The query the page was loaded with. */
  options: Record<string, string>;
  data: Data;
  /** Every setData patch, in order (copies). */
  setDataCalls: Array<Record<string, unknown>>;
  /**
   * As WeChat: `data` changes at once (keys may be paths: `'a.b'`, `'list[0].name'`; values are copied as JSON);
   * `callback` runs after the render, on a later task.
   */
  setData(patch: Record<string, unknown>, callback?: () => void): void;
  /** The stand-in registered for `selector`, or null. */
  selectComponent(selector: string): any;
  selectAllComponents(selector: string): any[];
  /** Registers (or replaces) what `selectComponent(selector)` answers. */
  addComponent<C extends object>(selector: string, component: C): C;
  /** Resolves once every setData callback so far (and those they caused) has run. */
  rendered(): Promise<void>;
}

/** A page loaded from its file: the harness page plus its own methods and the lifecycle drivers. */
export interface LoadedPage<Data extends object = Record<string, any>> extends HarnessPage<Data> {
  /** Which call the file made. */
  kind: 'Page' | 'Component';
  /** Opens the page: (attached,) onLoad(query), onShow, onReady (ready); waits for async hooks. */
  load(query?: Record<string, string>): Promise<void>;
  show(): Promise<void>;
  hide(): Promise<void>;
  /** onUnload (and detached). */
  unload(): Promise<void>;
  /** The page's own methods and handlers. */
  [method: string]: any;
}

/**
 * A bare page instance, e.g. what `Taro.getCurrentInstance().page` gives in a Taro page test.
 * @example
 * ```ts
 * const page = createPage({ components: { '#bind': createComponentStub() } });
 * ```
 */
export function createPage<Data extends object = Record<string, any>>(
  options?: CreatePageOptions<Data>,
): HarnessPage<Data>;

/**
 * Loads a page file that calls `Page({...})` or `Component({...})` (in a fresh module registry under jest).
 * @example
 * ```ts
 * const bind = createComponentStub();
 * const page = loadPage(require.resolve('./pages/sign-in/index.js'), { components: { '#bind': bind } });
 * await page.load();
 * await page.rendered();
 * expect(bind.client).toBe(getApp().eiam);
 * ```
 * @throws Error when the file calls neither Page() nor Component()
 */
export function loadPage<Data extends object = Record<string, any>>(
  file: string,
  options?: CreatePageOptions<Data>,
): LoadedPage<Data>;

/**
 * A component stand-in for `selectComponent`.
 * @example
 * ```ts
 * const bind = createComponentStub();
 * ```
 */
export function createComponentStub(methods?: Record<string, (...args: any[]) => unknown>): ComponentStub;
