/**
 * A callback-style wx API as a promise: resolves with what `success` gets and rejects with what `fail` gets.
 * A synchronous throw (an API the base library lacks) is a rejection too.
 *
 * @example
 * ```ts
 * const res = await wxCall<{ code: string }>('login', { timeout: 10000 });
 * ```
 */
export declare function wxCall<T>(api: string, options: Record<string, unknown>): Promise<T>;
