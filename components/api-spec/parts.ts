// The API spec's lazy parts, each a chunk loaded on first use (see src/ui/lazy.ts). One
// object, so a test can make a part fail to load.
export const parts = {
  /** The API key's reveal and rotation, with the rotation's confirmation. */
  key: () => import('./api-key.js'),
  /** The request snippets but curl, and the webhook verifiers but Node's. */
  snippets: () => import('./more-snippets.js'),
  /** The integration settings' form and test delivery. */
  settings: () => import('./settings-editor.js'),
};
