import 'lit';
import type { IngestionLogEntry } from '../../src/api/contract/ingestion.js';
import type { PlainLogTable } from './plain-table.js';
import { row, rows } from './data.js';
import { expose } from './harness.js';

let data: IngestionLogEntry[] = [];
let table: PlainLogTable | undefined;
const firstId = row(0).id;
const cell = (selector: string) => table?.shadowRoot?.querySelector<HTMLElement>(selector);

expose({
  async prepare(count) {
    data = rows(count);
  },

  load: () => import('./plain-table.js'),

  deliver() {
    table!.rows = data;
  },

  mount(stage, withData) {
    table = document.createElement('plain-log-table') as PlainLogTable;
    if (withData) table.rows = data;
    stage.append(table);
  },

  painted() {
    return cell('tbody tr td:nth-child(2)')?.textContent === firstId;
  },

  loaded() {
    return table?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0;
  },

  scroller() {
    return cell('.scroller')!;
  },
});
