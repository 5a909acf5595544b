import { describe, expect, it } from 'vitest';
import { asksForPerson, asksForRecordAction, complains, endOfLife } from './complaint.js';
import { said } from './complaint.test-helper.js';

const complaint = (text: string) => complains(said(text));
const person = (text: string) => asksForPerson(said(text));
const farewell = (text: string) => endOfLife(said(text));

describe('complains', () => {
  it.each([
    'what languages do you speak? my Spanish is terrible',
    'sorry my french is awful, do you speak english?',
    'falam inglês? o meu português é péssimo',
    'perdón, mi inglés es fatal. ¿habláis español?',
    'je suis nulle en anglais, vous parlez français ?',
    'el meu castellà és fatal, parleu català?',
    'meu hálito tá horrível mesmo escovando, vcs resolvem?',
    'my teeth look awful, can you help?',
    'tengo un dolor de muelas horrible, ¿tenéis hueco?',
    'dor lombar horrível, têm vaga amanhã?',
    // A part of the body right before the word of severity, asking: the body's state.
    'llevo semanas con la rodilla fatal, ¿tratáis lesiones de running?',
    'ho il ginocchio malissimo da un mese, lo trattate?',
    'tengo una muela que me molesta desde el finde, me podéis ver?',
    'la piel me molesta un poco después del láser, es normal?',
    "ma bisogna spogliarsi del tutto? mi vergogno un po' 😳",
    // What the customer does badly, asking: "I" and one verb before the word of severity.
    'el papá se mete en el agua con el bebé? es que yo nado fatal',
    'io nuoto malissimo, ci sono corsi per adulti?',
    // Embarrassed, asking: the customer's feeling, not the business's fault.
    'me da hasta vergüenza decirlo, pero nunca he aprendido a nadar, hay clases para adultos?',
    'honestly a bit embarrassed to ask but do you teach adults who cant swim?',
    // A disease's name in Egyptian Arabizi is no complaint ("shoukeya" is not "chkaya").
    'entu fat7een el gom3a? 3ayez a5od te3eem el 7omma el shoukeya',
    // Worried, asking (Algerian "m9al9a"; in Morocco "m9elle9" is angry, and stays a complaint).
    'test de grossesse lazem nkoun sayma? w l resultat wa9tach ykhrej? rani m9al9a bzaf 🙏',
    'راني مقلقه بزاف، وقتاش تخرج النتيجة؟',
    // Someone close to the customer, described after "my": not the business's work.
    'oye arregláis el drift del mando de la play 5? el muñeco se mueve solo y mi hermano está insoportable jaja',
    'do you do phone setup for seniors? my dad is hopeless with tech',
    'vous faites des cours pour débutants ? mon fils est nul en solfège',
    'fate lezioni per bambini? mia figlia è terribile a stare ferma lol',
    'fazem consultas ao sábado? a minha filha anda insuportável com os dentes',
  ])('the customer speaking of themself is not a complaint: %s', (text) => {
    expect(complaint(text)).toBe(false);
  });

  it.each([
    // Harm done elsewhere, and a question about the business in another clause: whether it is safe here.
    'my skin is quite dark and i got burned by a laser in pune. is your laser safe for brown skin?',
    'me quemaron con el láser en otro centro 😔 vuestro láser es seguro para piel morena?',
  ])('harm told, and a question about the business, is no complaint: %s', (text) => {
    expect(complaint(text)).toBe(false);
  });

  it.each([
    'your laser burned my arm last week, is that normal?',
    'did your laser burn me? my arm is red since tuesday',
    'after your laser session i got burned. what now?',
  ])('harm the business is blamed for is a complaint: %s', (text) => {
    expect(complaint(text)).toBe(true);
  });

  it.each([
    'my card was charged twice for the same session',
    'i think you charged me twice?? can you check',
    'me cobrasteis dos veces la limpieza',
    "on m'a prélevé deux fois pour la séance de samedi",
    'mi avete addebitato due volte il trattamento',
    'mir wurde die Behandlung doppelt abgebucht',
    "m'heu cobrat dues vegades la sessió",
    'fui cobrado duas vezes no cartão',
    'انخصم مرتين من البطاقة',
  ])('a charge made twice or too high is for a person: %s', (text) => {
    expect(complaint(text)).toBe(true);
  });

  it.each([
    'es una vergüenza, la monitora ni apareció y nadie avisó',
    'qué vergüenza de trato, ¿así tratáis a los clientes?',
    'i was so embarrassed, your receptionist was rude to me in front of everyone',
    'bghit ndir chkaya 3la lmonitora',
    'ana m9elle9 bzaf mnkom, 3 marat jit w ma l9itch lmonitora',
  ])('shame at the business, or a complaint named, stays a complaint: %s', (text) => {
    expect(complaint(text)).toBe(true);
  });

  it.each([
    'what happens if I arrive late? the traffic on the ring road is a disaster',
    'Què passa si arrib deu minuts tard? Es trànsit pes Passeig Marítim és un desastre',
    'si llego tarde pasa algo? el tráfico es horrible',
  ])('bad traffic or weather is no complaint about the business: %s', (text) => {
    expect(complaint(text)).toBe(false);
  });

  it.each([
    'will i be charged twice if i move my appointment?',
    'si anulo la cita, me cobráis dos veces?',
    'se eu remarcar sou cobrado duas vezes?',
    'wenn ich umbuche, wird dann doppelt abgebucht?',
  ])('a charge supposed is a question about the rules: %s', (text) => {
    expect(complaint(text)).toBe(false);
  });

  it.each([
    'the service was terrible',
    'my experience was terrible',
    'my haircut was awful',
    'my back pain is horrible since your massage',
    'el trato fue pésimo',
    'estoy muy molesta con cómo me atendieron ayer',
    'le service était nul',
    'o atendimento foi péssimo',
    'el tracte va ser fatal',
    'I want a refund',
    'I have burns after my session',
    'my spanish is terrible. and your receptionist was rude',
    'remboursez-moi, le laser n a rien fait',
    'quiero que me devolvais el dinero',
  ])('a complaint about the business still is: %s', (text) => {
    expect(complaint(text)).toBe(true);
  });

  it.each([
    'do you refund the deposit if I cancel?',
    'la mutuelle rembourse les soins ?',
    'a CNSS reembolsa?',
    'hay reembolso si cancelo?',
  ])('a question about refunds is not a complaint: %s', (text) => {
    expect(complaint(text)).toBe(false);
  });

  it.each([
    // Indignation, rudeness, no apology, being kept waiting.
    'your receptionist was outrageous and nobody apologised',
    'the therapist kept me waiting for 45 minutes, really unprofessional',
    'honestly how dare you charge me twice',
    "c'est inadmissible, on m'a fait attendre une heure",
    "personne ne s'est excusé pour le retard, c'est une honte",
    'es indignante, nadie se disculpó por el retraso',
    'me hicieron esperar una hora y ni una disculpa',
    'que absurdo, ninguém pediu desculpa pelo atraso',
    'me fizeram esperar quarenta minutos, falta de respeito',
    'em vau fer esperar una hora, és una vergonya',
    "mi avete fatto aspettare un'ora, inaccettabile",
    'la ragazza è stata poco professionale e nessuno si è scusato',
    'unprofessionell, niemand hat sich entschuldigt',
    'eine Zumutung, ihr habt mich eine Stunde warten lassen',
    'ما يصير هيك، انتظرت ساعة وما حدا اعتذر',
    'الموظفة كانت قليلة ذوق، هذا غير مقبول',
    'wallah mo zain, ta2akharto 3alay sa3a',
    'el doctor ta2akhar w ma a7ad e3tathar',
    // Darija: waited an hour and a half and nobody paid attention.
    "tsenit sa3a w nss f salle d'attente w 7ta wa7ed ma 3tani l9ima",
    'تسنيت ساعة ونص وحتى واحد ما عطاني القيمة',
    // Someone close to the customer, and the business's work named: the work is what was bad.
    'my son went for a haircut on saturday and the haircut was terrible',
    'mi hija salió llorando, el trato fue horrible',
  ])('dissatisfaction with what the business did is a complaint: %s', (text) => {
    expect(complaint(text)).toBe(true);
  });

  it.each([
    // A demand for redress: money back, a redo, a solution, an explanation.
    'i want my money back, the package did nothing',
    'I demand a full refund for the last three sessions',
    "j'exige une explication, ma peau est brûlée après la séance",
    'je veux une solution, les poils repoussent comme avant',
    'exijo una solución, me quemasteis la pierna',
    'las uñas se despegaron a los dos días, quiero una solución',
    'quero uma solução, a depilação não fez nada',
    'quero o meu dinheiro de volta, as sessões não serviram para nada',
    'vull una solució, la pell em va quedar vermella una setmana',
    'voglio una spiegazione, dopo tre sedute non è cambiato niente',
    'ich will mein Geld zurück, die Behandlung hat nichts gebracht',
    'ich erwarte eine Lösung, die Haut ist seit Tagen rot',
    'بدي فلوسي، الجلسات ما عملت شي',
    'ابي حل، الشعر رجع بعد اسبوع',
  ])('a demand for redress is a complaint: %s', (text) => {
    expect(complaint(text)).toBe(true);
  });

  it.each([
    // Harm the customer (or their animal) came home with.
    'my dog came back from you with a cut on his paw',
    'mon chat est revenu de chez vous avec une plaie infectée',
    'mi perro volvió con una herida en la oreja',
    'o meu cão voltou com uma ferida na pata',
    'il mio cane è tornato da voi con una ferita',
  ])('harm the customer came home with is a complaint: %s', (text) => {
    expect(complaint(text)).toBe(true);
  });

  it.each([
    'do you give compensation if the laser does not work?',
    '¿dais compensación si no funciona?',
    'vocês dão o dinheiro de volta se eu não gostar?',
    'ما يصير احجز بكرة الصبح؟',
    'el laser mo zain lel bashra el samra?',
    'is the laser unprofessional to do at home?',
  ])('redress or indignation asked about is a question: %s', (text) => {
    expect(complaint(text)).toBe(false);
  });

  it.each([
    // A bad result from home, from another salon or clinic, or a bad experience as a child: a service asked about.
    'I did my own brows at home and they look awful, can you fix them?',
    'I dyed my hair at home last week and now it is green and horrible, can you fix it?',
    'after my home dye my hair is terrible, can you help?',
    'I had laser at another clinic and it was terrible, is yours better?',
    'had a bad experience at the dentist as a kid, do you do sedation?',
    "j'ai fait une coloration à la maison et c'est horrible, vous pouvez rattraper ça ?",
    'une autre clinique m a laissé une cicatrice, vous traitez ça ?',
    'me depilé en casa con cuchilla y tengo la piel fatal, ¿puedo hacerme el láser?',
    'en otra peluquería me dejaron el color horrible, ¿lo podéis corregir?',
    'fiz laser noutra clínica e ficou horrível, vocês são melhores?',
    'descolori em casa e ficou péssimo, dá pra arrumar?',
    'ho fatto la ceretta a casa e ho la pelle rovinata, posso fare il laser?',
    'ich habe mir zu Hause die Haare gefärbt und es sieht schrecklich aus, könnt ihr das retten?',
    'em vaig tenyir a casa i ha quedat fatal, ho podeu arreglar?',
    'صبغت شعري في البيت وطلع سيء، تقدرون تصلحونه؟',
    'عملت ليزر في عيادة ثانية وكانت تجربة سيئة، انتو احسن؟',
  ])('a bad result from elsewhere, asked about, is a question: %s', (text) => {
    expect(complaint(text)).toBe(false);
  });

  it.each([
    "I'm so nervous, I had a bad experience before. do you use numbing cream?",
    'my daughter is terrified after a bad experience, how do you handle anxious kids?',
    'tengo pánico, tuve una mala experiencia, ¿usáis anestesia?',
    "j'ai très peur, j'ai eu une mauvaise expérience, vous faites une crème anesthésiante ?",
  ])('fear and a bad experience, asked about, is a question: %s', (text) => {
    expect(complaint(text)).toBe(false);
  });

  it.each([
    'my dog is 12 and has an ear infection, can you still groom him?',
    'كلبي كبير وعنده التهاب بالجلد، تقدرون تحمموه؟',
    'قطتي عندها التهاب بالعين، تستقبلونها؟',
    'عندي التهاب بالجلد، ينفع اسوي ليزر؟',
    "my dog's coat is terrible, can you help?",
    'mi gato tiene el pelo fatal, ¿lo podéis cepillar?',
    'كلبي ضعيف وما ياكل، تقدرون تشوفونه؟',
    'شعري خايب بزاف، واش عندكم علاج؟',
    'my nails are terrible, do you guys do gel?',
    'mes cheveux sont horribles, vous avez un soin ?',
    'o meu cabelo está péssimo, vocês fazem hidratação?',
  ])("a pet's or the customer's condition, asked about, is a question: %s", (text) => {
    expect(complaint(text)).toBe(false);
  });

  it.each([
    'when I got home I saw the colour was awful',
    'cheguei em casa e vi que o corte ficou horrível',
    'cuando llegué a casa vi que el color era horrible',
    'your receptionist was rude, I will go to another salon',
    "my dog's haircut was terrible?",
    'you guys ruined my dog coat',
    'mi pelo quedó fatal',
    'why did your groomer cut my dog so short, it looks terrible',
  ])("a bad result seen at home, of the business's work, or blamed on it, is still a complaint: %s", (text) => {
    expect(complaint(text)).toBe(true);
  });

  it.each([
    'tengo un dolor intolerable de muelas, ¿me podéis ver hoy?',
    'douleur insupportable au dos, vous avez un créneau ?',
    'I am scared of needles, is the treatment painful?',
  ])('pain or fear that brings a customer in is not a complaint: %s', (text) => {
    expect(complaint(text)).toBe(false);
  });
});

