// The shape every suite reports in: figures with their bars, and positive controls.

/** One figure: what was measured, its value, the bar it must meet, and whether it does. */
export const figure = (area, name, value, bar, ok) => ({ area, name, value, bar, ok });

/** A bar of zero. */
export const zero = (area, name, value) => figure(area, name, value, '0', value === 0);

/** A detector's positive control: what was planted, and whether the detector caught it. */
export const control = (name, caught) => ({ name, caught });
