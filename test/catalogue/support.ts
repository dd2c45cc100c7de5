import fc, { type Parameters as FcParameters } from 'fast-check';
import { bytesToBase64Url } from '../../src/jwt/base64url';
import { utf8Encode } from '../../src/jwt/utf8';
import type { TransportRequest, TransportResponse } from '../../src';

/**
 * The fast-check seed of the catalogue's property and race tests: fixed so that CI failures reproduce, overridable
 * with `FC_SEED=<n>` to explore. fast-check prints the seed (and the path of the counterexample) on failure; the
 * parameters below also print it with the failing case.
 */
export const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261125;

/** fast-check parameters with the catalogue seed, for `numRuns` runs. */
export function runs(numRuns: number): FcParameters<unknown> {
  return {
    seed: SEED,
    numRuns,
    reporter: (details) => {
      if (details.failed) {
        throw new Error(
          `property failed with seed ${details.seed} (rerun: FC_SEED=${details.seed}), path ${String(details.counterexamplePath)}\n` +
            `counterexample: ${fc.stringify(details.counterexample)}\n${String(details.errorInstance)}`,
        );
      }
    },
  };
}

/** base64url of a value's JSON (UTF-8). */
export const enc = (value: unknown): string => bytesToBase64Url(utf8Encode(JSON.stringify(value)));

/** An unsigned-looking JWT with an RS256 header: decodable, not verifiable. */
export function jwt(payload: Record<string, unknown>): string {
  return `${enc({ alg: 'RS256', kid: 'k1' })}.${enc(payload)}.${bytesToBase64Url([1, 2, 3, 4, 5, 6])}`;
}

/** A JWT whose payload is this exact JSON text (for keys such as `__proto__` an object literal cannot carry). */
export function jwtFromText(payloadJson: string): string {
  return `${enc({ alg: 'RS256' })}.${bytesToBase64Url(utf8Encode(payloadJson))}.${bytesToBase64Url([1, 2, 3])}`;
}

/** Lets every pending macrotask (the wx fake answers on setImmediate) run `turns` times. */
export async function settle(turns = 5): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((r) => setImmediate(r));
}

/** A JSON answer for an in-process transport. */
export function answer(
  statusCode: number,
  body: unknown,
  header: Record<string, string> = {},
): TransportResponse {
  return { statusCode, data: typeof body === 'string' ? body : JSON.stringify(body), header };
}

/** The parsed JSON body of a request an in-process transport received ({} when none). */
export function bodyOf(req: TransportRequest): Record<string, unknown> {
  return typeof req.data === 'string' ? (JSON.parse(req.data) as Record<string, unknown>) : {};
}

/** `s` lengthened with `A`s to a length of 4n + 1, which no bytes encode to in base64url. */
export const lengthMod4Is1 = (s: string): string => s + 'A'.repeat((((1 - s.length) % 4) + 4) % 4 || 4);

/**
 * Fuzz segments: one from `segment`, kept as it is (two chances in six) or made invalid in one way: lengthened to
 * 4n + 1, one of `chars` inserted, `=` padding appended, or cut short. Shared by J1 here and the decoder's unit fuzz.
 */
export function mutatedSegment(
  segment: fc.Arbitrary<string>,
  chars: readonly string[],
): fc.Arbitrary<string> {
  return fc
    .tuple(
      segment,
      fc.constantFrom('keep', 'keep', 'len4n1', 'insert', 'pad', 'cut'),
      fc.nat(),
      fc.constantFrom(...chars),
    )
    .map(([s, how, at, ch]) => {
      const i = s.length ? at % s.length : 0;
      if (how === 'len4n1') return lengthMod4Is1(s);
      if (how === 'insert') return s.slice(0, i) + ch + s.slice(i);
      if (how === 'pad') return s + '='.repeat(1 + (at % 3));
      if (how === 'cut') return s.slice(0, i);
      return s;
    });
}
