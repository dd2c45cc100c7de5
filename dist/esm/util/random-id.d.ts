/**
 * A random identifier of `length` characters from [0-9a-z]. Used for the device fingerprint, which identifies a
 * device and is not a secret.
 */
export declare function randomId(length: number): string;
