/** Where debug lines go. The SDK only ever passes redacted text. */
export type LogSink = (line: string) => void;
/** A logger that writes only when debug is on. */
export interface Logger {
    debug(line: string): void;
}
/** `debug: true` logs to `console.log`; a function receives the lines; anything else logs nothing. */
export declare function createLogger(debug: boolean | LogSink | undefined): Logger;
