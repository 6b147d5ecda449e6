import { aTimeout, expect } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import fc from 'fast-check';
import './define.js';
import '../portal/define.js';
import type { LdPauseToggle } from './pause-toggle.js';
import type { LdPortal } from '../portal/portal.js';
import { mockAuth } from '../../src/mocks/auth.js';
import { FAST, mockApi, shadow } from '../../test/support/fixtures.js';

const ACME = 'org_northwind_acme';
const BRIGHT = 'org_northwind_bright';
const STATUS = '/v1/portal/status';

type Command =
  | { kind: 'confirm' }
  | { kind: 'cancel' }
  | { kind: 'fault'; status: number }
  | { kind: 'delay'; ms: number }
  | { kind: 'retry' }
  | { kind: 'switch' }
  | { kind: 'wait'; ms: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: 'confirm' as const }) },
  fc.constant({ kind: 'cancel' as const }),
  fc.record({
    kind: fc.constant('fault' as const),
    status: fc.constantFrom(500, 503, 403, 409, 0),
  }),
  fc.record({ kind: fc.constant('delay' as const), ms: fc.integer({ min: 0, max: 60 }) }),
  { weight: 2, arbitrary: fc.constant({ kind: 'retry' as const }) },
  fc.constant({ kind: 'switch' as const }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 40 }) }),
);

const q = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  shadow(el).querySelector<T>(selector);

/**
 * Random interleavings of clicks, confirmations, server faults and delays, retries and
 * portal switches. Whatever happens, the switch ends showing the server's state, and the
 * server never sees a change nobody confirmed.
 */
describe('ld-pause-toggle under random interleavings', () => {
  it('ends showing the server’s state, and sends only confirmed changes', async function () {
    this.timeout(240_000);
    const mock = await mockApi();
    let runs = 0;
    let lastError = '';
    await fc
      .assert(
        fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 10 }), async (commands) => {
          runs++;
          mock.reset({ now: mock.db.now });
          const auth = mockAuth({ person: 'ava', portalId: ACME });
          const portal = document.createElement('ld-portal') as LdPortal;
          const widget = document.createElement('ld-pause-toggle') as LdPauseToggle;
          portal.append(widget);
          document.body.append(portal);
          portal.runtime.configure({ ...FAST, timeout: 1000 });
          portal.apiBase = '/api';
          portal.auth = auth;
          let active = ACME;
          let confirmed = 0;
          try {
            await waitUntil(() => q(widget, '[role="switch"]'), 'no switch', { timeout: 3000 });
            for (const step of commands) {
              const toggle = q<HTMLInputElement>(widget, '[role="switch"]');
              const dialog = q<HTMLDialogElement>(widget, 'dialog');
              switch (step.kind) {
                case 'confirm':
                case 'cancel': {
                  if (!toggle || !dialog || toggle.getAttribute('aria-disabled') === 'true') break;
                  toggle.click();
                  await widget.updateComplete;
                  if (!dialog.open) break;
                  q<HTMLButtonElement>(widget, `dialog button[value="${step.kind}"]`)!.click();
                  if (step.kind === 'confirm') confirmed++;
                  break;
                }
                case 'fault':
                  mock.control.faults.push({
                    path: STATUS,
                    method: 'PUT',
                    status: step.status,
                    times: 1,
                  });
                  break;
                case 'delay':
                  mock.control.delays[STATUS] = step.ms;
                  break;
                case 'retry':
                  q<HTMLButtonElement>(widget, '.failure [part="retry"]')?.click();
                  break;
                case 'switch':
                  active = active === ACME ? BRIGHT : ACME;
                  auth.setPortal(active);
                  break;
                case 'wait':
                  await aTimeout(step.ms);
                  break;
              }
            }
            // Settle: no request waits, no fault is left, and the widget has caught up.
            mock.control.faults.length = 0;
            mock.control.delays[STATUS] = 0;
            const server = () => mock.db.portal(active)!.status.state === 'paused';
            await waitUntil(
              () => widget.paused === server() && !q(widget, '.skeleton'),
              `shows ${widget.paused ? 'paused' : 'active'}; the server says ${server() ? 'paused' : 'active'}`,
              { timeout: 3000 },
            );
            // Each confirmed change has one key, however often it was retried.
            const keys = new Set(
              mock.requests
                .filter((request) => request.method === 'PUT' && request.path === STATUS)
                .map((request) => request.idempotencyKey),
            );
            expect(keys.size, 'changes sent').to.be.at.most(confirmed);
          } catch (error) {
            lastError = String(error);
            throw error;
          } finally {
            portal.remove();
          }
        }),
        { numRuns: 200, endOnFailure: true },
      )
      .catch((error: unknown) => {
        // fast-check names the commands; the assertion says what went wrong with them.
        throw new Error(`${String(error).split('\n').slice(0, 4).join('\n')}\n${lastError}`);
      });
    expect(runs).to.equal(200);
  });
});
