/** Compares dotted versions numerically: negative when `a < b`, 0 when equal, positive when `a > b`. */
export declare function compareVersions(a: string, b: string): number;
