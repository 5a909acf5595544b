/**
 * A message as the complaint rules read it (complaint.ts), at the fixture business that lists every language
 * Frontdesk reads, so each message is read in its own. Shared by the complaint tests of each round.
 */
import { everyLanguageBusiness, OPEN_NOW } from '../fixture.test-helper.js';
import { type ComplaintReading, complaintReading } from './complaint.js';
import { read } from './understand.js';

const business = everyLanguageBusiness();

export const said = (text: string): ComplaintReading => complaintReading(read(business, {}, text, OPEN_NOW), text);
