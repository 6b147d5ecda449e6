import { expect } from '@open-wc/testing';
import { oneOf, text } from './attributes.js';

describe('attribute converters', () => {
  let warnings: string[];
  let warn: typeof console.warn;
  beforeEach(() => {
    warnings = [];
    warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  });
  afterEach(() => (console.warn = warn));

  it('keeps a known value, and reads a removed or empty one as the default, silently', () => {
    const mode = oneOf('ld-test', 'mode', ['fast', 'slow'], 'fast');
    expect(mode.fromAttribute!('slow', undefined)).to.equal('slow');
    expect(mode.fromAttribute!(null, undefined)).to.equal('fast');
    expect(mode.fromAttribute!('', undefined)).to.equal('fast');
    expect(warnings).to.have.length(0);
  });

  it('reads an unknown value as the default and warns once, naming the choices', () => {
    const kind = oneOf('ld-test', 'kind', ['a', 'b'], undefined);
    expect(kind.fromAttribute!('zzz', undefined)).to.equal(undefined);
    expect(kind.fromAttribute!('zzz', undefined)).to.equal(undefined);
    expect(warnings).to.deep.equal([
      '[ld] <ld-test> kind="zzz" is not known (expected a, b; using none).',
    ]);
    kind.fromAttribute!('yyy', undefined);
    expect(warnings).to.have.length(2);
  });

  it('reads a removed text attribute as empty text', () => {
    expect(text.fromAttribute!(null, undefined)).to.equal('');
    expect(text.fromAttribute!('lead', undefined)).to.equal('lead');
  });
});
