import { expect } from '@open-wc/testing';
import { ResourceCache } from './cache.js';
import { TEST_NOW, testClock } from '../../test/support/time.js';
import type { CacheKey } from '../api/keys.js';

// Test keys of any value type.
const key = (name: string) => name as CacheKey<never>;

const later = <T>(value: T, ms = 20) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('ResourceCache', () => {
  it('shares one fetch between concurrent loads and caches the value', async () => {
    const cache = new ResourceCache(() => testClock.now());
    let fetches = 0;
    const fetcher = () => {
      fetches++;
      return later('v');
    };
    expect(
      await Promise.all([cache.load(key('k'), fetcher), cache.load(key('k'), fetcher)]),
    ).to.deep.equal(['v', 'v']);
    expect(await cache.load(key('k'), fetcher)).to.equal('v');
    expect(fetches).to.equal(1);
    await cache.load(key('k'), fetcher, { force: true });
    expect(fetches).to.equal(2);
  });

  it('fetches again after maxAge, by the clock it is given', async () => {
    testClock.set(TEST_NOW);
    const cache = new ResourceCache(() => testClock.now());
    let fetches = 0;
    await cache.load(key('k'), async () => ++fetches);
    await later(null, 15);
    // Real time went by, the clock did not: the value is as young as it was.
    expect(await cache.load(key('k'), async () => ++fetches, { maxAge: 5 })).to.equal(1);
    testClock.advance(6);
    expect(await cache.load(key('k'), async () => ++fetches, { maxAge: 5 })).to.equal(2);
  });

  it('aborts the shared fetch only when every caller has gone', async () => {
    const cache = new ResourceCache(() => testClock.now());
    let signal: AbortSignal | undefined;
    const fetcher = (s: AbortSignal) => {
      signal = s;
      return later('v', 50);
    };
    const a = new AbortController();
    const b = new AbortController();
    const first = cache.load(key('k'), fetcher, { signal: a.signal });
    const second = cache.load(key('k'), fetcher, { signal: b.signal });
    a.abort();
    await first.catch((error: DOMException) => expect(error.name).to.equal('AbortError'));
    expect(signal?.aborted).to.equal(false);
    b.abort();
    await second.catch((error: DOMException) => expect(error.name).to.equal('AbortError'));
    expect(signal?.aborted).to.equal(true);
    expect(cache.has(key('k'))).to.equal(false);
  });

  it('does not cache a failure', async () => {
    const cache = new ResourceCache(() => testClock.now());
    await cache.load(key('k'), () => Promise.reject(new Error('x'))).catch(() => undefined);
    expect(await cache.load(key('k'), async () => 'ok')).to.equal('ok');
  });

  it('tells watchers about updates, and clear() aborts everything', async () => {
    const cache = new ResourceCache(() => testClock.now());
    const seen: number[] = [];
    const unwatch = cache.watch(key('n'), () => seen.push(cache.get<number>(key('n'))!));
    cache.set(key('n'), 1);
    cache.update<number>(key('n'), (n) => n + 1);
    cache.update<number>(key('missing'), (n) => n + 1);
    unwatch();
    cache.set(key('n'), 5);
    expect(seen).to.deep.equal([1, 2]);
    let signal: AbortSignal | undefined;
    const pending = cache.load(key('p'), (s) => {
      signal = s;
      return later('v', 50);
    });
    cache.clear();
    expect(signal?.aborted).to.equal(true);
    expect(cache.get(key('n'))).to.equal(undefined);
    await pending;
    expect(cache.has(key('p'))).to.equal(false);
  });
});