describe('complains: someone close the customer speaks for', () => {
  it.each([
    'cuanto cuesta la primera consulta? es para mi madre que tiene los pies fatal',
    'mi marido tiene la espalda fatal, hacéis masajes deportivos?',
    'my mum has terrible feet, do you do home visits?',
    'does gel polish ruin your natural nails? mine are already quite thin',
    'mañana sábado abrís por la mañana? tengo la uña fatal',
    'I have terrible calluses, can you help?',
    "does anyone there speak french? my dad's coming in and his english is rubbish lol",
    'mi padre viene mañana y su español es fatal, habláis francés?',
  ])('describes them, not the business: %s', (text) => {
    expect(complaint(text)).toBe(false);
  });

  it.each([
    'you ruined my nails, they are all peeling',
    'my husband says the massage was terrible',
    'I have a terrible haircut from your salon, I want it fixed',
    'I picked up my daughter and her haircut is terrible',
  ])('a complaint about the business still is: %s', (text) => {
    expect(complaint(text)).toBe(true);
  });
});

describe('asksForPerson', () => {
  it.each([
    'can i talk to sarah please',
    'could I speak to Dr Patel?',
    'can I speak with Omar please',
    'could I have a word with the owner',
    'please put me through to Jess',
    'je voudrais parler à Nadia',
    'pouvez-vous me passer Sophie ?',
    'pásame con Laura por favor',
    'quiero hablar con Javier',
    'quero falar com a Joana',
    'vull parlar amb la Marta',
    'vorrei parlare con Giulia',
    'ich möchte mit Frau Weber sprechen',
    'kann ich mit Anna reden?',
    'verbinden Sie mich bitte mit der Chefin',
    'بدي احكي مع سارة',
    'ابي اكلم المديرة لو سمحت',
    'بدي موظف لو سمحت',
    'momken a7ki ma3 Rania?',
    'quiero hablar con el encargado',
    "puc parlar amb l'encarregada?",
    'بغيت نهضر مع بشري ماشي روبوت',
    'bade 7aki ma3 el doktora marta please',
  ])('a request for a person, named or not: %s', (text) => {
    expect(person(text)).toBe(true);
  });

  it.each([
    'does anyone there speak arabic?',
    'is there someone who speaks Spanish at the clinic?',
    "est-ce que vous avez quelqu'un qui parle arabe ?",
    "quelqu'un parle anglais à l'accueil ?",
    '¿hay alguien que hable catalán?',
    'vcs tem alguém que fale inglês?',
    'qualcuno parla inglese?',
    'spricht jemand von euch Englisch?',
    'هل عندكم موظفة تتكلم فرنسي؟',
    // The language said twice, once of someone who does not speak it: still a question about a language.
    "mon mari est anglais et ne parle pas un mot de français, quelqu'un parle anglais chez vous ?",
    'my mum only speaks Spanish and does not speak English, someone speaks Spanish there?',
    // Talking with someone in a language, or with a woman, says whom the customer would like to see.
    '3andkon online sessions? ana sakne bel khalij w baddi e7ke ma3 7ada bel 3arabe',
    "do you have female therapists? i'd only feel ok talking to a woman",
  ])('asking whether someone speaks a language is a question: %s', (text) => {
    expect(person(text)).toBe(false);
  });

  it.each([
    'je fais de la muscu 5x/semaine je veux prendre de la masse, vous avez qqn pour ca ?',
    'do you have someone who does sports nutrition?',
    '¿tenéis a alguien para niños con autismo?',
    'habt ihr jemanden, der sich mit Sportverletzungen auskennt?',
    'vcs tem alguém especializado em pés diabéticos?',
    // "Vous conseillez…" is the verb: what do you advise, not a request for an advisor.
    'vous conseillez le jeune intermittent 16/8 ou pas ?',
  ])('whether the business has someone for a need is a question: %s', (text) => {
    expect(person(text)).toBe(false);
  });

  it.each(['je veux parler à un conseiller', "est-ce que quelqu'un peut me rappeler ?", 'quiero hablar con un asesor'])(
    'a request for an advisor or someone still is one: %s',
    (text) => {
      expect(person(text)).toBe(true);
    },
  );

  it.each([
    'I talked to Sarah last week about the package',
    'should I talk to my doctor first?',
    'do I need to speak to my vet before the groom?',
    'هل عندكم موظفات للنساء؟',
    'kann ich mit meinem Hund kommen?',
    'do you talk to dogs gently while grooming?',
    'puedo hablar? tengo una duda sobre el precio',
    'ana 3andi jaru, momken a3mallo 7ammam?',
    // "Se encargan" (take care of) is no "encargado" (manager); "بشرة" (skin) no "بشري" (human).
    'si mi perro se muere, ustedes se encargan de la cremación?',
    'vosaltres us encarregueu de tot el tràmit?',
    'واش عندكم شي علاج للبشرة الحساسة؟',
  ])('no request for a person: %s', (text) => {
    expect(person(text)).toBe(false);
  });
});

