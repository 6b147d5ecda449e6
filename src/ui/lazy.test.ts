import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { waitUntil } from '../../test/support/wait.js';
import { LazyPart } from './lazy.js';

class Host extends LitElement {}
customElements.define('test-lazy-host', Host);

describe('LazyPart', () => {
  it('loads once however often it is asked, and keeps the module', async () => {
    let loads = 0;
    const part = new LazyPart(new Host(), async () => ({ loaded: ++loads }));
    const [a, b] = await Promise.all([part.load(), part.load()]);
    expect(a).to.equal(b);
    part.prefetch();
    expect(await part.load()).to.deep.equal({ loaded: 1 });
    expect(part.module).to.deep.equal({ loaded: 1 });
    expect(loads).to.equal(1);
  });

  it('turns a failed load into a network error, never an unhandled rejection, and tries again next time', async () => {
    let fail = true;
    const part = new LazyPart(new Host(), () =>
      fail ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve('module'),
    );
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    part.prefetch();
    await waitUntil(() => part.error);
    expect(part.error?.kind).to.equal('network');
    expect(part.error?.code).to.equal('part_load_failed');
    // A failed part is not fetched again by hover or idle time: only by a use.
    part.prefetch();
    expect(part.error?.kind).to.equal('network');
    fail = false;
    expect(await part.load()).to.equal('module');
    expect(part.error).to.equal(undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    window.removeEventListener('unhandledrejection', onUnhandled);
    expect(unhandled).to.deep.equal([]);
  });

  it('fetches ahead when the browser is idle, and not after the host left', async () => {
    let loads = 0;
    const host = new Host();
    document.body.append(host);
    const part = new LazyPart(host, async () => ++loads);
    part.prefetchWhenIdle();
    part.prefetchWhenIdle();
    await waitUntil(() => part.module);
    expect(loads).to.equal(1);

    const gone = new Host();
    document.body.append(gone);
    const late = new LazyPart(gone, async () => ++loads);
    late.prefetchWhenIdle();
    gone.remove();
    host.remove();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(late.module).to.equal(undefined);
    expect(loads).to.equal(1);
  });
});
