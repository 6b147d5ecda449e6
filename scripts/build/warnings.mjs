// Rollup's warnings for this project's builds. A circular import in our own code fails the
// build; one inside a dependency (zod's core) is not ours to fix, so it is left out.
const ours = (id) => !id.includes('/node_modules/');

export function onwarn(warning, warn) {
  if (warning.code === 'INVALID_ANNOTATION') return;
  if (warning.code === 'CIRCULAR_DEPENDENCY') {
    if (!warning.ids?.some(ours)) return;
    throw new Error(`Circular import in our code: ${warning.ids.join(' -> ')}`);
  }
  warn(warning);
}
