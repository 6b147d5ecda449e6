import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const clock = "read the portal's clock (config.clock.now(), localize.now(), client.now()) instead";
/** Every way to read the wall clock; only src/clock/clock.ts may. */
export const wallClockReads = [
  [
    'NewExpression[callee.name="Date"][arguments.length=0]',
    `new Date() reads the wall clock: ${clock}.`,
  ],
  [
    'NewExpression[callee.property.name="Date"][arguments.length=0]',
    `new Date() reads the wall clock: ${clock}.`,
  ],
  ['CallExpression[callee.name="Date"]', `Date() reads the wall clock: ${clock}.`],
  [
    'MemberExpression[object.name="Date"][property.name="now"]',
    `Date.now reads the wall clock: ${clock}.`,
  ],
  [
    'MemberExpression[object.property.name="Date"][property.name="now"]',
    `Date.now reads the wall clock: ${clock}.`,
  ],
  [
    'MemberExpression[object.name="performance"][property.name=/^(now|timeOrigin)$/]',
    `performance.now is a second clock: ${clock}.`,
  ],
  [
    'MemberExpression[object.name="Temporal"][property.name="Now"]',
    `Temporal.Now reads the wall clock: ${clock}.`,
  ],
].map(([selector, message]) => ({ selector, message }));

const restrictedPaths = [
  { name: 'lit/directives/unsafe-html.js', message: 'API data goes through Lit templates only.' },
  {
    name: 'lit/directives/style-map.js',
    message:
      'styleMap writes a style attribute that a strict CSP blocks; use styleProps from src/ui/style-props.js.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'storybook-static/**',
      'coverage/**',
      'node_modules/**',
      'demo/dist/**',
      'bench/**/.out/**',
      '!.storybook',
      '!.ci',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    settings: { wc: { elementBaseClasses: ['LitElement', 'LdElement'] } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': ['error', { paths: restrictedPaths }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use Lit templates.' },
      ],
    },
  },
  {
    // The core never depends on the widgets: entries/ puts the two together.
    files: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: restrictedPaths,
          patterns: [
            {
              regex: '(^|/)(components|entries)/',
              message: 'src/ is the core and never imports a widget or an entry point.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'test/**/*.mjs', '.storybook/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Widgets, mocks, tests, stories and the demo read time from one clock, so that the
    // suite passes on any date. Scripts, tooling tests and benchmarks (scripts, test, bench) time themselves.
    files: [
      'src/**/*.ts',
      'components/**/*.ts',
      'stories/**/*.ts',
      '.storybook/**/*.ts',
      'demo/**/*.ts',
      'test/support/**/*.ts',
      'test/integration/**/*.ts',
    ],
    ignores: ['src/clock/clock.ts'],
    rules: { 'no-restricted-syntax': ['error', ...wallClockReads] },
  },
  prettier,
);
