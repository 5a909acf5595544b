/**
 * Emergencies of pregnancy (a baby that stops moving, pre-eclampsia), an
 * electric shock, and a device that smokes; and the everyday messages of a
 * midwife's, a repair shop's and a salon's customers that name the same
 * words without any of it.
 */
import { describe, expect, it } from 'vitest';
import { assessSafety } from './safety.js';

describe('assessSafety: pregnancy, electric shock, a smoking device', () => {
  it.each<[string, string]>([
    // A baby in the womb that moves less or not at all.
    ['pregnancy', "i'm 36 weeks pregnant and the baby hasnt moved since this morning"],
    ['pregnancy', 'estoy embarazada de 8 meses y no noto al bebe desde ayer'],
    ['pregnancy', 'je suis enceinte de 7 mois et bébé ne bouge plus depuis hier soir'],
    ['pregnancy', 'sono incinta di 38 settimane e non lo sento muovere da stamattina'],
    ['pregnancy', 'ich bin schwanger in der 34. woche und das baby bewegt sich kaum seit gestern'],
    ['pregnancy', 'estou grávida de 33 semanas e o bebé não mexe desde ontem'],
    ['pregnancy', 'ana 7amla f 8 chhour w lbebe ma kaytharaksh mn lbare7'],
    ['pregnancy', 'lma nzel mn lbare7 f lil w lbebe ma kaythareksh mn sba7 😭 chno ndir daba'],
    ['pregnancy', 'الما نزل ليا البارح فالليل'],
    // Pre-eclampsia: a headache with stars or swelling, late in a pregnancy.
    [
      'pregnancy',
      'Meine Frau hat seit heute früh ganz starke Kopfschmerzen, sieht Sternchen und die Füße sind total geschwollen, sie ist in der 35. Woche',
    ],
    ['pregnancy', "i'm pregnant, 34 weeks, horrible headache and seeing stars"],
    ['pregnancy', 'embarazada de 32 semanas, dolor de cabeza muy fuerte y veo lucecitas'],
    ['pregnancy', 'enceinte de 8 mois, mal de tête terrible et les pieds très gonflés'],
    ['pregnancy', 'sono incinta, ho un mal di testa fortissimo e vedo le stelline'],
    ['pregnancy', 'grávida de 36 semanas, dor de cabeça forte e a cara muito inchada'],
    // Giving birth now.
    ['pregnancy', "ma femme est enceinte, elle est en train d'accoucher dans la voiture"],
    ['pregnancy', 'je suis enceinte et j ai des contractions toutes les 3 minutes'],
    ['pregnancy', 'مراتي حامل وجاها الطلق'],
    // An electric shock with a burn, numbness or a racing heart.
    [
      'electric',
      'o carregador do portátil deu-me um choque, tenho a mão queimada e dormente e o coração está a bater muito rápido',
    ],
    ['electric', 'the charger gave me an electric shock and now my hand is numb'],
    ['electric', 'me dio una descarga el enchufe y tengo la mano quemada'],
    ['electric', "j'ai pris une décharge en branchant le chargeur, j'ai le bras engourdi"],
    ['electric', 'ho preso la scossa dal caricatore, ho la mano bruciata e il cuore a mille'],
    ['electric', 'hab einen stromschlag vom ladekabel bekommen, der arm ist taub'],
    ['electric', 'ضربتني الكهرباء من الشارجور ويدي محروقة'],
    // A device that swelled and smokes, or smoke with a smell of burning.
    [
      'fire',
      'aiutoo il telefono di mio figlio si è gonfiato e sta facendo fumo in camera sua, puzza di bruciato, che faccio??? lui sta bene',
    ],
    ['fire', 'my phone swelled up and is smoking on the desk'],
    ['fire', 'sale humo del cuarto y huele a quemado'],
    ['fire', 'le portable a gonflé et il y a de la fumée'],
    ['fire', 'das handy ist aufgebläht und qualmt'],
  ])('%s: %j', (kind, text) => {
    expect(assessSafety(text).emergency).toBe(kind);
  });

  it.each([
    // A birth-preparation class, a birth last month, a due date: no labour.
    "Bjr, je suis enceinte de 34 SA de mon 1er et on a jamais fait la prépa à l'accouchement 😬 c'est trop tard ou pas ?? et c payant ?",
    'السلام عليكم، أختي حامل فالشهر السادس وما كتهضرش الفرنسية مزيان، واش عندكم دروس التحضير للولادة بالعربية؟ وشحال الثمن؟',
    "Bonjour je voudrais prendre rdv pour la consultation post natale, j'ai accouché le 20 mars",
    'je suis enceinte, mon accouchement est prévu le 3 juin, vous faites la rééducation après ?',
    'حامل في الشهر السابع، بغيت نعرف واش كتديرو متابعة بعد الولادة',
    "i'm pregnant, can i still get my nails done? the baby moves a lot when i lie down haha",
    'estoy embarazada, ¿puedo hacerme el tinte? el bebé se mueve mucho',
    'sono incinta di 20 settimane, posso fare la pulizia del viso?',
    // A headache alone, swollen feet alone, late in a pregnancy: a question for the midwife, not 112.
    'je suis enceinte de 8 mois et j ai les pieds gonflés le soir, c est normal ?',
    // A shock of a price, a shocking story; a charger to buy.
    'the price was a shock, my hand almost went numb from writing the cheque lol',
    'vendete caricatori? il mio telefono non si carica piu',
    'me dio un shock ver el precio',
    // Smoke outside, a smoker; a phone that swelled with no smoke (a battery to replace).
    'si può fumare davanti al negozio? il mio cellulare ha la batteria gonfia, quanto costa cambiarla?',
    'my laptop battery is swollen, can you replace it?',
    'la batería de mi móvil está hinchada, cuánto cuesta cambiarla',
    'il y a une odeur de brûlé quand je lisse mes cheveux avec mon lisseur, vous vendez des protecteurs thermiques ?',
  ])('is not an emergency: %j', (text) => {
    expect(assessSafety(text)).toEqual({ emergency: null, kinds: [], evidence: [] });
  });
});
