import type { ClientCore } from './core.js';
/** MFA step: the user's mobile as the server holds it; kept so a code may be sent back to it as it was. */
export declare function getMfaMobile(c: ClientCore): Promise<string>;
