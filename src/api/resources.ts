import type { Resource } from '../controllers/data.js';
import * as cacheKeys from './keys.js';
import { listCaps } from './operations.js';
import type { Cap } from './contract/caps.js';
import type { Portal } from './contract/portal.js';

/** The portal record itself, for widgets that need nothing more (the pause toggle). */
export const portalResource: Resource<Portal, undefined> = {
  key: () => cacheKeys.portal,
  load: async (_client, _params, portal) => portal,
};

export const capsResource: Resource<Cap[], undefined> = {
  key: () => cacheKeys.caps,
  load: async (client, _params, _portal, signal) => (await client.call(listCaps, { signal })).items,
  // At a reset the server starts the window again and lifts the pause that cap held.
  staleAt: (caps) => {
    let soonest: number | undefined;
    for (const cap of caps) {
      const reset = cap.resetsAt ? Date.parse(cap.resetsAt) : undefined;
      if (reset !== undefined && (soonest === undefined || reset < soonest)) soonest = reset;
    }
    return soonest;
  },
};
