import type { Messages } from './index.js';

/** Arabic addresses the customer in the polite plural, which needs no gender. */
export const ar: Messages = {
  hello: (name) => (name ? `مرحبًا ${name}!` : 'مرحبًا!'),
  salamReply: 'وعليكم السلام ورحمة الله!',
  welcome: (business) => `أهلًا بكم في ${business}.`,
  offerHelp: 'يسعدني مساعدتكم بخصوص خدماتنا وأسعارنا وساعات العمل والحجوزات، ماذا تودّون أن تعرفوا؟',
  thanks: 'على الرحب والسعة! هل يمكنني مساعدتكم بأي شيء آخر؟',
  anythingElse: 'هل يمكنني مساعدتكم بأي شيء آخر؟',
  goodbye: 'شكرًا لتواصلكم معنا، نتمنى لكم يومًا سعيدًا!',
  handoff: 'شكرًا لرسالتكم، سيردّ عليكم أحد أعضاء فريقنا قريبًا.',
  human: 'بكل سرور، سأحوّل محادثتكم إلى أحد أعضاء فريقنا وسيردّ عليكم هنا قريبًا.',
  complaintApology: 'نعتذر جدًا عمّا حصل معكم.',
  complaintFollowUp: 'لقد أوصلت رسالتكم إلى فريقنا، وسيتواصل معكم أحدهم شخصيًا في أقرب وقت.',
  endOfLife:
    'نأسف جدًا، فهذه لحظة صعبة. لقد أوصلت رسالتكم إلى فريقنا، وسيتواصل معكم أحدهم شخصيًا للحديث معكم في الأمر بهدوء ودون استعجال.',
  cannotDoThat: 'يمكنني المساعدة فقط في الأسئلة عن خدماتنا وأسعارنا ومواعيدنا، لذلك حوّلت رسالتكم إلى فريقنا.',
  emergency: 'قد تكون هذه حالة طبية طارئة. يرجى الاتصال فورًا برقم الطوارئ المحلي أو التوجه إلى أقرب قسم طوارئ.',
  danger: 'قد تكون هذه حالة طارئة. أبعدوا الجميع عن الخطر واتصلوا فورًا برقم الطوارئ المحلي.',
  selfHarm: 'نحن آسفون جدًا لما تمرّون به. يرجى الاتصال فورًا برقم الطوارئ المحلي أو بخط مساعدة، لستم وحدكم.',
  emergencyTeam: 'وقد أبلغت فريقنا أيضًا.',
  writtenIn: (language) => `(هذه الإجابة مكتوبة لدينا باللغة ${language}.)`,
  openNow: (until) => `نحن مفتوحون الآن حتى الساعة ${until}.`,
  closedNow: (when) => `نحن مغلقون الآن، ونفتح مجددًا ${when}.`,
  hours: (week) => `ساعات العمل: ${week}.`,
  noClosures: (month) => `لا يوجد لدينا أي إغلاق أو مواعيد خاصة مقررة في ${month}.`,
  holiday: (name, date, hours) =>
    hours ? `يرجى الملاحظة: ${name} يوم ${date}، نعمل ${hours}.` : `يرجى الملاحظة: نحن مغلقون يوم ${date} (${name}).`,
  dateOpen: (date, hours) => `يوم ${date} نعمل ${hours}.`,
  dateClosed: (date) => `يوم ${date} نحن مغلقون.`,
  dateHoliday: (name, date, hours) =>
    hours ? `يوم ${date} (${name}) نعمل ${hours}.` : `يوم ${date} (${name}) نحن مغلقون.`,
  weekdayOpen: (days, hours) => `أيام ${days} نعمل ${hours}.`,
  weekdayClosed: (days) => `أيام ${days} نحن مغلقون.`,
  address: (address) => `📍 ${address}`,
  map: (url) => `الخريطة: ${url}`,
  phone: (phone) => `📞 ${phone}`,
  email: (email) => `✉️ ${email}`,
  website: (url) => `🌐 ${url}`,
  servicesIntro: 'هذه خدماتنا:',
  // Arabic counted nouns change form with the number (3–10 plural, 11+ singular): the count stands apart.
  more: (count) => `…وخدمات أخرى (${count}).`,
  from: (price) => `ابتداءً من ${price}`,
  free: 'مجانًا',
  deposit: (amount) => `يتطلب الحجز عربونًا بقيمة ${amount}`,
  bookPrompt: 'هل ترغبون بحجز موعد؟',
  booking:
    'لا يمكنني تأكيد المواعيد بنفسي بعد، أرسلوا لنا الخدمة التي ترغبون بها واليوم والوقت المناسبين لكم، وسيؤكد أحد أعضاء فريقنا موعدكم.',
  bookingCall: (phone) => `ويمكنكم أيضًا الاتصال بنا على ${phone}.`,
  bookingOnline: (url) => `أو احجزوا عبر الإنترنت: ${url}`,
};
