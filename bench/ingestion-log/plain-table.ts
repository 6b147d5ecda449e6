import { LitElement, css, html } from 'lit';
import type { IngestionLogEntry } from '../../src/api/contract/ingestion.js';
import { COLUMNS } from './cells.js';

/** The floor a hand-written Lit table starts from: every row rendered, no window. */
export class PlainLogTable extends LitElement {
  static override properties = { rows: { attribute: false } };
  static override styles = css`
    .scroller {
      block-size: 600px;
      overflow: auto;
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
    }
    td,
    th {
      block-size: 44px;
      padding-inline: 0.75rem;
      text-align: start;
      white-space: nowrap;
    }
  `;
  rows: IngestionLogEntry[] = [];

  protected override render() {
    return html`<div class="scroller">
      <table>
        <thead>
          <tr>
            ${COLUMNS.map((column) => html`<th>${column.header}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${this.rows.map(
            (lead) =>
              html`<tr>
                ${COLUMNS.map((column) => html`<td>${column.text(lead)}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
customElements.define('plain-log-table', PlainLogTable);
