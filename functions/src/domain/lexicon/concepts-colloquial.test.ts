/**
 * The concept tables as customers really write on WhatsApp: slang for
 * money, regional words (Latin American, Québécois, Swiss and Austrian,
 * Brazilian, Darija), pet names and diminutives, the everyday ways of
 * saying "cancel", "deposit" or "aftercare" without the owner's word. Each
 * word raises its concept, and the same word in another sense (or in
 * another language, since every language's table may be read when
 * detection is unsure) does not.
 */
import { describe, expect, it } from 'vitest';
import { TEXT_LANGUAGES, type TextLanguage } from '../languages.js';
import { conceptsIn, conceptsOf } from './concepts.test-helper.js';

/** Read as an unsure detector reads it: the text's language first, then every other table. */
const conceptsInAll = (text: string, language: TextLanguage) => conceptsIn(text, language, ...TEXT_LANGUAGES);

const examples: [string, [TextLanguage, string][]][] = [
  [
    'price',
    [
      ['en', 'is it pricey?'],
      ['en', 'what would a full set set me back'],
      ['en', 'how many quid for a trim'],
      ['en', 'can you give me a quote for a sleeve'],
      ['es', 'cuánta pasta me va a costar?'],
      ['es', 'cuantos pavos es el corte'],
      ['es', 'cuánta lana es la limpieza'],
      ['es', 'me pasás un presupuesto?'],
      ['pt', 'quanto vai ficar a limpeza?'],
      ['pt', 'me manda um orçamento'],
      ['pt', 'quanto que é o banho?'],
      ['fr', 'combien je vous dois pour la coupe ?'],
      ['fr', 'vous pouvez me faire un devis ?'],
      ['fr', 'ça fait combien de piasses?'],
      ['fr', "est-ce qu'il y a des frais pour annuler ?"],
      ['it', 'quanto si spende per lo sbiancamento?'],
      ['it', 'mi fate un preventivo?'],
      ['de', 'wie viel Kohle muss ich mitbringen?'],
      ['de', 'was kostets bei euch?'],
      ['de', 'was muss ich zahlen für die Zahnreinigung'],
      ['de', 'kostet 50 Stutz oder?'],
      ['ca', 'quant surt la neteja?'],
      ['ca', 'em podeu fer un pressupost?'],
      ['ar', 'bchhal l7ejama?'],
      ['ar', 'قداه الحصة؟'],
    ],
  ],
  [
    'children',
    [
      ['en', 'can my kiddo come too'],
      ['en', 'do you see newborns?'],
      ['en', 'can I bring my grandkids'],
      ['es', 'mi chaval tiene 8 años'],
      ['es', 'atienden chamacos?'],
      ['es', 'el nene tiene miedo'],
      ['pt', 'meu menino tem 6 anos'],
      ['pt', 'atendem guri pequeno?'],
      ['fr', 'mon gamin a peur du dentiste'],
      ['fr', 'je viens avec les gosses'],
      ['it', 'il mio ragazzino ha 12 anni'],
      ['de', 'mein Knirps ist 4'],
      ['de', 'kann ich den Bua mitnehmen'],
      ['ca', 'puc portar la canalla?'],
      ['ar', 'wach katstqblo sghar?'],
      ['ar', 'عندي اولاد صغار'],
    ],
  ],
  [
    'cancel',
    [
      ['en', "I won't be able to come tomorrow"],
      ['en', "sorry something came up, can't make it"],
      ['en', 'I am not going to make it today'],
      ['es', 'no voy a poder ir mañana'],
      ['es', 'me surgió algo y no puedo asistir'],
      ['pt', 'não vou poder ir amanhã'],
      ['pt', 'tive um imprevisto'],
      ['fr', "j'ai un empêchement demain"],
      ['fr', 'je ne pourrai pas venir'],
      ['it', 'non ce la faccio domani'],
      ['it', 'ho avuto un contrattempo'],
      ['de', 'mir ist was dazwischengekommen'],
      ['de', 'ich schaff es nicht am Montag'],
      ['ca', 'no podré venir dijous'],
      ['ar', 'ما نقدرش نجي غدا'],
    ],
  ],
  [
    'reschedule',
    [
      ['en', 'can I push it back an hour'],
      ['en', 'I need to rebook'],
      ['es', 'quiero reprogramar mi cita'],
      ['pt', 'posso reagendar?'],
      ['fr', 'on peut repousser à jeudi ?'],
      ['it', 'possiamo rinviare a venerdì?'],
      ['de', 'können wir den Termin umlegen?'],
      ['ca', 'la podem passar a una altra data?'],
      ['fr', 'je voudrais déplacer mon rendez-vous à lundi'],
      ['fr', 'vous pouvez le déplacer à jeudi ?'],
    ],
  ],
  [
    'children',
    [
      ['en', 'my little sister is 16, can she come?'],
      ['en', 'can my younger brother get one too?'],
    ],
  ],
  [
    'consent',
    [
      ['en', 'can she get one if our mum signs the form?'],
      ['en', 'my dad can sign for her'],
    ],
  ],
  [
    'puppy',
    [
      ['en', 'my pup is 10 weeks old, too young?'],
      ['en', 'do you take pups for a first groom?'],
    ],
  ],
  [
    'deposit',
    [
      ['en', 'do I have to pay upfront?'],
      ['en', 'is there a booking fee'],
      ['es', 'hay que dejar seña?'],
      ['es', 'se paga por adelantado?'],
      ['pt', 'preciso pagar adiantado?'],
      ['fr', "faut-il payer à l'avance ?"],
      ['it', 'devo versare un acconto?'],
      ['de', 'muss ich vorab zahlen?'],
      ['ca', 'cal pagar per avançat?'],
      ['fr', 'il faut verser une avance ?'],
      ['ar', 'wach khassni ndir avance?'],
      ['ar', 'خاص نخلص قبل؟'],
    ],
  ],
  [
    'refund',
    [
      ['en', 'do i get the 10 KD deposit back or no'],
      ['en', 'will I lose my deposit if I cancel?'],
      ['en', 'can you return the deposit'],
      ['ar', 'إذا ألغيت الموعد يرجع العربون؟'],
      ['ar', 'لو كنسلت ترجعون العربون؟'],
      ['ar', 'العربون يرجع لو الغيت؟'],
    ],
  ],
  ['valuables', [['ar', 'عندكم خزائن للأغراض؟']]],
  [
    'giftCard',
    [
      ['en', 'do you sell giftcards'],
      ['en', 'I want it as a gift for my sister'],
      ['es', 'quiero regalarle un masaje a mi madre'],
      ['pt', 'quero dar de presente pra minha mãe'],
      ['pt', 'tem cheque-prenda?'],
      ['fr', "vous faites des bons d'achat ?"],
      ['it', 'avete un cofanetto regalo?'],
      ['de', 'ich suche was zum Verschenken'],
      ['ca', 'teniu val regal?'],
    ],
  ],
  [
    'walkIn',
    [
      ['en', 'can I just drop by tomorrow'],
      ['en', 'is it first come first served'],
      ['es', 'puedo ir sin turno?'],
      ['pt', 'posso ir sem hora marcada?'],
      ['fr', "je peux passer à l'improviste ?"],
      ['it', 'posso fare un salto senza avvisare?'],
      ['de', 'kann ich einfach reinkommen?'],
      ['ca', 'puc venir sense avisar?'],
      ['ar', 'نقدر نجي بلا رونديفو؟'],
    ],
  ],
  [
    'aftercare',
    [
      ['en', 'how do I look after it'],
      ['en', 'do you give care instructions'],
      ['es', 'como lo cuido los primeros días?'],
      ['pt', 'o que faço depois da sessão?'],
      ['fr', 'que faire après le tatouage ?'],
      ['it', 'cosa devo fare dopo?'],
      ['de', 'wie lange dauert das Verheilen?'],
      ['ca', 'que faig després?'],
      ['ar', 'kifach nthella fih?'],
    ],
  ],
  [
    'pain',
    [
      ['en', 'my gum is throbbing'],
      ['es', 'me arde mucho'],
      ['pt', 'está dolorido ainda'],
      ['fr', 'je souffre depuis hier'],
      ['it', 'ho una fitta al ginocchio'],
      ['de', 'es sticht beim Kauen'],
      ['ca', 'tinc coïssor'],
      ['ar', 'يوجعني بزاف'],
    ],
  ],
  [
    'insurance',
    [
      ['en', 'do you take my health fund'],
      ['es', 'trabajan con obra social?'],
      ['pt', 'aceitam unimed?'],
      ['fr', 'est-ce remboursé par la sécu ?'],
      ['it', 'siete convenzionati?'],
      ['de', 'zahlt das meine Krankenversicherung?'],
      ['ca', 'treballeu amb asseguradores?'],
    ],
  ],
  [
    'payment',
    [
      ['en', 'can I do a bank transfer'],
      ['es', 'aceptan mercado pago?'],
      ['pt', 'tem maquininha?'],
      ['fr', 'vous prenez interac ?'],
      ['it', 'posso fare un bonifico?'],
      ['de', 'kann man mit Twint zahlen?'],
      ['ca', 'puc pagar en efectiu?'],
    ],
  ],
  [
    'parking',
    [
      ['en', 'is there a parking spot nearby'],
      ['en', 'where can I park up'],
      ['en', 'is it easy to park near you?'],
      ['en', 'can i park outside'],
      ['es', 'dónde puedo parquear?'],
      ['es', 'hay parqueadero?'],
      ['pt', 'tem garagem?'],
      ['fr', 'je viens en char, où je stationne?'],
      ['fr', 'il y a une place de parc ?'],
      ['it', 'dove posso posteggiare?'],
      ['de', 'wo kann ich parkieren?'],
      ['ca', 'on puc estacionar?'],
      ['ar', 'fin nparki?'],
    ],
  ],
  [
    'opening',
    [
      ['en', 'till what time are you there'],
      ['es', 'hasta qué hora atienden?'],
      ['pt', 'até que horas vocês ficam?'],
      ['fr', "jusqu'à quelle heure ?"],
      ['de', 'wann macht ihr auf?'],
      ['ca', 'fins a quina hora?'],
      ['fr', 'vous ouvrez à partir de quelle heure ?'],
      ['es', 'desde qué hora se puede ir?'],
      ['en', 'from what time can i come?'],
      ['ar', 'فوقاش كتحلو؟'],
    ],
  ],
  [
    'location',
    [
      ['en', "what's your whereabouts"],
      ['es', 'en qué calle están?'],
      ['pt', 'onde fica a clínica?'],
      ['fr', "c'est où exactement ? quelle rue ?"],
      ['it', 'in che via siete?'],
      ['de', 'wie kommt man zu euch?'],
      ['ca', 'en quin carrer sou?'],
      ['ar', 'fin kayna l3iyada?'],
    ],
  ],
  [
    'duration',
    [
      ['es', 'cuánto demora la limpieza?'],
      ['pt', 'leva quanto tempo?'],
      ['de', 'wie viele Minuten?'],
      ['ca', 'quant triga?'],
      ['ar', 'شحال كتطول الحصة؟'],
    ],
  ],
  [
    'late',
    [
      ['en', "I'm running behind, be there in 10"],
      ['es', 'voy tarde, hay mucho tráfico'],
      ['pt', 'peguei engarrafamento'],
      ['fr', 'je suis dans les bouchons'],
      ['it', 'sono nel traffico'],
      ['de', 'ich komme 10 Minuten später'],
      ['ca', 'faig tard'],
      ['ar', 'كاين الزحمة'],
    ],
  ],
  [
    'discount',
    [
      ['en', 'do you have a promo code'],
      ['es', 'hay 2x1?'],
      ['pt', 'tem algo mais barato?'],
      ['fr', 'un rabais pour les étudiants ?'],
      ['it', 'ci sono agevolazioni?'],
      ['de', 'gibt es Prozente für Stammkunden?'],
      ['ca', 'hi ha alguna cosa més barat?'],
    ],
  ],
  [
    'booking',
    [
      ['en', 'can you squeeze me in today'],
      ['es', 'quiero sacar cita'],
      ['es', 'hay cupo para el sábado?'],
      ['fr', 'je voudrais booker pour samedi'],
      ['it', 'avete posto sabato?'],
      ['de', 'habt ihr noch was frei?'],
      ['ca', 'voldria agafar hora'],
      ['pt', 'tem horário disponível sábado?'],
      ['ar', 'bghit nji 3ndkom nhar sebt'],
    ],
  ],
  [
    'dog',
    [
      ['en', 'my doggo is nervous'],
      ['es', 'mi perrete es muy bueno'],
      ['fr', 'mon toutou a peur'],
      ['it', 'il mio cagnolone è grande'],
      ['de', 'mein Hundi hat Angst'],
      ['pt', 'meu doguinho é calmo'],
      ['ca', 'la meva gosseta'],
    ],
  ],
  [
    'cat',
    [
      ['en', 'my moggy needs a check'],
      ['es', 'mi michi no come'],
      ['fr', 'mon minou vomit'],
      ['it', 'il mio micetto'],
      ['de', 'mein Büsi frisst nicht'],
      ['pt', 'meu bichano está doente'],
      ['ca', 'el meu moix'],
    ],
  ],
  [
    'firstVisit',
    [
      ['en', "I've never been before, what happens?"],
      ['es', 'es mi primera vez, soy nueva'],
      ['pt', 'sou cliente nova'],
      ['fr', 'je suis une nouvelle cliente'],
      ['it', 'non sono mai stata da voi'],
      ['de', 'ich war noch nie bei euch'],
      ['ca', 'soc clienta nova'],
    ],
  ],
  [
    'fear',
    [
      ['en', "I'm freaking out about the needle"],
      ['es', 'me da pánico el dentista'],
      ['pt', 'morro de medo de agulha'],
      ['fr', "j'ai la trouille"],
      ['it', 'ho una strizza tremenda'],
      ['de', 'ich hab voll Schiss'],
      ['ar', 'كنخلع من الطبيب'],
    ],
  ],
  [
    'companion',
    [
      ['en', 'can my boyfriend come in'],
      ['es', 'puedo ir con mi novia?'],
      ['pt', 'posso levar meu namorado?'],
      ['fr', 'je peux venir avec mon chum?'],
      ['it', 'posso venire con il mio ragazzo?'],
      ['de', 'darf meine Freundin mit?'],
    ],
  ],

  [
    'free',
    [
      ['es', 'es de gratis?'],
      ['it', 'è aggratis?'],
      ['de', 'kostet das nix?'],
      ['pt', 'é na faixa?'],
    ],
  ],
  ['ultrasound', [['fr', "l'écho pour voir si ma chienne est pleine c combien"]]],
  [
    'pregnancy',
    [
      ['fr', "l'écho pour voir si ma chienne est pleine c combien"],
      ['es', 'creo que mi perra está preñada'],
      ['pt', 'acho que a minha cadela está prenhe'],
      ['de', 'ist meine Hündin trächtig?'],
    ],
  ],
  [
    'waitingTime',
    [
      ['en', 'is there a wait on saturdays'],
      ['es', 'cuánto hay que esperar?'],
      ['pt', 'tem fila hoje?'],
      ['ar', 'شحال نتسنا؟'],
      ['de', 'wie lang wart ma auf an termin?'], // Viennese, read after dialects.ts spells it out
    ],
  ],
  [
    'tattoo',
    [
      ['en', 'how much for a small tat'],
      ['pt', 'quero fazer uma tatuagem'],
      ['fr', 'je veux me faire tatouer'],
      ['ar', 'بغيت ندير tatouage'],
    ],
  ],
  [
    'massage',
    [
      ['es', 'quiero un quiromasaje'],
      ['fr', 'un modelage du dos'],
      ['de', 'eine Rückenmassage bitte'],
    ],
  ],
  [
    'haircut',
    [
      ['es', 'quiero pelarme'],
      ['pt', 'quero fazer o pezinho'],
      ['de', 'ich will mir die Haare schneiden lassen'],
      ['en', 'need a lineup and beard trim'],
    ],
  ],
];

