/** Where debug lines go. The SDK only ever passes redacted text. */
export type LogSink = (line: string) => void;

/** A logger that writes only when debug is on. */
export interface Logger {
  debug(line: string): void;
}

/** `debug: true` logs to `console.log`; a function receives the lines; anything else logs nothing. */
export function createLogger(debug: boolean | LogSink | undefined): Logger {
  const sink: LogSink | undefined =
    typeof debug === 'function'
      ? debug
      : debug === true
        ? (line) => {
            if (typeof console !== 'undefined') console.log(line);
          }
        : undefined;
  return {
    debug(line) {
      if (!sink) return;
      try {
        sink(`[eiam] ${line}`);
      } catch {
        // A broken log sink must not break sign-in.
      }
    },
  };
}
