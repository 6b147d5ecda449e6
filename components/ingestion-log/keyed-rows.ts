import { noChange, render, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export interface KeyedRow {
  /** Who the row is: a row whose key stays in the list keeps its element, and so its focus. */
  key: string;
  attributes: Readonly<Record<string, string>>;
  content: TemplateResult;
}

/**
 * Keeps an element's children as one `div` per key, in order. A row whose key stays keeps
 * its element (a focused row stays focused as the window moves); elements of rows that
 * left are re-used for the rows that came, so scrolling re-renders rows rather than
 * creating them.
 *
 * Lit's `repeat` would do the keying, but lit-html 3.3 leaves a comment marker behind for
 * every item it removes (lit/lit#5010): scrolling 100,000 rows left 100,000 nodes.
 */
class KeyedRowsDirective extends Directive {
  #elements = new Map<string, HTMLElement>();
  /** Detached rows kept for re-use, at most as many as are shown. */
  #spare: HTMLElement[] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('keyedRows() belongs on an element');
  }

  render(_rows: readonly KeyedRow[]) {
    return noChange;
  }

  override update(part: ElementPart, [rows]: [readonly KeyedRow[]]) {
    const container = part.element;
    // A key seen twice (a server that repeats a lead) still gets a row of its own.
    const keys = new Set<string>();
    for (const [index, row] of rows.entries())
      keys.add(keys.has(row.key) ? `${row.key}\u0000${index}` : row.key);
    const spare = this.#spare;
    for (const [key, element] of this.#elements) {
      if (keys.has(key)) continue;
      element.remove();
      spare.push(element);
    }
    const elements = new Map<string, HTMLElement>();
    let next = container.firstElementChild;
    const order = [...keys];
    for (const [index, row] of rows.entries()) {
      const key = order[index]!;
      const element =
        this.#elements.get(key) ?? spare.pop() ?? container.ownerDocument.createElement('div');
      for (const [name, value] of Object.entries(row.attributes)) {
        if (element.getAttribute(name) !== value) element.setAttribute(name, value);
      }
      render(row.content, element, { host: part.options?.host });
      if (element === next) next = next.nextElementSibling;
      else container.insertBefore(element, next);
      elements.set(key, element);
    }
    this.#elements = elements;
    spare.length = Math.min(spare.length, rows.length);
    return noChange;
  }
}

export const keyedRows = directive(KeyedRowsDirective);
