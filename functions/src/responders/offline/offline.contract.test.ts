import { runResponderContract } from '../responder.contract.js';
import { offlineResponder } from './offline.js';

runResponderContract('offline', () => offlineResponder);
