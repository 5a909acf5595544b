/**
 * What the booking dialogue says, in English, Spanish, French, Arabic,
 * Catalan, Portuguese, Italian and German. Placeholders ({service}, {day}, {time}, {price},
 * {deposit}, {url}, {until}, {name}) are filled only with the business's
 * own data and real availability; no template carries a number of its own.
 */

export const DIALOGUE_LANGUAGES = ['en', 'es', 'fr', 'ar', 'ca', 'pt', 'it', 'de'] as const;
export type DialogueLanguage = (typeof DIALOGUE_LANGUAGES)[number];

export interface Texts {
  askService: string;
  whichOf: string;
  askVariant: string;
  askDay: string;
  noDays: string;
  offerTimes: string;
  offerDays: string;
  nothingOn: string;
  nothingAt: string;
  nothingInPart: string;
  whichTime: string;
  taken: string;
  askName: string;
  askPet: string;
  whichPet: string;
  confirm: string;
  forPet: string;
  withDeposit: string;
  booked: string;
  awaitingPayment: string;
  pending: string;
  abandoned: string;
  handoff: string;
  notUnderstood: string;
  changeWhat: string;
  replyNumber: string;
  expired: string;
  yes: string;
  change: string;
  cancel: string;
  otherDay: string;
  otherPet: string;
  service: string;
  dayTime: string;
  morning: string;
  afternoon: string;
  evening: string;
}

