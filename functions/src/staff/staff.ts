/**
 * The `staff` callable's actions. Conversation work needs membership; edits
 * of the business and the profile export need an owner.
 */
import type { Action } from '../team/actions.js';
import { InBusiness, memberAction } from '../team/actions.js';
import { deleteItem, putArticle, putQa, putService, updateSection } from './business-edits.js';
import { ConversationInput, handBack, ReplyInput, sendStaffReply, takeOver } from './conversations.js';
import { exportProfile } from './export-profile.js';
import { MediaInput, messageMedia } from './media.js';
import {
  checkSection,
  deleteItemFields,
  putArticleFields,
  putQaFields,
  putServiceFields,
  sectionEditFields,
} from './schemas.js';

export const staffActions: Readonly<Record<string, Action>> = {
  takeOver: memberAction('staff', ConversationInput, takeOver),
  handBack: memberAction('staff', ConversationInput, handBack),
  reply: memberAction('staff', ReplyInput, sendStaffReply),
  media: memberAction('staff', MediaInput, (ctx, input) => messageMedia(ctx, input)),
  updateSection: memberAction('owner', InBusiness.extend(sectionEditFields).transform(checkSection), updateSection),
  putService: memberAction('owner', InBusiness.extend(putServiceFields), putService),
  putArticle: memberAction('owner', InBusiness.extend(putArticleFields), putArticle),
  putQa: memberAction('owner', InBusiness.extend(putQaFields), putQa),
  deleteItem: memberAction('owner', InBusiness.extend(deleteItemFields), deleteItem),
  exportProfile: memberAction('owner', InBusiness, exportProfile),
};
