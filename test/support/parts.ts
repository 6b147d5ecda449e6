/**
 * Makes a widget's lazy part (`parts.<name>`, see src/ui/lazy.ts) fail to load, as it would
 * offline or under a CSP that blocks its chunk: the import rejects until `heal()`, and
 * `restore()` puts the real loader back.
 */
export function failingPart<P extends Record<string, () => Promise<unknown>>>(
  parts: P,
  name: keyof P,
): { heal(): void; restore(): void } {
  const load = parts[name];
  let fail = true;
  parts[name] = (() =>
    fail ? Promise.reject(new TypeError('Failed to fetch')) : load()) as P[keyof P];
  return {
    heal: () => void (fail = false),
    restore: () => void (parts[name] = load),
  };
}
