/**
 * A random identifier of `length` characters from [0-9a-z]. Used for the device fingerprint, which identifies a
 * device and is not a secret.
 */
export function randomId(length: number): string {
  let out = '';
  while (out.length < length) out += ((Math.random() * 36) | 0).toString(36);
  return out;
}
