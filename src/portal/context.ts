import { createContext } from '@lit/context';
import type { PortalRuntime } from './runtime.js';

/** What `ld-portal` provides to every widget inside it. */
export const portalContext = createContext<PortalRuntime>(Symbol('ld-portal'));
