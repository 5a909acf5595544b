/**
 * The `staff` callable's actions. Conversation work, the try-it panel and
 * translation need membership; edits of the business, decisions on
 * suggested Q&A, approving or declining appointments and the profile
 * export need an owner. The assistant's parts
 * (responder, translation model) are passed in by the entry.
 */
import type { Action } from '../team/actions.js';
import { InBusiness, memberAction } from '../team/actions.js';
import { deleteItem, putArticle, putQa, putService, updateSection } from './business-edits.js';
import {
  assign,
  AssignInput,
  cancelScheduled,
  CancelScheduledInput,
  ConversationInput,
  handBack,
  reply,
  ReplyInput,
  takeOver,
} from './conversations.js';
import { type Assistant, assistantStatus, translate, TranslateInput, tryIt, TryItInput } from './assistant.js';
import {
  AppointmentInput,
  type BookingFor,
  cancelAppointment,
  CancelAppointmentInput,
  completeAppointment,
  createAppointment,
  CreateAppointmentInput,
  decideAppointment,
  DecideAppointmentInput,
  listAppointments,
  ListAppointmentsInput,
  markNoShow,
  moveAppointment,
  MoveAppointmentInput,
} from './bookings.js';
import { exportProfile } from './export-profile.js';
import { updateMemory, UpdateMemoryInput } from './memory.js';
import { deletePet, DeletePetInput, putPet, PutPetInput } from './pets.js';
import {
  AddPetPhotoInput,
  addPetPhoto,
  MediaInput,
  messageMedia,
  petPhoto,
  PetPhotoInput,
  RemovePetPhotoInput,
  removePetPhoto,
  UploadPetPhotoInput,
  uploadPetPhoto,
} from './media.js';
import {
  checkSection,
  deleteItemFields,
  putArticleFields,
  putQaFields,
  putServiceFields,
  sectionEditFields,
} from './schemas.js';
import { acceptSuggestion, AcceptSuggestionInput, dismissSuggestion, SuggestionInput } from './suggestions.js';

export const staffActions = (assistant: Assistant, booking?: BookingFor): Readonly<Record<string, Action>> => ({
  takeOver: memberAction('staff', ConversationInput, takeOver),
  handBack: memberAction('staff', ConversationInput, handBack),
  reply: memberAction('staff', ReplyInput, reply),
  cancelScheduled: memberAction('staff', CancelScheduledInput, cancelScheduled),
  assign: memberAction('staff', AssignInput, assign),
  updateMemory: memberAction('staff', UpdateMemoryInput, updateMemory),
  media: memberAction('staff', MediaInput, (ctx, input) => messageMedia(ctx, input)),
  putPet: memberAction('staff', PutPetInput, putPet),
  deletePet: memberAction('staff', DeletePetInput, deletePet),
  addPetPhoto: memberAction('staff', AddPetPhotoInput, addPetPhoto),
  petPhoto: memberAction('staff', PetPhotoInput, (ctx, input) => petPhoto(ctx, input)),
  uploadPetPhoto: memberAction('staff', UploadPetPhotoInput, (ctx, input) => uploadPetPhoto(ctx, input)),
  removePetPhoto: memberAction('staff', RemovePetPhotoInput, (ctx, input) => removePetPhoto(ctx, input)),
  updateSection: memberAction('owner', InBusiness.extend(sectionEditFields).transform(checkSection), updateSection),
  putService: memberAction('owner', InBusiness.extend(putServiceFields), putService),
  putArticle: memberAction('owner', InBusiness.extend(putArticleFields), putArticle),
  putQa: memberAction('owner', InBusiness.extend(putQaFields), putQa),
  deleteItem: memberAction('owner', InBusiness.extend(deleteItemFields), deleteItem),
  exportProfile: memberAction('owner', InBusiness, exportProfile),
  tryIt: memberAction('staff', TryItInput, (ctx, input) => tryIt(ctx, input, assistant)),
  assistantStatus: memberAction('staff', InBusiness, (ctx, input) => assistantStatus(ctx, input, assistant)),
  translate: memberAction('staff', TranslateInput, (ctx, input) => translate(ctx, input, assistant)),
  acceptSuggestion: memberAction('owner', AcceptSuggestionInput, acceptSuggestion),
  dismissSuggestion: memberAction('owner', SuggestionInput, dismissSuggestion),
  ...(booking ? bookingActions(booking) : {}),
});

/** Appointments: staff list, create, move, cancel and mark completed or no-show; approving or declining is an owner's, as on the notification's buttons. */
const bookingActions = (booking: BookingFor): Record<string, Action> => ({
  listAppointments: memberAction('staff', ListAppointmentsInput, listAppointments),
  createAppointment: memberAction('staff', CreateAppointmentInput, (ctx, input) =>
    createAppointment(ctx, input, booking),
  ),
  moveAppointment: memberAction('staff', MoveAppointmentInput, (ctx, input) => moveAppointment(ctx, input, booking)),
  cancelAppointment: memberAction('staff', CancelAppointmentInput, (ctx, input) =>
    cancelAppointment(ctx, input, booking),
  ),
  completeAppointment: memberAction('staff', AppointmentInput, (ctx, input) =>
    completeAppointment(ctx, input, booking),
  ),
  markNoShow: memberAction('staff', AppointmentInput, (ctx, input) => markNoShow(ctx, input, booking)),
  decideAppointment: memberAction('owner', DecideAppointmentInput, (ctx, input) =>
    decideAppointment(ctx, input, booking),
  ),
});
