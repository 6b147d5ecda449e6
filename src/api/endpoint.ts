import type * as z from 'zod/mini';
import type { Permission } from './contract/portal.js';

/** One operation of the portal API, described once for the client, the mock and the OpenAPI file. */
export interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  /** `{name}` segments are filled from `params`, URI-encoded. */
  path: string;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  /** A schema for JSON, or `'csv'` for a streamed `text/csv` body. */
  response: z.ZodMiniType | 'csv';
  /** The portal permission the server demands for this call. */
  permission?: Permission;
  /** Writes that must carry an `Idempotency-Key`. */
  idempotent?: boolean;
}

/**
 * An operation whose schemas load on its first call: the contract and zod are a chunk of
 * their own, fetched while the widget signs in, so they are not in its first bytes. A load
 * that fails is tried again on the next call.
 */
export interface LazyEndpoint<E extends Endpoint> {
  readonly load: () => Promise<E>;
}

export function lazyEndpoint<E extends Endpoint>(load: () => Promise<E>): LazyEndpoint<E> {
  let pending: Promise<E> | undefined;
  return {
    load: () =>
      (pending ??= load().catch((error: unknown) => {
        pending = undefined;
        throw error;
      })),
  };
}