describe("complains: the animal's state and how someone fares", () => {
  it.each([
    // A question about the customer's animal: how bad its coat or breath is describes the animal.
    "the dog's breath is awful, do you brush teeth?",
    'el perro tiene el pelo fatal, lleno de nudos, cuánto cuesta?',
    'el gat té el pèl fatal, quant costa deslanar-lo?',
    "la chienne a le poil horrible, plein de noeuds, c'est combien ?",
    'il cane ha il pelo terribile, pieno di nodi, quanto costa?',
    'der Hund hat ein schreckliches Fell voller Knoten, was kostet das?',
    'o cachorro está com o pelo horrível, cheio de nós, quanto custa?',
    'واش كتغسلو الكلاب؟ الريحة ديالو خايبة بزاف',
    // How someone fares: "lo pasa fatal" is the animal's summer, not the business.
    'en verano mi perro lo pasa fatal con tanto pelo, se puede rapar?',
    "a l'estiu el gos ho passa fatal amb tant de pèl, el podeu pelar?",
    'she has a terrible time in the heat, can you shave her?',
    'er leidet schrecklich unter der Hitze, könnt ihr ihn scheren?',
    'ele sofre horrível com o calor, vocês tosam?',
  ])('is not a complaint: %s', (text) => {
    expect(complaint(text)).toBe(false);
  });

  it.each([
    "my dog's haircut was terrible?",
    'your groomer was awful to my dog, is that how you treat animals?',
    'el corte de pelo de mi perro quedó fatal, qué pasó?',
    'lo pasó fatal en vuestra peluquería',
    'my dog came back from you and the cut is terrible?',
  ])('a complaint about the business still is: %s', (text) => {
    expect(complaint(text)).toBe(true);
  });
});

