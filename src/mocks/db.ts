import type { Cap, CapKind, CapPeriod } from '../api/contract/caps.js';
import type { PortalStatus, StatusChange } from '../api/contract/portal.js';
import type { Integration } from '../api/contract/api-spec.js';
import { systemClock, type Clock } from '../clock/clock.js';
import { addDays, calendarDate, isoDate, startOfDate, zonedParts } from '../localize/time-zone.js';
import { generateLeads, type MockLead, type PausedWindow } from './leads.js';
import { mockPeople, mockPortals, type MockPerson, type MockPortalSeed } from './people.js';
import { seededRandom } from './random.js';

export interface MockPortalState {
  seed: MockPortalSeed;
  status: PortalStatus;
  history: StatusChange[];
  caps: Cap[];
  apiKey: string;
  previousKeyExpiresAt: string | null;
  /** Key rotations so far; new keys derive from it, so they are deterministic too. */
  rotations: number;
  integration: Integration;
  /** Results of idempotent writes, by `Idempotency-Key`. */
  idempotency: Map<string, unknown>;
  leads(): MockLead[];
}

export interface MockDbOptions {
  seed?: number;
  /**
   * The mock's clock: its data is seeded at this clock's now, and its writes (a pause, a
   * key rotation) are stamped by it. Give the widgets the same clock and they agree.
   */
  clock?: Clock;
  /** The instant the seeded history ends at; the clock's now when absent. */
  now?: Date;
  /** Multiplies every portal's lead volume (a 100,000-row log, say). */
  leadScale?: number;
  /** Tokens minted before this serial belong to an earlier session of the mock and are refused. */
  tokensFrom?: number;
}

export type MockDb = ReturnType<typeof createMockDb>;

let sessions = 0;

/** A deterministic, stateful data set: writes (a pause, a cap change) persist for its life. */
export function createMockDb(options: MockDbOptions = {}) {
  const { seed = 42, clock = systemClock, leadScale = 1, tokensFrom = 0 } = options;
  const now = options.now ?? new Date(clock.now());
  const portals = new Map<string, MockPortalState>();
  mockPortals.forEach((base, index) => {
    const portalSeed = { ...base, leadVolume: Math.round(base.leadVolume * leadScale) };
    let leads: MockLead[] | undefined;
    const random = seededRandom(seed * 97 + index);
    const caps = capsFor(portalSeed, now);
    const heldBy = caps.find((cap) => cap.reachedAt && cap.period !== 'total');
    const history = historyFor(portalSeed, now, heldBy);
    portals.set(base.portalId, {
      seed: portalSeed,
      status: heldBy
        ? {
            state: 'paused',
            pausedAt: heldBy.reachedAt,
            pausedBy: 'Cap reached',
            reason: null,
            capId: heldBy.id,
          }
        : { state: 'active', pausedAt: null, pausedBy: null, reason: null, capId: null },
      history,
      caps,
      apiKey: `ld_live_${base.supplierId.slice(4)}_${random.int(1e8, 9e8).toString(36)}${random.int(1e8, 9e8).toString(36)}`,
      previousKeyExpiresAt: null,
      rotations: 0,
      integration: {
        supplierId: base.supplierId,
        webhookUrl: index === 0 ? 'https://hooks.northwind.example/leaddistro' : null,
        events: index === 0 ? ['lead.rejected', 'cap.reached'] : [],
      },
      idempotency: new Map(),
      leads: () =>
        (leads ??= generateLeads(
          portalSeed,
          now,
          seededRandom(seed * 131 + index),
          pausedWindows(history, now),
        )),
    });
  });

  return {
    now,
    clock,
    tokensFrom,
    /** Tells one data set from the next after a reset, for requests that straddle it. */
    session: ++sessions,
    portals,
    portal(portalId: string): MockPortalState | undefined {
      return portals.get(portalId);
    },
    person(personId: string): MockPerson | undefined {
      return mockPeople.find((person) => person.id === personId);
    },
  };
}

/** When a cap window closes: the next midnight, Monday or 1st in the account's zone. */
export function nextReset(period: CapPeriod, now: Date, timeZone: string): string | null {
  if (period === 'total') return null;
  const today = calendarDate(now, timeZone);
  let next: string;
  if (period === 'daily') next = addDays(today, 1);
  else if (period === 'weekly') next = addDays(today, 8 - zonedParts(now, timeZone).weekday);
  else {
    const [year, month] = today.split('-').map(Number) as [number, number];
    next = isoDate(year, month + 1, 1);
  }
  return startOfDate(next, timeZone).toISOString();
}

