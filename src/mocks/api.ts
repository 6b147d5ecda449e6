import type { Clock } from '../clock/clock.js';
import { createControl, resetControl, type MockControl } from './control.js';
import { lastTokenSerial } from './auth.js';
import { createMockDb, type MockDb, type MockDbOptions } from './db.js';
import { createHandlers, type MockRequest } from './handlers.js';

export interface MockApi {
  /** The live data set; replaced by `reset()`. */
  readonly db: MockDb;
  /** The mock's clock; give it to the widgets (`ld-portal`'s `clock`) so they agree with the data. */
  readonly clock: Clock;
  readonly control: MockControl;
  readonly handlers: ReturnType<typeof createHandlers>;
  /** Every request the handlers saw since the last reset, oldest first. */
  readonly requests: MockRequest[];
  /** A fresh data set and no faults, for the next test or story; `options` change the first ones. */
  reset(options?: MockDbOptions): void;
}

/** One mock API: data, switches and handlers, ready for msw's `setupWorker` or `setupServer`. */
export function createMockApi(options: MockDbOptions = {}): MockApi {
  // A reset starts a new session: requests still in flight from the last one (an aborted
  // fetch reaches the service worker all the same) are refused, not counted or faulted.
  const fresh = (next: MockDbOptions) =>
    createMockDb({ ...next, tokensFrom: lastTokenSerial() + 1 });
  let db = fresh(options);
  const control = createControl();
  const requests: MockRequest[] = [];
  // The handlers read the data set through this proxy, so reset() needs no new handlers.
  const live = new Proxy({} as MockDb, { get: (_, key) => db[key as keyof MockDb] });
  return {
    get db() {
      return db;
    },
    get clock() {
      return db.clock;
    },
    control,
    requests,
    handlers: createHandlers({ db: live, control, onRequest: (request) => requests.push(request) }),
    reset(next = {}) {
      db = fresh({ ...options, ...next });
      resetControl(control);
      requests.length = 0;
    },
  };
}
