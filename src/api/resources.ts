import type { Resource } from '../controllers/data.js';
import { listCaps } from './contract/caps.js';
import type { Cap } from './contract/caps.js';
import type { Portal } from './contract/portal.js';

/** The portal record itself, for widgets that need nothing more (the pause toggle). */
export const portalResource: Resource<Portal, undefined> = {
  key: () => 'portal',
  load: async (_client, _params, portal) => portal,
};

export const CAPS_KEY = 'caps';

export const capsResource: Resource<Cap[], undefined> = {
  key: () => CAPS_KEY,
  load: async (client, _params, _portal, signal) => (await client.call(listCaps, { signal })).items,
};
