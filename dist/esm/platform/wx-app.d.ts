/**
 * What identifies the running app when the default wx seams are used: the global `wx` object, one per JS context.
 * A relaunch in tests (the wx fake's `relaunch()`) gives a new one; a real cold start gives a new JS context.
 * Reads no wx API.
 */
export declare function wxApp(): object;
