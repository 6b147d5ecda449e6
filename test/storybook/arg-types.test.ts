import { expect } from '@open-wc/testing';
import { typedControls } from '../../.storybook/arg-types.js';

const arg = (category: string, type: string) => ({
  name: 'x',
  table: { category, type: { summary: type } },
});

describe('Storybook controls from the manifest', () => {
  it('types each control by its manifest type, and gives none to what is not an input', () => {
    const result = typedControls({
      argTypes: {
        label: arg('attributes', 'string | undefined'),
        count: arg('properties', 'number'),
        open: arg('properties', 'boolean | undefined'),
        mode: arg('attributes', "'stream' | 'pages'"),
        theme: arg('attributes', 'Theme | undefined'),
        status: arg('attributes', 'LeadStatus | undefined'),
        auth: arg('properties', 'AuthProvider | null'),
        'ld-cap-change': arg('events', ''),
        empty: arg('slots', ''),
        badge: arg('css shadow parts', ''),
      },
    } as never) as Record<string, { control?: unknown; options?: unknown }>;
    expect(result.label!.control).to.deep.equal({ type: 'text' });
    expect(result.count!.control).to.deep.equal({ type: 'number' });
    expect(result.open!.control).to.deep.equal({ type: 'boolean' });
    expect(result.mode).to.deep.include({
      control: { type: 'select' },
      options: ['stream', 'pages'],
    });
    expect(result.theme!.options).to.deep.equal(['light', 'dark', 'system']);
    expect(result.status!.options).to.deep.equal(['accepted', 'unmatched', 'rejected', 'test']);
    for (const name of ['auth', 'ld-cap-change', 'empty', 'badge'])
      expect(result[name]!.control, name).to.equal(false);
  });
});
