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
          environment: 'node',
        },
      },
      {
        test: {
          name: 'emulator',
          // The dashboard's end-to-end tests drive Chromium against the same emulator suite.
          include: ['functions/test/emulator/**/*.test.ts', 'hosting/e2e/**/*.test.ts'],
          environment: 'node',
          // One emulator suite, shared state: files run one after another.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['functions/test/emulator/global-setup.ts'],
        },
      },
    ],
  },
});
