/**
 * The contract suite's setup for every registered adapter, by type. The
 * type makes a registered adapter without a setup a compile error, and
 * contract.test.ts runs the suite for each registry entry with its setup.
 */
import type { ContractSetup } from './channel.contract.js';
import { INSTAGRAM_CONTRACT } from './meta/instagram.contract-setup.test-helper.js';
import { MESSENGER_CONTRACT } from './meta/messenger.contract-setup.test-helper.js';
import type { AdapterType } from './registry.js';
import { TELEGRAM_CONTRACT } from './telegram/telegram.contract-setup.test-helper.js';
import { DIALOG360_CONTRACT } from './whatsapp/360dialog.contract-setup.test-helper.js';
import { WHATSAPP_META_CONTRACT } from './whatsapp/meta.contract-setup.test-helper.js';
import { MONTYMOBILE_CONTRACT } from './whatsapp/montymobile.contract-setup.test-helper.js';
import { QISCUS_CONTRACT } from './whatsapp/qiscus.contract-setup.test-helper.js';

export const CONTRACT_SETUPS: Record<AdapterType, ContractSetup> = {
  'whatsapp-meta': WHATSAPP_META_CONTRACT,
  'whatsapp-360dialog': DIALOG360_CONTRACT,
  'whatsapp-montymobile': MONTYMOBILE_CONTRACT,
  'whatsapp-qiscus': QISCUS_CONTRACT,
  messenger: MESSENGER_CONTRACT,
  instagram: INSTAGRAM_CONTRACT,
  telegram: TELEGRAM_CONTRACT,
};
