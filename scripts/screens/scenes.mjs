// The scenes `npm run screenshots` takes: a demo address, what to do once every widget has
// settled, and which measurements apply (see measure.mjs).
const READY = ['log-status', 'chart-ticks', 'knob'];

export const SCENES = [
  { name: 'light', query: '?', checks: READY, page: true },
  { name: 'dark', query: '?theme=dark', checks: READY, page: true },
  { name: 'brand', query: '?theme=brand', checks: READY },
  { name: 'rtl', query: '?locale=ar-EG', checks: READY, page: true },
];
