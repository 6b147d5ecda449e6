// The ingestion log's lazy parts, each a chunk loaded on first use (see src/ui/lazy.ts). One
// object, so a test can make a part fail to load.
export const parts = {
  /** A lead in full, in a dialog. */
  detail: () => import('./lead-detail.js'),
  /** The CSV export: streaming, parsing and writing the file. */
  exporter: () => import('./export.js'),
};
