'use strict';

// Captured at load: a test's jest.useFakeTimers() / setSystemTime() moves the device's clock, not the server's.
const wallClock = Date.now.bind(Date);
const monotonic = process.hrtime.bigint.bind(process.hrtime);

/** The mock's own clock: wall time plus an offset that advanceTime() moves forward. */
function createClock() {
  let offset = 0;
  const changes = []; // { mark, offset }: each offset and when (process.hrtime.bigint) it took effect, oldest first
  const setOffset = (next) => {
    offset = next;
    changes.push({ mark: monotonic(), offset });
  };
  return {
    now: () => wallClock() + offset,
    /** What this clock read at a past instant `{ wall (ms), mark (process.hrtime.bigint) }`. */
    at({ wall, mark }) {
      let then = 0;
      for (const change of changes) if (change.mark <= mark) then = change.offset;
      return wall + then;
    },
    advance(ms) {
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
        throw new TypeError('advanceTime(ms) takes a finite number of milliseconds >= 0');
      }
      setOffset(offset + ms);
    },
    reset() {
      setOffset(0);
    },
  };
}

module.exports = { createClock };
