// The caps meter's lazy parts, each a chunk loaded on first use (see src/ui/lazy.ts). One
// object, so a test can make a part fail to load.
export const parts = {
  /** The limit editor, for people with the caps permission. */
  editor: () => import('./cap-editor.js'),
};
