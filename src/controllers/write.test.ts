import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ApiError, abortError } from '../api/errors.js';
import type { CacheKey } from '../api/keys.js';
import * as cacheKeys from '../api/keys.js';
import type { ScopedClient } from '../portal/runtime.js';
import { WriteController, type WriteRequest } from './write.js';

class Host extends LitElement {}
customElements.define('test-write-host', Host);

/** A read controller's surface as the write controller uses it, answering as told. */
function fakeData(portalId = 'org_a') {
  const refreshed: CacheKey<unknown>[] = [];
  let answer: () => Promise<unknown> = async () => 'ok';
  return {
    refreshed,
    answer: (next: () => Promise<unknown>) => (answer = next),
    portal: { portalId } as never,
    send: <R>(fetcher: (client: ScopedClient, portal: never, signal: AbortSignal) => Promise<R>) =>
      fetcher({} as ScopedClient, undefined as never, new AbortController().signal).then(
        () => answer() as Promise<R>,
      ),
    refresh: async (key: CacheKey<unknown>) => void refreshed.push(key),
  };
}

describe('WriteController', () => {
  it('sends a change once for a double click', async () => {
    const data = fakeData();
    const sent: string[] = [];
    const write = new WriteController<string, unknown>(new Host(), data, {
      send: async (_client, value) => void sent.push(value),
    });
    const [first, second] = await Promise.all([write.run('a'), write.run('a')]);
    expect(first.status).to.equal('done');
    expect(second.status).to.equal('busy');
    expect(sent).to.deep.equal(['a']);
    expect(write.busy).to.equal(false);
  });

  it('keeps one Idempotency-Key for every attempt of a change, and a new one after it lands', async () => {
    const data = fakeData();
    const keys: (string | undefined)[] = [];
    const write = new WriteController<{ paused: boolean }, unknown>(new Host(), data, {
      idempotent: true,
      send: async (_client, _args, request: WriteRequest) => void keys.push(request.idempotencyKey),
    });
    data.answer(() => Promise.reject(new ApiError('timeout')));
    const failed = await write.run({ paused: true });
    expect(failed).to.deep.include({ status: 'failed' });
    expect(failed.status === 'failed' && failed.error.kind).to.equal('timeout');
    data.answer(() => Promise.reject(abortError()));
    expect((await write.run({ paused: true })).status).to.equal('aborted');
    data.answer(async () => 'ok');
    expect((await write.run({ paused: true })).status).to.equal('done');
    await write.run({ paused: true });
    await write.run({ paused: false });
    expect(keys[0]).to.match(/^[\da-f-]{36}$/);
    expect(keys.slice(0, 3)).to.deep.equal([keys[0], keys[0], keys[0]]);
    expect(new Set(keys).size).to.equal(3);
  });

  it('sends no key for a write that is not idempotent', async () => {
    const keys: (string | undefined)[] = [];
    const write = new WriteController<void, unknown>(new Host(), fakeData(), {
      send: async (_client, _args, request) => void keys.push(request.idempotencyKey),
    });
    await write.run();
    expect(keys).to.deep.equal([undefined]);
  });

  it('rolls an optimistic change back on failure, and refreshes what the write may have changed', async () => {
    const data = fakeData();
    let shown = 'before';
    const order: string[] = [];
    const write = new WriteController<string, string>(new Host(), data, {
      send: async () => 'saved',
      optimistic: (value) => {
        shown = value;
        return () => (shown = 'before');
      },
      commit: (result) => order.push(`commit ${result}`),
      done: (result) => order.push(`done ${result}`),
      refreshes: (_value, result) => (result ? [] : [cacheKeys.portal]),
    });
    data.answer(() => Promise.reject(new Error('a stream broke')));
    const outcome = await write.run('after');
    expect(shown).to.equal('before');
    // A thrown non-ApiError is a response the widget could not use.
    expect(outcome.status === 'failed' && outcome.error.kind).to.equal('invalid-response');
    expect(data.refreshed).to.deep.equal([cacheKeys.portal]);
    expect(order).to.deep.equal([]);
    data.answer(async () => 'saved');
    expect(await write.run('after')).to.deep.equal({ status: 'done', value: 'saved' });
    expect(shown).to.equal('after');
    expect(order).to.deep.equal(['commit saved', 'done saved']);
    expect(data.refreshed).to.have.length(1);
  });
});