/**
 * What the mock's clock has moved past: a cap window that closed starts again at zero, and
 * the pause it held lifts, as the real service does at each reset.
 */
export function rollOver(state: MockPortalState, now: number): void {
  for (const cap of state.caps) {
    if (!cap.resetsAt || Date.parse(cap.resetsAt) > now) continue;
    const resetAt = cap.resetsAt;
    cap.used = 0;
    cap.reachedAt = null;
    cap.resetsAt = nextReset(cap.period, new Date(now), state.seed.timeZone);
    if (state.status.capId !== cap.id) continue;
    state.status = { state: 'active', pausedAt: null, pausedBy: null, reason: null, capId: null };
    state.history.unshift({
      at: resetAt,
      paused: false,
      by: 'Cap reset',
      reason: null,
      capId: cap.id,
    });
    state.history.length = Math.min(state.history.length, 10);
  }
}

type CapSeed = [CapPeriod, CapKind, limit: number | null, used: number, min: number, max: number];

const CAP_SEEDS: Record<string, CapSeed[]> = {
  // warning, critical, fine budget, unlimited total
  org_northwind_acme: [
    ['daily', 'leads', 500, 412, 50, 2000],
    ['weekly', 'leads', 3000, 2790, 500, 10000],
    ['monthly', 'budget', 4_000_000, 1_824_000, 500_000, 10_000_000],
    ['total', 'leads', null, 48_210, 10_000, 1_000_000],
  ],
  // a reached daily cap holds the supplier paused
  org_northwind_bright: [
    ['daily', 'leads', 300, 300, 100, 600],
    ['weekly', 'budget', 500_000, 210_000, 100_000, 1_000_000],
    ['monthly', 'budget', null, 1_260_000, 0, 5_000_000],
  ],
  org_summit_acme: [
    ['daily', 'leads', 1000, 120, 100, 5000],
    ['monthly', 'leads', 10_000, 9_000, 1000, 20_000],
    ['total', 'budget', 10_000_000, 9_500_000, 1_000_000, 20_000_000],
  ],
  org_harbor_bright: [],
};

function capsFor(seed: MockPortalSeed, now: Date): Cap[] {
  return (CAP_SEEDS[seed.portalId] ?? []).map(([period, kind, limit, used, min, max]) => {
    const reached = limit !== null && used >= limit;
    return {
      id: `cap_${seed.supplierId.slice(4)}_${period}_${kind}`,
      supplierId: seed.supplierId,
      period,
      kind,
      limit,
      used,
      resetsAt: nextReset(period, now, seed.timeZone),
      reachedAt: reached ? new Date(now.getTime() - 2 * 3_600_000).toISOString() : null,
      min,
      max,
    };
  });
}

/** When the seeded history had intake paused: from each pause to the change after it, or now. */
function pausedWindows(history: readonly StatusChange[], now: Date): PausedWindow[] {
  const changes = [...history].sort((a, b) => a.at.localeCompare(b.at));
  return changes.flatMap((change, index) => {
    if (!change.paused) return [];
    const next = changes[index + 1];
    return [
      {
        from: Date.parse(change.at),
        to: next ? Date.parse(next.at) : now.getTime(),
        code: change.capId ? ('cap_reached' as const) : ('supplier_paused' as const),
      },
    ];
  });
}

function historyFor(seed: MockPortalSeed, now: Date, heldBy: Cap | undefined): StatusChange[] {
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();
  const history: StatusChange[] = [];
  if (heldBy?.reachedAt) {
    history.push({
      at: heldBy.reachedAt,
      paused: true,
      by: 'Cap reached',
      reason: null,
      capId: heldBy.id,
    });
  }
  if (seed.portalId === 'org_northwind_acme') {
    history.push(
      { at: hoursAgo(26), paused: false, by: 'Ava Moreno', reason: null, capId: null },
      {
        at: hoursAgo(29),
        paused: true,
        by: 'Ava Moreno',
        reason: 'Upstream traffic source outage',
        capId: null,
      },
    );
  }
  return history;
}
