/**
 * Round 45: Darija's "ma…ch" written apart in Arabizi ("ma kaytnfsch", does not breathe) reads as the glued
 * form; blue lips in Arabizi; a husband or a wife ("rajli", "mrati") marks a Latin message as Arabizi. A verb
 * that is not negated, or a French "ma" (my), is no emergency.
 */
import { describeEmergencies } from './safety.test-helper.js';

describeEmergencies(
  'round 45: Arabizi negation apart, blue lips',
  [
    [
      'breathing',
      '3AFAK 3AFAK jawbouni rajli ma kaytnfsch mzyan chfaydo zr9in w ma bghach yfi9 kan3ytlo ma kayjawbnich chno ndir????',
    ],
    ['breathing', 'rajli ma kaytnfsch mzyan'],
    ['breathing', 'mrati ma katnfsch, 3afak chno ndir'],
    ['breathing', 'rajli makaytnfsch'],
    ['breathing', 'weldi chfayfo zr9in o ma kaytnfsch mzyan'],
    ['breathing', 'ibni shfafo zer2 w ma 3am yetnaffas mnih'],
    ['unconscious', 'bba ma kayfi9ch 3afak'],
  ],
  [
    'lkelb dyali kaytnfs mzyan daba',
    'ma kaynch chi blasa ghda?',
    'wach kayn chi blasa lyoum? ma bghitch nji m3ettel',
    'ma mère a un rdv demain, ma coach aussi',
    'rajli kayn3es bzaf w kaychekher, wach n9der njibo?',
  ],
);
