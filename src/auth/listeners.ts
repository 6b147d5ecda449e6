import { sameAuthState, type AuthState } from './types.js';

/** Holds an auth state and tells subscribers when it really changes. */
export function authStateStore(initial: AuthState) {
  let state = initial;
  const listeners = new Set<(state: AuthState) => void>();
  return {
    get: () => state,
    set(next: AuthState): void {
      if (sameAuthState(state, next)) return;
      state = next;
      for (const listener of [...listeners]) listener(state);
    },
    subscribe(listener: (state: AuthState) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get size() {
      return listeners.size;
    },
  };
}
