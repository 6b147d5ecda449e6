// lit is on the page already, as the other views' is: only the grid's own code is timed.
import 'lit';
import type { Grid } from '@vaadin/grid/vaadin-grid.js';
import type { GridColumn } from '@vaadin/grid/vaadin-grid-column.js';
import type { IngestionLogEntry } from '../../src/api/contract/ingestion.js';
import { COLUMNS } from './cells.js';
import { row, rows } from './data.js';
import { expose } from './harness.js';

/** `@vaadin/grid` 25 with its default styles, given the rows as an array (its fastest path). */

let data: IngestionLogEntry[] = [];
let grid: Grid<IngestionLogEntry> | undefined;
const firstId = row(0).id;

expose({
  async prepare(count) {
    data = rows(count);
  },

  load: () =>
    Promise.all([
      import('@vaadin/grid/vaadin-grid.js'),
      import('@vaadin/grid/vaadin-grid-column.js'),
    ]),

  deliver() {
    grid!.items = data;
  },

  mount(stage, withData) {
    grid = document.createElement('vaadin-grid') as Grid<IngestionLogEntry>;
    grid.style.height = '640px';
    for (const { header, text } of COLUMNS) {
      const column = document.createElement('vaadin-grid-column') as GridColumn<IngestionLogEntry>;
      column.header = header;
      column.renderer = (root, _column, model) => {
        root.textContent = text(model.item);
      };
      grid.append(column);
    }
    if (withData) grid.items = data;
    stage.append(grid);
  },

  painted() {
    return [...(grid?.querySelectorAll('vaadin-grid-cell-content') ?? [])].some(
      (cell) => cell.textContent === firstId,
    );
  },

  loaded() {
    return grid?.items?.length ?? 0;
  },

  scroller() {
    return grid!.shadowRoot!.querySelector<HTMLElement>('#table')!;
  },
});
