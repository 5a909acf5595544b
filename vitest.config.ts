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
