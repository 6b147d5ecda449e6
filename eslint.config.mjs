import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit/directives/unsafe-html.js',
              message: 'API data goes through Lit templates only.',
            },
            {
              name: 'lit/directives/style-map.js',
              message:
                'styleMap writes a style attribute that a strict CSP blocks; use styleProps from src/ui/style-props.js.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use Lit templates.' },
      ],
    },
  },
  {
    files: ['**/*.mjs', '.ci/**', '.storybook/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  prettier,
);
