import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { setupWorker } from 'msw/browser';
import { createElement, Fragment } from 'react';
import { Controls, Description, Primary, Title } from '@storybook/addon-docs/blocks';
import manifest from '../custom-elements.json';
import '../entries/index.js';
import { SHIPPED_LOCALES } from '../locales/index.js';
import { storyMock, withPortal } from '../stories/support.js';
import './brands.css';
import { typedControls } from './arg-types.js';

interface Member {
  name: string;
  privacy?: string;
  static?: boolean;
}

// Autodocs and controls read every attribute, property, event, slot, part and CSS
// property from the manifest; its private and protected members are for readers of the
// code, not for a host, so they are left out here. Each element's prose is its JSDoc
// `@summary`, which the docs page shows as its description.
setCustomElementsManifest({
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) =>
      'members' in declaration
        ? {
            ...declaration,
            description:
              ('description' in declaration && declaration.description) ||
              ('summary' in declaration ? declaration.summary : undefined),
            members: (declaration.members as Member[]).filter(
              (member) => !member.privacy && !member.static && !member.name.startsWith('#'),
            ),
          }
        : declaration,
    ),
  })),
});

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
  argTypesEnhancers: [typedControls],
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Theme, or an agency brand made of --ld-* tokens and ::part only',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'system', title: 'System' },
          { value: 'brand-harbor', title: 'Brand: Harbor (serif, teal)' },
          { value: 'brand-summit', title: 'Brand: Summit (dark, amber)' },
        ],
      },
    },
    locale: {
      description: 'Language of the widgets; Arabic lays out right to left',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: SHIPPED_LOCALES.map(({ value, label }) => ({ value, title: label })),
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en-US' },
  parameters: {
    // One live widget per docs page: every story has a mock of its own (faults, people),
    // and several on one page would share it.
    docs: {
      page: () =>
        createElement(
          Fragment,
          null,
          createElement(Title),
          createElement(Description),
          createElement(Primary),
          createElement(Controls),
        ),
    },
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
