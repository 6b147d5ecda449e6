import type { Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { setupWorker } from 'msw/browser';
import '../src/index.js';
import { storyMock, withPortal } from '../stories/support.js';

const preview: Preview = {
  loaders: [
    // The same handlers as the tests and the demo, started once.
    mswLoader(async () => {
      const worker = setupWorker(...storyMock.handlers);
      await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
      return worker;
    }),
  ],
  decorators: [withPortal],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
