import { mockAuth } from '../src/mocks/auth.js';
import { startMockApi } from '../src/mocks/browser.js';
import { DEFAULT_PERSON, mockPeople } from '../src/mocks/people.js';
import type { LdPortal } from '../components/portal/portal.js';

// The mock API starts before any widget is defined, so the first request is already mocked.
await startMockApi();
const person = mockPeople.find((item) => item.id === DEFAULT_PERSON);
const portal = document.querySelector<LdPortal>('ld-portal');
if (portal) portal.auth = mockAuth({ person: DEFAULT_PERSON });
const who = document.getElementById('who');
if (who && person) who.textContent = `Signed in as ${person.name}`;
await import('../src/index.js');