describe('endOfLife', () => {
  it.each([
    "we think it's time to put her to sleep",
    'we have decided to have him put down, how does it work with you?',
    'creo que ha llegado el momento de dormirla, sufre mucho',
    'hemos decidido sacrificarlo',
    "je crois qu'il est temps de le laisser partir",
    'soffre troppo, è arrivato il momento di lasciarlo andare',
    'wir möchten sie einschläfern lassen',
    'es ist Zeit, ihn gehen zu lassen',
    "crec que ha arribat l'hora de deixar-lo anar",
    'acho que chegou a hora de deixá-lo partir, ele sofre muito',
    'الكلب ديالي كيعاني بزاف، قررنا نريحوه',
    'lkelb kay3ani bzaf, 9rrna nri7oh',
  ])('a decision to let the animal go goes to a person: %s', (text) => {
    expect(farewell(text)).toBe(true);
  });

  it.each([
    'how much does euthanasia cost?',
    "quanto costa l'eutanasia?",
    'combien coûte une euthanasie ?',
    'was kostet das Einschläfern?',
    'do you do cremation?',
    'si mi perro se muere, ¿os encargáis de la cremación?',
    'do you put him to sleep for the dental cleaning?',
    "ma chienne est en fin de vie, comment se passe l'euthanasie ?",
    'كيفاش كدار الموت الرحيم؟ الكلب ديالي كبير',
    'if one day we have to put her to sleep, can we stay with her?',
    "it's time for her vaccine",
    'can you put him down for Friday at 10?',
    "it's time to say goodbye, we are moving abroad, thanks for everything",
    // "nrou7" (I go) has the skeleton of "nri7oh" (we relieve him); two spellings of one cue on one word are one cue.
    'l biologiste ynajem yfasserli wach ma3naha? wla lazem nrou7 l tbib',
  ])('a question about the service is answered: %s', (text) => {
    expect(farewell(text)).toBe(false);
  });
});

