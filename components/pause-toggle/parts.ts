// The pause switch's lazy parts, each a chunk loaded on first use (see src/ui/lazy.ts). One
// object, so a test can make a part fail to load.
export const parts = {
  /** The confirmation and the change it sends. */
  confirm: () => import('./pause-confirm.js'),
};
