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

  describe('read by a spreadsheet that splits on another separator', () => {
    const FORMULA = /^ *[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
    const PLAIN = /^[+-]?\d+(\.\d+)?$/;
    // A whole cell that is a plain number is no formula; anything longer that starts like one is.
    const live = (cell: string) => FORMULA.test(cell) && !PLAIN.test(cell.trim());
    const planted = [
      ['x;=1+1', "a\t=cmd|' /C calc'!A0", 'b|=HYPERLINK("http://x")', 'c,  @SUM(A1)'],
      ['d\n+1+2', 'e\r\n-3+4', 'f;;\uFF1D1+1', 'g\t\t\uFF201'],
      ['h; -5', 'i\t+14155550100', 'j;-12.50 apples', 'k;=SUM(A1);=2'],
      ['\t=1+1', '\r\n@SUM(1)', '\t\t-2+3', 'l'],
    ];
    const file = planted.map(csvRecord).join('');

    for (const [name, separator] of [
      ['semicolon', ';'],
      ['TAB', '\t'],
      ['comma', ','],
      ['pipe', '|'],
    ] as const) {
      it(`leaves no live formula when split on ${name}, quotes honoured`, () => {
        const parser = new CsvParser(separator);
        const cells = [...parser.push(file), ...parser.end()].flat();
        expect(cells.filter(live)).to.deep.equal([]);
      });

      it(`leaves no live formula when split on ${name} by a reader that ignores quotes`, () => {
        const cells = file.split(/\r?\n/).flatMap((line) => line.split(separator));
        expect(cells.map((cell) => cell.replace(/^"/, '')).filter(live)).to.deep.equal([]);
      });
    }

    it('keeps every value readable, changed only by the quotes it needs', () => {
      const back = parseAll([file]);
      expect(back[0]).to.deep.equal([
        "x;'=1+1",
        "a\t'=cmd|' /C calc'!A0",
        'b|\'=HYPERLINK("http://x")',
        "c,  '@SUM(A1)",
      ]);
      // A number after a separator is defused too: a reader ignoring quotes runs it on.
      expect(back[2]![0]).to.equal("h; '-5");
      expect(back[2]![1]).to.equal("i\t'+14155550100");
      expect(csvRecord(['a;b'])).to.equal('"a;b"\r\n');
    });
  });
});
