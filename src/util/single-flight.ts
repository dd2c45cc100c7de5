/**
 * Shares one in-flight promise per key: concurrent identical calls get the same result or error, and the slot is
 * cleared when the promise settles, so the next call starts afresh.
 */
export class SingleFlight {
  private readonly flights: { [key: string]: Promise<unknown> | undefined } = {};

  run<T>(key: string, start: () => Promise<T>): Promise<T> {
    const flights = this.flights;
    let flight = flights[key] as Promise<T> | undefined;
    if (!flight) {
      const started = (flight = flights[key] = start());
      // The check keeps a flight that `start` itself began under the same key.
      const clear = () => flights[key] === started && delete flights[key];
      started.then(clear, clear);
    }
    return flight;
  }
}
