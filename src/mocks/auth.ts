import { tokenAuth, type TokenAuthProvider } from '../auth/token-auth.js';
import { mockPeople, mockPortals, DEFAULT_PERSON } from './people.js';

let serial = 0;

/** Mock tokens name the person and the portal, so the mock API tells portals apart by token. */
export function mockToken(personId: string, portalId: string): string {
  return `mock.${personId}.${portalId}.${++serial}`;
}

/** The serial of the newest token minted so far. */
export function lastTokenSerial(): number {
  return serial;
}

export function parseMockToken(
  token: string,
): { personId: string; portalId: string; serial: number } | undefined {
  const match = /^mock\.([\w-]+)\.([\w-]+)\.(\d+)$/.exec(token);
  return match
    ? { personId: match[1] as string, portalId: match[2] as string, serial: Number(match[3]) }
    : undefined;
}

export interface MockAuthOptions {
  /** A person of the mock cast (`ava`, `ben`, `cleo`, `dev`). */
  person?: string;
  /** Their active portal; defaults to their first, and `null` means none is active. */
  portalId?: string | null;
}

/** A signed-in demo person: host-token auth whose tokens the mock API understands. */
export function mockAuth(options: MockAuthOptions = {}): TokenAuthProvider {
  const personId = options.person ?? DEFAULT_PERSON;
  const person = mockPeople.find((item) => item.id === personId);
  if (!person) throw new Error(`Unknown mock person "${personId}"`);
  const portalId =
    options.portalId === undefined ? (person.memberships[0]?.portalId ?? null) : options.portalId;
  return tokenAuth({
    portalId,
    getToken: ({ portalId: active }) => mockToken(personId, active),
    portals: person.memberships.map(({ portalId: id }) => {
      const portal = mockPortals.find((item) => item.portalId === id);
      return { id, name: portal?.supplierName ?? id, agency: portal?.agency };
    }),
  });
}

/**
 * The mock person's auth, except that a refreshed token opens `other` (`person.portalId`):
 * an auth provider that switched organisations under the widgets' feet.
 */
export function swappingAuth(other: string, options: MockAuthOptions = {}): TokenAuthProvider {
  const [person, portalId] = other.split('.') as [string, string];
  const base = mockAuth(options);
  return tokenAuth({
    portalId: base.state.status === 'active' ? base.state.portalId : null,
    getToken: ({ portalId: active, refresh }) =>
      refresh ? mockToken(person, portalId) : mockToken(options.person ?? 'ava', active),
  });
}
