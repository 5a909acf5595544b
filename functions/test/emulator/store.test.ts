/** The store's contract on the Firestore emulator: the in-memory fake keeps the same promises (memory.test.ts). */
import { runDatabaseContract } from '../../src/store/database.contract.js';
import { store } from './harness.js';

runDatabaseContract('firestore (emulator)', () => store());
