// The payout summary's lazy parts, each a chunk loaded on first use (see src/ui/lazy.ts). One
// object, so a test can make a part fail to load.
export const parts = {
  /** The breakdown as a table, instead of the chart. */
  table: () => import('./breakdown-table.js'),
};
