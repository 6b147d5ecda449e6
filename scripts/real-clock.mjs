// Installs check TLS certificates (and apt its Release files) against today's date, so they
// run on the real clock even when a whole run is under Debian's faketime to prove the tests do
// not depend on the date. Only the installs: everything under test keeps the moved clock.

/** The environment without faketime's preload, for a child process that installs packages. */
export function realClockEnv(env = process.env) {
  const next = { ...env };
  if (next.LD_PRELOAD?.includes('faketime')) {
    const others = next.LD_PRELOAD.split(/[:\s]+/).filter(
      (lib) => lib && !lib.includes('faketime'),
    );
    if (others.length) next.LD_PRELOAD = others.join(':');
    else delete next.LD_PRELOAD;
  }
  for (const key of Object.keys(next)) if (key.startsWith('FAKETIME')) delete next[key];
  return next;
}
