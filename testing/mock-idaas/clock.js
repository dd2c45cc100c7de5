'use strict';

// Captured at load: a test's jest.useFakeTimers() / setSystemTime() moves the device's clock, not the server's.
const wallClock = Date.now.bind(Date);

/** The mock's own clock: wall time plus an offset that advanceTime() moves forward. */
function createClock() {
  let offset = 0;
  return {
    now: () => wallClock() + offset,
    advance(ms) {
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
        throw new TypeError('advanceTime(ms) takes a finite number of milliseconds >= 0');
      }
      offset += ms;
    },
    reset() {
      offset = 0;
    },
  };
}

module.exports = { createClock };
