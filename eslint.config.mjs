// typescript-eslint with the recommended type-checked rules over the sources, tests and scripts.
// Every rule switched off or narrowed below says why.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'web/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Interfaces such as Storage and Outbox are async; their in-memory implementations have nothing to await.
      '@typescript-eslint/require-await': 'off',
      // A leading underscore marks a value taken out on purpose (`const { eTag: _eTag, ...rest } = item`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests read JSON from HTTP responses and Redis as it comes and assert on its shape; typing every
      // response would repeat the zod schemas the code under test already applies.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
);
