import { EiamError } from '../errors/eiam-error';
import type { TransportResponse } from '../platform/types';
import { errorEnvelope, errorFromAnswer } from './answer-error';
import { jsonBody, MAX_BODY_CHARS } from './json-body';

/**
 * The JSON body of a successful (2xx) answer. Any other status, or a 2xx that carries an error envelope, throws the
 * matching {@link EiamError}.
 */
export function okBody(res: TransportResponse, now: number, maxChars: number = MAX_BODY_CHARS): unknown {
  const status = res.statusCode;
  if (typeof status !== 'number' || status < 200 || status > 299) return throwing(errorFromAnswer(res, now));
  const body = jsonBody(res.data, status, maxChars);
  const envelope = errorEnvelope(body);
  if (envelope) {
    throw new EiamError('API_ERROR', { status, serverCode: envelope.code, serverMessage: envelope.message });
  }
  return body;
}

function throwing(error: EiamError): never {
  throw error;
}
