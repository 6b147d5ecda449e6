import type { FieldError } from '../api/contract/common.js';
import type { IngestionLogDetail, LeadStatus } from '../api/contract/ingestion.js';
import type { MockPortalSeed } from './people.js';
import type { Random } from './random.js';

export interface MockLead extends IngestionLogDetail {
  /** What the supplier earns for it, in minor units; 0 unless accepted. */
  payout: number;
  costMode: 'fixed' | 'revenue_share';
  /** Buyer-side price: the mock knows it so that leak tests have something to leak. */
  buyerPrice: number;
  email: string;
  phone: string;
  /** The supplier's own traffic source, as sent in `sub_id`: the report groups by it. */
  subId: string;
}

/** The traffic sources a supplier tags leads with; drawn from the zip, so no extra random draw. */
const SUB_IDS = ['fb-spring', 'google-search', 'partner-12', 'email-weekly'];

const FIRST = [
  'Maria',
  'James',
  'Aisha',
  'Wei',
  'Sofia',
  'Liam',
  'Noah',
  'Emma',
  'Mateo',
  'Priya',
  'Olu',
  'Hana',
];
const LAST = [
  'Garcia',
  'Smith',
  'Khan',
  'Chen',
  'Rossi',
  'Murphy',
  'Nguyen',
  'Silva',
  'Cohen',
  'Patel',
  'Adeyemi',
];

const REJECTIONS: { code: string; message: string; field?: [string, string, string] }[] = [
  { code: 'duplicate', message: 'This lead was already received in the last 30 days.' },
  {
    code: 'missing_field',
    message: 'A required field is missing.',
    field: ['phone', 'required', 'phone is required'],
  },
  {
    code: 'invalid_phone',
    message: 'The phone number is not valid.',
    field: ['phone', 'invalid_phone', 'Must be a 10-digit phone number'],
  },
  {
    code: 'invalid_email',
    message: 'The email address is not valid.',
    field: ['email', 'invalid_email', 'Must be a valid email address'],
  },
  { code: 'filtered_geo', message: 'No buyer accepts leads from this area.' },
  { code: 'suppressed', message: 'The consumer is on the suppression list.' },
  { code: 'cap_reached', message: 'Your cap was reached; the lead was not processed.' },
  { code: 'supplier_paused', message: 'Your traffic was paused when this lead arrived.' },
  { code: 'outside_hours', message: 'Received outside the campaign’s accepted hours.' },
  { code: 'no_buyer', message: 'No buyer was available for this lead.' },
  {
    code: 'missing_consent',
    message: 'The consent certificate is missing.',
    field: ['trusted_form_cert_url', 'required', 'A TrustedForm certificate URL is required'],
  },
];

const DAY = 86_400_000;

/** A stretch of time in which intake was paused, and the rejection its leads got. */
export interface PausedWindow {
  from: number;
  to: number;
  code: 'supplier_paused' | 'cap_reached';
}

/**
 * A portal's lead history: `volume` leads over the last 60 days, newest first. A lead that
 * arrived while intake was paused (`paused`) is rejected for it, as the real service does.
 */
export function generateLeads(
  seed: MockPortalSeed,
  now: Date,
  random: Random,
  paused: readonly PausedWindow[] = [],
): MockLead[] {
  const leads: MockLead[] = [];
  for (let i = 0; i < seed.leadVolume; i++) {
    // Squaring skews the history toward recent days, as real traffic grows.
    const age = Math.floor(random.next() ** 2 * 60 * DAY);
    const receivedAt = new Date(now.getTime() - age - random.int(0, 59) * 1000);
    const campaign = random.pick(seed.campaigns);
    const roll = random.next();
    const status: LeadStatus =
      seed.testMode && roll < 0.04
        ? 'test'
        : roll < 0.64
          ? 'accepted'
          : roll < 0.76
            ? 'unmatched'
            : 'rejected';
    const drawn = status === 'rejected' ? random.pick(REJECTIONS) : undefined;
    // After the draw, so the leads around a pause stay the same as without it.
    const held = paused.find(
      (window) => receivedAt.getTime() >= window.from && receivedAt.getTime() < window.to,
    );
    const rejection = held ? REJECTIONS.find((item) => item.code === held.code) : drawn;
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    const email = `${first}.${last}${random.int(1, 999)}@example.com`.toLowerCase();
    const phone = `${random.int(201, 989)}555${String(random.int(0, 9999)).padStart(4, '0')}`;
    const fieldErrors: FieldError[] = rejection?.field
      ? [{ field: rejection.field[0], code: rejection.field[1], message: rejection.field[2] }]
      : [];
    const changed = seed.modeChangedDaysAgo !== undefined && age > seed.modeChangedDaysAgo * DAY;
    const costMode = changed
      ? seed.costMode === 'fixed'
        ? 'revenue_share'
        : 'fixed'
      : seed.costMode;
    const buyerPrice = random.int(18, 65) * 100;
    const final: LeadStatus = held ? 'rejected' : status;
    const payout =
      final !== 'accepted' ? 0 : costMode === 'fixed' ? 1250 : Math.round(buyerPrice * 0.4);
    const id = `lead_${seed.supplierId.slice(4, 8)}${(seed.leadVolume - i).toString(36).padStart(5, '0')}${random.int(10, 99)}`;
    // Drawn here, after the id, in the order the draws always had.
    const zip = String(random.int(10000, 99999));
    const subId = SUB_IDS[Number(zip) % SUB_IDS.length] as string;
    leads.push({
      id,
      supplierId: seed.supplierId,
      receivedAt: receivedAt.toISOString(),
      campaignId: campaign.id,
      campaignName: campaign.name,
      status: final,
      rejection: rejection ? { code: rejection.code, message: rejection.message } : null,
      fieldErrors,
      fields: {
        flo_campaign_id: campaign.id,
        flo_supplier_id: seed.supplierId,
        first_name: first,
        last_name: last,
        email: rejection?.code === 'invalid_email' ? email.replace('@', ' at ') : email,
        phone:
          rejection?.code === 'missing_field'
            ? null
            : rejection?.code === 'invalid_phone'
              ? phone.slice(0, 6)
              : phone,
        zip,
        consent: rejection?.code !== 'missing_consent',
        sub_id: subId,
      },
      steps: stepsFor(final, rejection?.code, receivedAt),
      payout,
      costMode,
      buyerPrice,
      email,
      phone,
      subId,
    });
  }
  return leads.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
}

function stepsFor(
  status: LeadStatus,
  code: string | undefined,
  at: Date,
): IngestionLogDetail['steps'] {
  const names = ['received', 'validated', 'deduplicated', 'filtered', 'matched', 'delivered'];
  const failAt =
    status === 'accepted' || status === 'test'
      ? -1
      : status === 'unmatched'
        ? 4
        : code === 'duplicate'
          ? 2
          : [
                'filtered_geo',
                'suppressed',
                'outside_hours',
                'cap_reached',
                'supplier_paused',
              ].includes(code ?? '')
            ? 3
            : code === 'no_buyer'
              ? 4
              : 1;
  return names.map((name, index) => ({
    at: new Date(at.getTime() + index * 40).toISOString(),
    name,
    outcome: failAt === -1 || index < failAt ? 'passed' : index === failAt ? 'failed' : 'skipped',
    message: index === failAt ? (code ?? 'no_buyer') : null,
  }));
}
