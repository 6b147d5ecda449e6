import type { Permission } from '../api/contract/portal.js';

/** The fixed cast of the mock API: two agencies, four supplier portals, four people. */
export interface MockPortalSeed {
  portalId: string;
  supplierId: string;
  supplierName: string;
  agency: string;
  timeZone: string;
  currency: string;
  costMode: 'fixed' | 'revenue_share';
  /** Days ago the cost mode changed from the other one, if it did. */
  modeChangedDaysAgo?: number;
  testMode: boolean;
  campaigns: { id: string; name: string }[];
  /** Leads per portal in the seeded history. */
  leadVolume: number;
}

const ALL: Permission[] = [
  'org:portal:pause',
  'org:portal:caps',
  'org:portal:integration',
  'org:portal:reveal_key',
];

export const mockPortals: MockPortalSeed[] = [
  {
    portalId: 'org_northwind_acme',
    supplierId: 'sup_northwind_acme',
    supplierName: 'Northwind Leads',
    agency: 'Acme Media Group',
    timeZone: 'America/New_York',
    currency: 'USD',
    costMode: 'fixed',
    testMode: false,
    campaigns: [
      { id: 'cmp_auto_ins', name: 'Auto Insurance — Northeast' },
      { id: 'cmp_home_ins', name: 'Home Insurance' },
      { id: 'cmp_medicare', name: 'Medicare Advantage' },
    ],
    leadVolume: 3000,
  },
  {
    portalId: 'org_northwind_bright',
    supplierId: 'sup_northwind_bright',
    supplierName: 'Northwind Leads',
    agency: 'BrightPath Marketing',
    timeZone: 'Europe/London',
    currency: 'GBP',
    costMode: 'revenue_share',
    testMode: false,
    campaigns: [
      { id: 'cmp_debt_uk', name: 'Debt Relief UK' },
      { id: 'cmp_solar_uk', name: 'Solar Panels UK' },
    ],
    leadVolume: 2000,
  },
  {
    portalId: 'org_summit_acme',
    supplierId: 'sup_summit_acme',
    supplierName: 'Summit Solar Leads',
    agency: 'Acme Media Group',
    timeZone: 'America/Los_Angeles',
    currency: 'USD',
    costMode: 'revenue_share',
    modeChangedDaysAgo: 10,
    testMode: true,
    campaigns: [
      { id: 'cmp_solar_ca', name: 'Residential Solar — California' },
      { id: 'cmp_solar_az', name: 'Residential Solar — Arizona' },
    ],
    leadVolume: 2500,
  },
  {
    portalId: 'org_harbor_bright',
    supplierId: 'sup_harbor_bright',
    supplierName: 'Harbor Insurance Leads',
    agency: 'BrightPath Marketing',
    timeZone: 'Europe/Berlin',
    currency: 'EUR',
    costMode: 'fixed',
    testMode: false,
    campaigns: [{ id: 'cmp_kfz_de', name: 'Kfz-Versicherung' }],
    leadVolume: 0,
  },
];

export interface MockPerson {
  id: string;
  name: string;
  email: string;
  memberships: { portalId: string; permissions: Permission[] }[];
}

export const mockPeople: MockPerson[] = [
  {
    id: 'ava',
    name: 'Ava Moreno',
    email: 'ava@northwind.example',
    memberships: [
      { portalId: 'org_northwind_acme', permissions: ALL },
      { portalId: 'org_northwind_bright', permissions: [] },
    ],
  },
  {
    id: 'ben',
    name: 'Ben Okafor',
    email: 'ben@summitsolar.example',
    memberships: [
      { portalId: 'org_summit_acme', permissions: ['org:portal:pause', 'org:portal:caps'] },
    ],
  },
  {
    id: 'cleo',
    name: 'Cleo Park',
    email: 'cleo@harbor.example',
    memberships: [{ portalId: 'org_harbor_bright', permissions: ALL }],
  },
  {
    id: 'dev',
    name: 'Dev Shah',
    email: 'dev@northwind.example',
    memberships: [
      {
        portalId: 'org_northwind_acme',
        permissions: ['org:portal:integration', 'org:portal:reveal_key'],
      },
    ],
  },
];

export const DEFAULT_PERSON = 'ava';
