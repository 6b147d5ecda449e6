// The intake report's lazy parts, each a chunk loaded on first use (see src/ui/lazy.ts). One
// object, so a test can make a part fail to load.
export const parts = {
  /** The report's table as a CSV file. */
  exporter: () => import('./report-export.js'),
};
