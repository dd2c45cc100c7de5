/** Where debug lines go. The SDK only ever passes redacted text. */
export type LogSink = (line: string) => void;

/** A logger that writes only when debug is on. */
export interface Logger {
  debug(line: string): void;
}

/** `debug: true` logs to `console.log`; a function receives the lines; anything else logs nothing. */
export function createLogger(debug: boolean | LogSink | undefined): Logger {
  const sink = debug === true ? (line: string) => console.log(line) : debug;
  return {
    debug(line) {
      // A missing console or a broken log sink must not break sign-in.
      try {
        if (typeof sink === 'function') sink('[eiam] ' + line);
      } catch {
        // ignored
      }
    },
  };
}
