import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'functions/src/**/*.test.ts',
            'hosting/src/**/*.test.ts',
            'hosting/test/**/*.test.ts',
            'functions/scripts/**/*.test.ts',
          ],
          // Browser-side code run against the emulators belongs to the emulator project.
          exclude: ['**/node_modules/**', 'hosting/test/**/*.emulator.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'emulator',
          include: ['functions/test/emulator/**/*.test.ts', 'hosting/test/**/*.emulator.test.ts'],
          // The conversation engine's suite runs in its own emulator run, with LLM keys (below).
          exclude: ['**/node_modules/**', 'functions/test/emulator/ai/**'],
          environment: 'node',
          // One emulator suite, shared state: files run one after another.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['functions/test/emulator/global-setup.ts'],
        },
      },
      {
        test: {
          // The conversation engine end to end: an emulator run whose functions have keys for
          // the local fake LLM vendors (emulators.mjs --llm), so every other suite runs keyless.
          name: 'emulator-ai',
          include: ['functions/test/emulator/ai/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
          globalSetup: ['functions/test/emulator/global-setup.ts'],
        },
      },
    ],
  },
});
