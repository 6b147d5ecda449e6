import { expect } from '@open-wc/testing';
import { formatMessage, placeholders } from './message.js';

const strip = (text: string) => text.replace(/[\u2066-\u2069]/g, '');
const leads = '{count, plural, =0 {no leads} one {# lead} other {# leads}}';

describe('formatMessage', () => {
  it('fills in only known names, each isolated for bidi', () => {
    expect(formatMessage('{a} and {b}', { a: 'x' })).to.equal('\u2068x\u2069 and {b}');
    expect(formatMessage('No values')).to.equal('No values');
  });

  it('formats numbers in the language’s digits', () => {
    expect(strip(formatMessage('{n} rows', { n: 12345 }, 'de'))).to.equal('12.345 rows');
    expect(strip(formatMessage('{n}', { n: 12 }, 'ar-EG'))).to.equal('١٢');
  });

  it('picks English plural forms, an exact case first', () => {
    expect(strip(formatMessage(leads, { count: 0 }))).to.equal('no leads');
    expect(strip(formatMessage(leads, { count: 1 }))).to.equal('1 lead');
    expect(strip(formatMessage(leads, { count: 2000 }))).to.equal('2,000 leads');
  });

  it('picks each of Arabic’s six forms', () => {
    const template =
      '{n, plural, zero {zero #} one {one #} two {two #} few {few #} many {many #} other {other #}}';
    const forms = [0, 1, 2, 3, 11, 100].map(
      (n) => strip(formatMessage(template, { n }, 'ar')).split(' ')[0],
    );
    expect(forms).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
  });

  it('selects by value, with other as the fallback, and nests placeholders', () => {
    const template = '{kind, select, daily {Daily {name}} other {Some {name}}}';
    expect(strip(formatMessage(template, { kind: 'daily', name: 'cap' }))).to.equal('Daily cap');
    expect(strip(formatMessage(template, { kind: 'weekly', name: 'cap' }))).to.equal('Some cap');
  });

  it('lists the names a template fills in', () => {
    expect(placeholders(`{a} {b, plural, one {# {c}} other {#}}`)).to.deep.equal(['a', 'b', 'c']);
  });

  it('keeps a malformed template’s words, and only the strict check rejects it', () => {
    const hostile = 'Show — ${alert(1)} {n, plural, one {x}} {name}';
    expect(strip(formatMessage(hostile, { n: 1, name: 'Ana' }))).to.equal(
      'Show — ${alert(1)} {n, plural, one {x}} Ana',
    );
    expect(formatMessage('a } b', {})).to.equal('a } b');
    expect(() => placeholders('{n, plural, one {x}}')).to.throw(/other case/);
    expect(() => placeholders('{n, date}')).to.throw(/not a placeholder/);
    expect(() => placeholders('${alert(1)}')).to.throw(/not a placeholder/);
    expect(() => placeholders('{unclosed')).to.throw(/unclosed/);
  });
});