export const TEXTS: Record<DialogueLanguage, Texts> = {
  en: {
    askService: 'Which service would you like to book?',
    whichOf: 'Which of these do you mean?',
    askVariant: 'Which option would you like for {service}?',
    askDay: 'Which day suits you for {service}? These days have free times:',
    noDays: 'Sorry, there are no free times for {service} in the coming weeks. I’ll ask the team to get back to you.',
    offerTimes: 'Free times for {service} on {day}:',
    offerDays: 'These days have free times for {service}:',
    nothingOn: 'Sorry, nothing is free for {service} on {day}.',
    nothingAt: 'Sorry, {time} isn’t free on {day}.',
    nothingInPart: 'Sorry, nothing is free in the {part} on {day}.',
    whichTime: 'Do you mean {a} or {b}?',
    taken: 'Sorry, that time was just taken.',
    askName: 'What name should I put the booking under?',
    askPet: 'What’s your pet’s name?',
    whichPet: 'Which pet is this for?',
    confirm: '{service} on {day} at {time}{with}. Price: {price}.{deposit} Shall I book it?',
    forPet: ' for {pet}',
    withDeposit: ' A deposit of {deposit} confirms it.',
    booked: 'You’re booked, {name}: {service} on {day} at {time}. See you then!',
    awaitingPayment:
      'Almost done, {name}! Please pay the {deposit} deposit to confirm {service} on {day} at {time}: {url} — I’m holding the time until {until}.',
    pending:
      'Thanks, {name}! Your request for {service} on {day} at {time} is with the team; we’ll confirm it here shortly.',
    abandoned: 'No problem, I’ve stopped the booking. Write any time you’d like to book.',
    handoff: 'I’ll pass you to the team; someone will reply here shortly.',
    notUnderstood: 'Sorry, I didn’t catch that.',
    changeWhat: 'What would you like to change?',
    replyNumber: 'Reply with the number.',
    expired: 'The time I was holding has been released.',
    yes: 'Yes, book it',
    change: 'Change',
    cancel: 'Cancel',
    otherDay: 'Another day',
    otherPet: 'Another pet',
    service: 'Service',
    dayTime: 'Day or time',
    morning: 'morning',
    afternoon: 'afternoon',
    evening: 'evening',
  },
  es: {
    askService: '¿Qué servicio quieres reservar?',
    whichOf: '¿Cuál de estos quieres decir?',
    askVariant: '¿Qué opción quieres para {service}?',
    askDay: '¿Qué día te viene bien para {service}? Estos días tienen horas libres:',
    noDays: 'Lo siento, no hay horas libres para {service} en las próximas semanas. Le pido al equipo que te escriba.',
    offerTimes: 'Horas libres para {service} el {day}:',
    offerDays: 'Estos días tienen horas libres para {service}:',
    nothingOn: 'Lo siento, no queda nada libre para {service} el {day}.',
    nothingAt: 'Lo siento, a las {time} no está libre el {day}.',
    nothingInPart: 'Lo siento, no hay nada libre por la {part} el {day}.',
    whichTime: '¿Te refieres a las {a} o a las {b}?',
    taken: 'Lo siento, esa hora se acaba de ocupar.',
    askName: '¿A nombre de quién hago la reserva?',
    askPet: '¿Cómo se llama tu mascota?',
    whichPet: '¿Para qué mascota es?',
    confirm: '{service} el {day} a las {time}{with}. Precio: {price}.{deposit} ¿La reservo?',
    forPet: ' para {pet}',
    withDeposit: ' Se confirma con un depósito de {deposit}.',
    booked: '¡Listo, {name}! Tienes reserva: {service} el {day} a las {time}. ¡Te esperamos!',
    awaitingPayment:
      '¡Casi está, {name}! Paga el depósito de {deposit} para confirmar {service} el {day} a las {time}: {url} — te guardo la hora hasta las {until}.',
    pending:
      '¡Gracias, {name}! Tu solicitud de {service} el {day} a las {time} está con el equipo; te la confirmamos aquí en breve.',
    abandoned: 'Sin problema, he parado la reserva. Escríbeme cuando quieras reservar.',
    handoff: 'Te paso con el equipo; alguien te responderá aquí en breve.',
    notUnderstood: 'Perdona, no lo he entendido.',
    changeWhat: '¿Qué quieres cambiar?',
    replyNumber: 'Responde con el número.',
    expired: 'La hora que te guardaba se ha liberado.',
    yes: 'Sí, resérvala',
    change: 'Cambiar',
    cancel: 'Cancelar',
    otherDay: 'Otro día',
    otherPet: 'Otra mascota',
    service: 'Servicio',
    dayTime: 'Día u hora',
    morning: 'mañana',
    afternoon: 'tarde',
    evening: 'noche',
  },
  fr: {
    askService: 'Quelle prestation souhaitez-vous réserver ?',
    whichOf: 'Laquelle voulez-vous dire ?',
    askVariant: 'Quelle option souhaitez-vous pour {service} ?',
    askDay: 'Quel jour vous convient pour {service} ? Ces jours ont des créneaux libres :',
    noDays:
      'Désolé, aucun créneau n’est libre pour {service} dans les semaines à venir. Je demande à l’équipe de vous recontacter.',
    offerTimes: 'Créneaux libres pour {service} le {day} :',
    offerDays: 'Ces jours ont des créneaux libres pour {service} :',
    nothingOn: 'Désolé, plus rien n’est libre pour {service} le {day}.',
    nothingAt: 'Désolé, {time} n’est pas libre le {day}.',
    nothingInPart: 'Désolé, rien n’est libre le {part} le {day}.',
    whichTime: 'Vous voulez dire {a} ou {b} ?',
    taken: 'Désolé, ce créneau vient d’être pris.',
    askName: 'À quel nom dois-je faire la réservation ?',
    askPet: 'Comment s’appelle votre animal ?',
    whichPet: 'Pour quel animal est-ce ?',
    confirm: '{service} le {day} à {time}{with}. Prix : {price}.{deposit} Je réserve ?',
    forPet: ' pour {pet}',
    withDeposit: ' Un acompte de {deposit} la confirme.',
    booked: 'C’est réservé, {name} : {service} le {day} à {time}. À bientôt !',
    awaitingPayment:
      'Presque fini, {name} ! Réglez l’acompte de {deposit} pour confirmer {service} le {day} à {time} : {url} — je garde le créneau jusqu’à {until}.',
    pending:
      'Merci, {name} ! Votre demande pour {service} le {day} à {time} est transmise à l’équipe ; nous la confirmons ici très vite.',
    abandoned: 'Pas de souci, j’ai arrêté la réservation. Écrivez-moi quand vous voulez réserver.',
    handoff: 'Je vous passe à l’équipe ; quelqu’un vous répondra ici très vite.',
    notUnderstood: 'Pardon, je n’ai pas compris.',
    changeWhat: 'Que voulez-vous changer ?',
    replyNumber: 'Répondez avec le numéro.',
    expired: 'Le créneau que je gardais a été libéré.',
    yes: 'Oui, réserver',
    change: 'Modifier',
    cancel: 'Annuler',
    otherDay: 'Un autre jour',
    otherPet: 'Un autre animal',
    service: 'Prestation',
    dayTime: 'Jour ou heure',
    morning: 'matin',
    afternoon: 'après-midi',
    evening: 'soir',
  },
  ar: {
    askService: 'أي خدمة تحب تحجز؟',
    whichOf: 'أي واحدة منها تقصد؟',
    askVariant: 'أي خيار تريد لـ {service}؟',
    askDay: 'أي يوم يناسبك لـ {service}؟ هذه الأيام فيها مواعيد متاحة:',
    noDays: 'عذرًا، لا توجد مواعيد متاحة لـ {service} في الأسابيع القادمة. سأطلب من الفريق التواصل معك.',
    offerTimes: 'المواعيد المتاحة لـ {service} يوم {day}:',
    offerDays: 'هذه الأيام فيها مواعيد متاحة لـ {service}:',
    nothingOn: 'عذرًا، لا يوجد موعد متاح لـ {service} يوم {day}.',
    nothingAt: 'عذرًا، الساعة {time} غير متاحة يوم {day}.',
    nothingInPart: 'عذرًا، لا يوجد موعد متاح في {part} يوم {day}.',
    whichTime: 'تقصد الساعة {a} أو {b}؟',
    taken: 'عذرًا، هذا الموعد انحجز للتو.',
    askName: 'باسم مين أسجل الحجز؟',
    askPet: 'شو اسم حيوانك الأليف؟',
    whichPet: 'لأي حيوان الحجز؟',
    confirm: '{service} يوم {day} الساعة {time}{with}. السعر: {price}.{deposit} أثبّت الحجز؟',
    forPet: ' لـ {pet}',
    withDeposit: ' يتأكد الحجز بعربون {deposit}.',
    booked: 'تم الحجز يا {name}: {service} يوم {day} الساعة {time}. بانتظارك!',
    awaitingPayment:
      'قربنا يا {name}! ادفع العربون {deposit} لتأكيد {service} يوم {day} الساعة {time}: {url} — الموعد محجوز لك حتى الساعة {until}.',
    pending: 'شكرًا يا {name}! طلبك لـ {service} يوم {day} الساعة {time} عند الفريق، وسنؤكده لك هنا قريبًا.',
    abandoned: 'ولا يهمك، أوقفت الحجز. راسلني متى ما حبيت تحجز.',
    handoff: 'سأحوّلك إلى الفريق، وسيرد عليك أحدهم هنا قريبًا.',
    notUnderstood: 'عذرًا، ما فهمت عليك.',
    changeWhat: 'شو تحب تغيّر؟',
    replyNumber: 'رد برقم الخيار.',
    expired: 'الموعد اللي كنت حاجزه لك انلغى.',
    yes: 'نعم، احجز',
    change: 'تغيير',
    cancel: 'إلغاء',
    otherDay: 'يوم آخر',
    otherPet: 'حيوان آخر',
    service: 'الخدمة',
    dayTime: 'اليوم أو الوقت',
    morning: 'الصباح',
    afternoon: 'بعد الظهر',
    evening: 'المساء',
  },
  it: {
    askService: 'Quale servizio desidera prenotare?',
    whichOf: 'Quale di questi intende?',
    askVariant: 'Quale opzione desidera per {service}?',
    askDay: 'Quale giorno Le va bene per {service}? Questi giorni hanno orari liberi:',
    noDays:
      'Mi dispiace, non ci sono orari liberi per {service} nelle prossime settimane. Chiedo al team di ricontattarLa.',
    offerTimes: 'Orari liberi per {service} {day}:',
    offerDays: 'Questi giorni hanno orari liberi per {service}:',
    nothingOn: 'Mi dispiace, {day} non c’è nulla di libero per {service}.',
    nothingAt: 'Mi dispiace, {day} alle {time} non è libero.',
    nothingInPart: 'Mi dispiace, {day} non c’è nulla di libero di {part}.',
    whichTime: 'Intende alle {a} o alle {b}?',
    taken: 'Mi dispiace, quell’orario è appena stato preso.',
    askName: 'A che nome faccio la prenotazione?',
    askPet: 'Come si chiama il Suo animale?',
    whichPet: 'Per quale animale è?',
    confirm: '{service} {day} alle {time}{with}. Prezzo: {price}.{deposit} Confermo la prenotazione?',
    forPet: ' per {pet}',
    withDeposit: ' Si conferma con un acconto di {deposit}.',
    booked: 'Fatto, {name}: {service} {day} alle {time}. A presto!',
    awaitingPayment:
      'Quasi fatto, {name}! Paghi l’acconto di {deposit} per confermare {service} {day} alle {time}: {url} — Le tengo l’orario fino alle {until}.',
    pending:
      'Grazie, {name}! La Sua richiesta per {service} {day} alle {time} è passata al team; gliela confermiamo qui a breve.',
    abandoned: 'Nessun problema, ho interrotto la prenotazione. Mi scriva quando vuole prenotare.',
    handoff: 'La passo al team; qualcuno Le risponderà qui a breve.',
    notUnderstood: 'Mi scusi, non ho capito.',
    changeWhat: 'Che cosa desidera cambiare?',
    replyNumber: 'Risponda con il numero.',
    expired: 'L’orario che Le tenevo è stato liberato.',
    yes: 'Sì, prenota',
    change: 'Cambia',
    cancel: 'Annulla',
    otherDay: 'Un altro giorno',
    otherPet: 'Un altro animale',
    service: 'Servizio',
    dayTime: 'Giorno o orario',
    morning: 'mattina',
    afternoon: 'pomeriggio',
    evening: 'sera',
  },
  de: {
    askService: 'Welche Leistung möchten Sie buchen?',
    whichOf: 'Welche davon meinen Sie?',
    askVariant: 'Welche Option möchten Sie für {service}?',
    askDay: 'Welcher Tag passt Ihnen für {service}? An diesen Tagen sind Zeiten frei:',
    noDays:
      'Leider sind in den nächsten Wochen keine Zeiten für {service} frei. Ich bitte das Team, sich bei Ihnen zu melden.',
    offerTimes: 'Freie Zeiten für {service} am {day}:',
    offerDays: 'An diesen Tagen sind Zeiten für {service} frei:',
    nothingOn: 'Leider ist am {day} für {service} nichts mehr frei.',
    nothingAt: 'Leider ist am {day} um {time} nichts frei.',
    nothingInPart: 'Leider ist am {day} am {part} nichts frei.',
    whichTime: 'Meinen Sie {a} oder {b}?',
    taken: 'Leider wurde diese Zeit gerade vergeben.',
    askName: 'Auf welchen Namen darf ich buchen?',
    askPet: 'Wie heißt Ihr Tier?',
    whichPet: 'Für welches Tier ist der Termin?',
    confirm: '{service} am {day} um {time}{with}. Preis: {price}.{deposit} Soll ich das buchen?',
    forPet: ' für {pet}',
    withDeposit: ' Mit einer Anzahlung von {deposit} ist der Termin bestätigt.',
    booked: 'Gebucht, {name}: {service} am {day} um {time}. Bis dann!',
    awaitingPayment:
      'Fast geschafft, {name}! Bitte zahlen Sie die Anzahlung von {deposit}, um {service} am {day} um {time} zu bestätigen: {url} — ich halte die Zeit bis {until} frei.',
    pending:
      'Danke, {name}! Ihre Anfrage für {service} am {day} um {time} liegt beim Team; wir bestätigen sie hier in Kürze.',
    abandoned: 'Kein Problem, ich habe die Buchung abgebrochen. Schreiben Sie jederzeit, wenn Sie buchen möchten.',
    handoff: 'Ich gebe Sie an das Team weiter; jemand antwortet Ihnen hier in Kürze.',
    notUnderstood: 'Entschuldigung, das habe ich nicht verstanden.',
    changeWhat: 'Was möchten Sie ändern?',
    replyNumber: 'Antworten Sie mit der Nummer.',
    expired: 'Die Zeit, die ich für Sie freigehalten habe, ist wieder frei.',
    yes: 'Ja, buchen',
    change: 'Ändern',
    cancel: 'Abbrechen',
    otherDay: 'Anderer Tag',
    otherPet: 'Anderes Tier',
    service: 'Leistung',
    dayTime: 'Tag oder Uhrzeit',
    morning: 'Vormittag',
    afternoon: 'Nachmittag',
    evening: 'Abend',
  },
  ca: {
    askService: 'Quin servei vols reservar?',
    whichOf: 'Quin d’aquests vols dir?',
    askVariant: 'Quina opció vols per a {service}?',
    askDay: 'Quin dia et va bé per a {service}? Aquests dies tenen hores lliures:',
    noDays: 'Ho sento, no hi ha hores lliures per a {service} les properes setmanes. Demano a l’equip que et contesti.',
    offerTimes: 'Hores lliures per a {service} el {day}:',
    offerDays: 'Aquests dies tenen hores lliures per a {service}:',
    nothingOn: 'Ho sento, no queda res lliure per a {service} el {day}.',
    nothingAt: 'Ho sento, a les {time} no està lliure el {day}.',
    nothingInPart: 'Ho sento, no hi ha res lliure al {part} el {day}.',
    whichTime: 'Vols dir a les {a} o a les {b}?',
    taken: 'Ho sento, aquesta hora s’acaba d’ocupar.',
    askName: 'A nom de qui faig la reserva?',
    askPet: 'Com es diu la teva mascota?',
    whichPet: 'Per a quina mascota és?',
    confirm: '{service} el {day} a les {time}{with}. Preu: {price}.{deposit} La reservo?',
    forPet: ' per a {pet}',
    withDeposit: ' Es confirma amb un dipòsit de {deposit}.',
    booked: 'Fet, {name}! Tens reserva: {service} el {day} a les {time}. Fins aviat!',
    awaitingPayment:
      'Gairebé fet, {name}! Paga el dipòsit de {deposit} per confirmar {service} el {day} a les {time}: {url} — et guardo l’hora fins a les {until}.',
    pending:
      'Gràcies, {name}! La teva sol·licitud de {service} el {day} a les {time} és amb l’equip; te la confirmem aquí aviat.',
    abandoned: 'Cap problema, he aturat la reserva. Escriu-me quan vulguis reservar.',
    handoff: 'Et passo amb l’equip; algú et respondrà aquí aviat.',
    notUnderstood: 'Perdona, no ho he entès.',
    changeWhat: 'Què vols canviar?',
    replyNumber: 'Respon amb el número.',
    expired: 'L’hora que et guardava s’ha alliberat.',
    yes: 'Sí, reserva-la',
    change: 'Canviar',
    cancel: 'Cancel·lar',
    otherDay: 'Un altre dia',
    otherPet: 'Una altra mascota',
    service: 'Servei',
    dayTime: 'Dia o hora',
    morning: 'matí',
    afternoon: 'tarda',
    evening: 'vespre',
  },
  pt: {
    askService: 'Que serviço quer marcar?',
    whichOf: 'Qual destes quer dizer?',
    askVariant: 'Que opção quer para {service}?',
    askDay: 'Que dia lhe dá jeito para {service}? Estes dias têm horários livres:',
    noDays:
      'Desculpe, não há horários livres para {service} nas próximas semanas. Vou pedir à equipa que entre em contacto.',
    offerTimes: 'Horários livres para {service} ({day}):',
    offerDays: 'Estes dias têm horários livres para {service}:',
    nothingOn: 'Desculpe, não há nada livre para {service} ({day}).',
    nothingAt: 'Desculpe, às {time} não está livre ({day}).',
    nothingInPart: 'Desculpe, não há nada livre de {part} ({day}).',
    whichTime: 'Quer dizer às {a} ou às {b}?',
    taken: 'Desculpe, esse horário acabou de ser ocupado.',
    askName: 'Em nome de quem faço a marcação?',
    askPet: 'Como se chama o seu animal?',
    whichPet: 'Para qual animal é?',
    confirm: '{service}, {day}, às {time}{with}. Preço: {price}.{deposit} Confirmo a marcação?',
    forPet: ' para {pet}',
    withDeposit: ' Confirma-se com um sinal de {deposit}.',
    booked: 'Está marcado, {name}: {service}, {day}, às {time}. Até lá!',
    awaitingPayment:
      'Quase, {name}! Pague o sinal de {deposit} para confirmar {service}, {day}, às {time}: {url} — guardo o horário até às {until}.',
    pending:
      'Obrigado, {name}! O seu pedido de {service}, {day}, às {time}, está com a equipa; confirmamos aqui em breve.',
    abandoned: 'Sem problema, parei a marcação. Escreva quando quiser marcar.',
    handoff: 'Vou passá-lo à equipa; alguém responde aqui em breve.',
    notUnderstood: 'Desculpe, não percebi.',
    changeWhat: 'O que quer mudar?',
    replyNumber: 'Responda com o número.',
    expired: 'O horário que lhe guardava foi libertado.',
    yes: 'Sim, marcar',
    change: 'Mudar',
    cancel: 'Cancelar',
    otherDay: 'Outro dia',
    otherPet: 'Outro animal',
    service: 'Serviço',
    dayTime: 'Dia ou hora',
    morning: 'manhã',
    afternoon: 'tarde',
    evening: 'noite',
  },
};

export function isDialogueLanguage(language: string | undefined): language is DialogueLanguage {
  return (DIALOGUE_LANGUAGES as readonly string[]).includes(language ?? '');
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
