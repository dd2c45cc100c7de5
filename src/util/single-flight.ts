/**
 * Shares one in-flight promise per key: concurrent identical calls get the same result or error, and the slot is
 * cleared when the promise settles, so the next call starts afresh.
 */
export class SingleFlight {
  private readonly flights: { [key: string]: Promise<unknown> | undefined } = {};

  run<T>(key: string, start: () => Promise<T>): Promise<T> {
    const current = this.flights[key];
    if (current) return current as Promise<T>;
    const clear = () => {
      if (this.flights[key] === flight) delete this.flights[key];
    };
    const flight = start();
    this.flights[key] = flight;
    flight.then(clear, clear);
    return flight;
  }
}