describe('asksForRecordAction', () => {
  const action = (text: string) => asksForRecordAction(said(text));
  it.each([
    'Can you send me my biopsy results here on WhatsApp? Had the excision 2 weeks ago',
    'mi potete rifare la fattura di ottobre intestata alla mia società con partita iva?',
    'me podéis enviar los resultados del análisis por aquí?',
    "vous pouvez m'envoyer mes résultats par mail ?",
    'können Sie die Rechnung korrigieren? Der Name ist falsch',
    'podem me mandar os resultados por whatsapp?',
    'ابعتولي النتايج على الواتساب لو سمحت',
  ])('an action on the customer’s own record: %s', (text) => {
    expect(action(text)).toBe(true);
  });

  it.each([
    'me hacéis factura a nombre de mi empresa?',
    'Haben Sie eine E-Mail-Adresse? Ich möchte die Rechnung auf meine Firma',
    'how long do biopsy results take?',
    'do you give invoices?',
    'les résultats arrivent en combien de temps ?',
  ])('a question about how results or invoices go is none: %s', (text) => {
    expect(action(text)).toBe(false);
  });
});

describe('complains: an illness and its symptoms', () => {
  it.each([
    // Complaining of a symptom is the illness ("queixo", a chin, is no "queixa" either).
    'o meu filho passou a noite a queixar-se da barriga, podem vê-lo hoje?',
    'mi hija se queja del oído desde ayer, tenéis hueco esta tarde?',
    "il se plaint du ventre depuis hier soir, vous avez de la place aujourd'hui ?",
    'my son complains of ear pain since yesterday, can you see him today?',
    'queria marcar para tirar os pontos do queixo',
    // A word of severity beside an illness describes the illness; acne scars are acne's.
    'el año pasado pasó dos gripes malísimas, ponéis la vacuna de la gripe a niños?',
    'he had a horrible cough all winter, do you do allergy tests?',
    'ha avuto una febbre terribile la settimana scorsa, serve un certificato?',
    'I have some acne scars on my cheeks, will the makeup cover them?',
  ])('is not a complaint: %s', (text) => {
    expect(complaint(text)).toBe(false);
  });

  it.each([
    'quero fazer uma queixa, a consulta foi péssima',
    'vull posar una queixa, ens van tractar fatal',
    'the laser left me with scars, this is unacceptable',
    'después de vuestro tratamiento me salió una alergia horrible',
  ])('a complaint about the business still is: %s', (text) => {
    expect(complaint(text)).toBe(true);
  });
});
