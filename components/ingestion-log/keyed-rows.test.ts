import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { keyedRows } from './keyed-rows.js';

describe('keyedRows', () => {
  let root: HTMLElement;
  const show = (keys: string[]) => {
    render(
      html`<div
        class="body"
        ${keyedRows(
          keys.map((key, index) => ({
            key,
            attributes: { class: 'row', 'data-index': String(index) },
            content: html`<span>${key}</span>`,
          })),
        )}
      ></div>`,
      root,
    );
    return [...root.querySelectorAll<HTMLElement>('.row')];
  };
  const text = (rows: HTMLElement[]) => rows.map((row) => row.textContent);

  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => root.remove());

  it('keeps a row on its key as the list moves, and re-uses the rows that left', () => {
    const first = show(['a', 'b', 'c']);
    const moved = show(['b', 'c', 'd']);
    expect(text(moved)).to.deep.equal(['b', 'c', 'd']);
    expect(moved[0]).to.equal(first[1]);
    expect(moved[1]).to.equal(first[2]);
    // The row that held "a" now holds "d": nothing was created.
    expect(moved[2]).to.equal(first[0]);
    expect(moved.map((row) => row.dataset.index)).to.deep.equal(['0', '1', '2']);
    const reordered = show(['d', 'b', 'c']);
    expect(text(reordered)).to.deep.equal(['d', 'b', 'c']);
    expect(reordered[0]).to.equal(first[0]);
  });

  it('gives a repeated key a row of its own', () => {
    expect(text(show(['a', 'a', 'b']))).to.deep.equal(['a', 'a', 'b']);
    expect(text(show(['a', 'b']))).to.deep.equal(['a', 'b']);
  });

  it('leaves no nodes behind when rows go', () => {
    show(['a', 'b', 'c']);
    const body = root.querySelector('.body')!;
    const before = body.childNodes.length;
    show(['x', 'y', 'z']);
    show(['a', 'b', 'c']);
    expect(body.childNodes.length).to.equal(before);
    expect(text(show([]))).to.deep.equal([]);
    expect(body.childNodes.length).to.equal(0);
  });

  it('refuses to sit anywhere but on an element', () => {
    expect(() => render(html`<p>${keyedRows([])}</p>`, root)).to.throw(/on an element/);
  });
});
