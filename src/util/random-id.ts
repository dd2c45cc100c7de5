const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A random identifier of `length` characters from [0-9a-z]. Used for the device fingerprint, which identifies a
 * device and is not a secret.
 */
export function randomId(length: number, random: () => number = Math.random): string {
  let out = '';
  for (let i = 0; i < length; i++)
    out += ALPHABET.charAt(Math.floor(random() * ALPHABET.length) % ALPHABET.length);
  return out;
}
