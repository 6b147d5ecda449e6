import { expect } from '@open-wc/testing';
import { CsvParser, csvRecord, safeCell } from './csv.js';

const parseAll = (chunks: string[]) => {
  const parser = new CsvParser();
  return [...chunks.flatMap((chunk) => parser.push(chunk)), ...parser.end()];
};

describe('CSV', () => {
  const tricky = [
    ['plain', 'with, comma', 'with "quotes"', 'multi\nline', 'crlf\r\nline', 'ünïcødé ✓ 🚀', ''],
    ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR', '+14155550100', '-12.50'],
  ];

  it('parses what it writes, whatever the values hold', () => {
    const text = tricky.map(csvRecord).join('');
    const back = parseAll([text]);
    expect(back[0]).to.deep.equal(tricky[0]);
    expect(back[1]).to.deep.equal([
      `'=HYPERLINK("http://x")`,
      '+1',
      `'-2+3`,
      `'@SUM(A1)`,
      `'\tTAB`,
      `'\rCR`,
      '+14155550100',
      '-12.50',
    ]);
  });

  it('parses a stream cut anywhere, even inside quotes and CRLF', () => {
    const text = tricky.map(csvRecord).join('');
    for (let size = 1; size <= 7; size++) {
      const chunks = text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g'))!;
      expect(parseAll(chunks)).to.deep.equal(parseAll([text]));
    }
  });

  it('reads the last record without a line break, LF-only files, and empty fields', () => {
    expect(parseAll(['a,b\nc,'])).to.deep.equal([
      ['a', 'b'],
      ['c', ''],
    ]);
    expect(parseAll(['"x"""'])).to.deep.equal([['x"']]);
    expect(parseAll([''])).to.deep.equal([]);
  });

  it('refuses a file that ends inside quotes', () => {
    const parser = new CsvParser();
    parser.push('a,"open');
    expect(() => parser.end()).to.throw(SyntaxError);
  });

  it('quotes only when it must, and defuses formulas but not numbers', () => {
    expect(csvRecord(['a', 'b c', '1,5'])).to.equal('a,b c,"1,5"\r\n');
    expect(safeCell('=1+1')).to.equal(`'=1+1`);
    expect(safeCell('-5')).to.equal('-5');
    expect(safeCell('-5 apples')).to.equal(`'-5 apples`);
    expect(safeCell('normal')).to.equal('normal');
  });
});