describe('the concept tables, as customers write', () => {
  it.each(examples)('finds %s in its colloquial words', (concept, cases) => {
    for (const [language, text] of cases)
      expect([...conceptsOf(text, language)], `${language}: ${text}`).toContain(concept);
  });

  it.each<[TextLanguage, string, string]>([
    ['it', 'posso mangiare la pasta dopo la pulizia?', 'price'], // es "cuánta pasta" is money
    ['es', 'tengo un jersey de lana', 'price'], // "cuánta lana" is money in Mexico
    ['en', 'we had arctic char for dinner', 'parking'], // Québécois "mon char" is a car
    ['de', 'mein Hund hat Kohle gefressen', 'price'], // "wie viel Kohle" is money
    ['de', 'ist das Zahnfleisch danach empfindlich', 'cancel'],
    ['pt', 'posso ir de carro depois da anestesia?', 'price'], // "caro" is expensive, "carro" a car
    ['es', 'tengo la cara hinchada', 'price'],
    ['pt', 'cria uma conta para mim', 'children'],
    ['en', 'do you do canine teeth cleaning for people', 'dog'],
    ['pt', 'cuidados pós tratamento', 'payment'], // Italian "il pos" is the card machine
    ['fr', 'je peux venir en avance ?', 'deposit'],
    ['en', 'is the place easy to find', 'booking'],
    ['de', 'öffentlicher Verkehr in der Nähe?', 'late'],
    ['it', 'il maestro di mio figlio', 'payment'],
    ['fr', "merci d'avance pour votre réponse", 'deposit'], // "une avance" is a deposit
    ['es', 'abren hoy?', 'emergency'],
    ['fr', 'une place de parking ?', 'booking'],
    ['en', 'do you do dreads?', 'fear'], // "dread" is fear, "dreads" are locks
    ['it', 'guardo la FIFA in sala d attesa', 'fear'],
    ['en', 'I have a cut on my finger', 'haircut'],
    ['pt', 'a tatuagem ficou borrada', 'fear'], // "borrado de medo" is scared
    ['en', 'how much to get my eyebrows cleaned up?', 'cleaning'], // a tidy, not a dental cleaning
    ['en', 'the back of my neck cleaned up', 'cleaning'],
    ['ca', 'vindria amb dos gossos grans', 'age'], // big dogs, not old ones
    ['fr', 'la salle est pleine ce soir ?', 'pregnancy'], // full, as a dog or a cat is pregnant
    ['en', 'how much is the deposit?', 'refund'],
    ['ar', 'كم العربون؟', 'refund'],
    ['en', 'my back hurts, can I book?', 'refund'],
  ])('does not read %s %j as %s', (language, text, concept) => {
    expect(conceptsInAll(text, language)).not.toContain(concept);
  });

  it('does not read a park as a car park in English', () => {
    expect(conceptsOf('someone at the dog park said big dogs should wait', 'en')).not.toContain('parking');
  });
});
