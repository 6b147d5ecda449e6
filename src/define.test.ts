import { expect } from '@open-wc/testing';
import { define } from './define.js';

describe('define', () => {
  it('registers a tag once and warns, instead of throwing, on a second copy', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      class First extends HTMLElement {}
      class Second extends HTMLElement {}
      define('test-defined-twice', First);
      define('test-defined-twice', First);
      expect(warnings).to.have.length(0);
      define('test-defined-twice', Second);
      expect(customElements.get('test-defined-twice')).to.equal(First);
      expect(String(warnings[0])).to.include('<test-defined-twice> is already defined');
    } finally {
      console.warn = original;
    }
  });
});
