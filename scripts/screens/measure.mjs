// What `npm run screenshots` measures on every screen. `measure` runs in the page, so it is
// self-contained: no imports, no closure.

/**
 * Every problem found on the page: sideways overflow of the page or of any widget, touch
 * targets under 44 px (`touch`), and the named `checks` that apply to the widgets on show.
 */
export function measure({ touch, checks }) {
  const problems = [];
  const TARGET = 44;
  const round = (value) => Math.round(value * 10) / 10;
  if (document.documentElement.scrollWidth > innerWidth)
    problems.push(`the page is ${document.documentElement.scrollWidth} px wide in ${innerWidth}`);

  /** Every element under a root, shadow roots included. */
  const all = (root) => {
    const found = [];
    for (const element of root.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) found.push(...all(element.shadowRoot));
    }
    return found;
  };
  const shown = (element) => {
    const box = element.getBoundingClientRect();
    if (!box.width || !box.height) return false;
    const style = getComputedStyle(element);
    return style.visibility !== 'hidden' && style.clipPath !== 'inset(50%)' && box.width > 1;
  };
  /** Whether something between an element and its widget's root clips it sideways. */
  const clipped = (element, root) => {
    for (let node = element.parentElement; node; node = node.parentElement) {
      if (node.getRootNode() !== root) break;
      const style = getComputedStyle(node);
      if (style.overflowX !== 'visible' || style.clipPath === 'inset(50%)') return true;
    }
    return false;
  };
  const name = (element) =>
    `${element.localName}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : ''}${element.id ? `#${element.id}` : ''} "${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}"`;

  const widgets = [...document.querySelectorAll('*')].filter(
    (element) => element.localName.startsWith('ld-') && element.shadowRoot && shown(element),
  );
  for (const widget of widgets) {
    const host = widget.getBoundingClientRect();
    const tag = widget.localName;
    for (const element of all(widget.shadowRoot)) {
      if (!shown(element) || clipped(element, widget.shadowRoot)) continue;
      const dialog = element.closest('dialog');
      if (dialog && !dialog.open) continue;
      const box = element.getBoundingClientRect();
      // A modal dialog is in the top layer: it has to fit the window, not the widget.
      if (dialog) {
        if (box.right > innerWidth + 1 || box.left < -1)
          problems.push(`${tag}: ${name(element)} in a dialog leaves the window`);
        continue;
      }
      if (box.right > host.right + 1 || box.left < host.left - 1)
        problems.push(
          `${tag}: ${name(element)} sticks out sideways (${round(box.left)}–${round(box.right)} in ${round(host.left)}–${round(host.right)})`,
        );
    }
  }

  if (touch) {
    const controls = all(document).filter((element) =>
      element.matches(
        'button, select, summary, input:not([type="hidden"]), textarea, a[href]:not(p a, li a)',
      ),
    );
    for (const control of controls) {
      if (!shown(control) || control.closest('dialog:not([open])')) continue;
      const root = control.getRootNode();
      if (root instanceof ShadowRoot && !shown(root.host)) continue;
      // A checkbox's target is its label too.
      const boxes = [control, ...(control.labels ?? [])].map((item) =>
        item.getBoundingClientRect(),
      );
      const height = Math.max(...boxes.map((box) => box.height));
      const width = Math.max(...boxes.map((box) => box.width));
      if (height < TARGET - 0.5 || width < TARGET - 0.5) {
        const where = root instanceof ShadowRoot ? root.host.localName : 'page';
        problems.push(`${where}: ${name(control)} is a ${round(width)}×${round(height)} px target`);
      }
    }
  }

  const widget = (tag) => widgets.find((item) => item.localName === tag);
  if (checks.includes('log-status')) {
    const log = widget('ld-ingestion-log');
    const host = log?.getBoundingClientRect();
    const table = log?.shadowRoot.querySelector('.scroller')?.getBoundingClientRect();
    const rows = [...(log?.shadowRoot.querySelectorAll('.body .row') ?? [])].filter((row) => {
      const box = row.getBoundingClientRect();
      return table && box.top >= table.top && box.bottom <= table.bottom;
    });
    if (!rows.length) problems.push('ld-ingestion-log: no row in view');
    for (const row of rows) {
      const badge = row.querySelector('[part="badge"]')?.getBoundingClientRect();
      if (!badge || badge.left < host.left || badge.right > host.right || !badge.width)
        problems.push(`ld-ingestion-log: the status of row ${row.dataset.index} is off screen`);
      const reason = row.querySelector('[data-column="reason"]');
      if (reason?.textContent.trim() && reason.getBoundingClientRect().right > host.right)
        problems.push(`ld-ingestion-log: the reason of row ${row.dataset.index} is off screen`);
    }
  }
  // Both charts: the earnings' and the intake report's.
  for (const tag of checks.includes('chart-ticks')
    ? ['ld-payout-summary', 'ld-intake-report']
    : []) {
    const root = widget(tag)?.shadowRoot;
    /** A label's text box: an axis label may be a zero-height box its text overflows. */
    const textBox = (item) => {
      const range = document.createRange();
      range.selectNodeContents(item);
      return range.getBoundingClientRect();
    };
    const labels = (kind) =>
      [...(root?.querySelectorAll(`.chart [data-tick="${kind}"]`) ?? [])].filter(
        (item) => item.checkVisibility() && textBox(item).width > 0 && item.textContent.trim(),
      );
    for (const kind of ['value', 'date']) {
      const found = labels(kind);
      if (found.length < 2) problems.push(`${tag}: ${found.length} ${kind} tick labels`);
      const boxes = found.map(textBox);
      const frame = root?.querySelector('.chart')?.getBoundingClientRect();
      boxes.forEach((box, i) => {
        if (frame && (box.left < frame.left - 1 || box.right > frame.right + 1))
          problems.push(`${tag}: ${kind} tick "${found[i].textContent}" outside the chart`);
        const next = boxes[i + 1];
        if (
          next &&
          box.right > next.left + 0.5 &&
          next.right > box.left + 0.5 &&
          box.bottom > next.top &&
          next.bottom > box.top
        )
          problems.push(
            `${tag}: ${kind} ticks "${found[i].textContent}" and "${found[i + 1].textContent}" overlap`,
          );
      });
    }
  }
  if (checks.includes('knob')) {
    const sw = widget('ld-pause-toggle')?.shadowRoot.querySelector('[role="switch"]');
    if (sw) {
      const style = getComputedStyle(sw, '::before');
      const start = parseFloat(style.insetInlineStart);
      const end = start + parseFloat(style.inlineSize);
      const top = parseFloat(style.insetBlockStart);
      const bottom = top + parseFloat(style.blockSize);
      if (start < 0 || end > sw.clientWidth || top < 0 || bottom > sw.clientHeight)
        problems.push(
          `ld-pause-toggle: the knob (${start}–${end}, ${top}–${bottom}) leaves its ${sw.clientWidth}×${sw.clientHeight} track`,
        );
    } else problems.push('ld-pause-toggle: no switch');
  }
  return problems;
}
