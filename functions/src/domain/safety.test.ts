import { describe, expect, it } from 'vitest';
import { assessSafety, type EmergencyKind } from './safety.js';

describe('assessSafety', () => {
  it.each<[EmergencyKind, string]>([
    ['cardiac', 'I have a crushing pain in my chest and my left arm'],
    ['breathing', 'ما اقدر اتنفس منذ الصباح'],
    ['fracture', 'he fell off his bike and his wrist looks deformed'],
    ['fracture', 'caiu e o braço está deformado'],
    ['poisoning', "ma fille a avalé de l'eau de javel"],
    ['poisoning', 'my toddler swallowed a dishwasher tablet'],
    ['cardiac', 'me duele mucho el pecho y me cuesta respirar'],
    ['cardiac', 'tinc un dolor molt fort al pit'],
    ['cardiac', "j'ai une douleur dans la poitrine"],
    ['cardiac', 'estou com uma dor forte no peito'],
    ['cardiac', 'عندي الم بالصدر قوي'],
    ['cardiac', 'i think my dad is having a heart attack'],
    ['stroke', 'my mum face is drooping on one side and her speech is slurred'],
    ['stroke', 'a mi padre se le ha torcido la boca y no puede hablar'],
    ['stroke', 'ma grand-mère ne peut pas parler et son visage est paralysé'],
    ['stroke', 'acho que ele está a ter um AVC'],
    ['breathing', "I can't breathe properly"],
    ['breathing', 'no puedo respirar bien'],
    ['breathing', 'em costa molt respirar'],
    ['breathing', 'nao consigo respirar'],
    ['breathing', "j'ai du mal à respirer"],
    ['breathing', 'my throat is closing up'],
    ['breathing', "my cheek is swollen and I can't swallow"],
    ['breathing', 'مش قادر اتنفس'],
    ['bleeding', "it's been bleeding for an hour and won't stop"],
    ['bleeding', 'no para de sangrar desde la extracción'],
    ['bleeding', 'porta una hora sagnant i no para'],
    ['bleeding', 'está a sangrar muito e não para'],
    ['bleeding', 'ça saigne beaucoup et ça ne s’arrête pas'],
    ['fracture', 'I think I broke my wrist'],
    ['fracture', 'mi hijo se ha roto el brazo'],
    ['fracture', "s'ha trencat la cama"],
    ['fracture', 'il s’est cassé la jambe'],
    ['fracture', 'acho que partiu o braço'],
    ['allergic', 'I think I am having an allergic reaction'],
    ['allergic', 'my lips are swelling and it is hard to breathe'],
    ['allergic', 'tengo la cara hinchada y me cuesta tragar'],
    ['allergic', 'fiquei com urticária depois da anestesia'],
    ['self-harm', 'I want to kill myself'],
    ['self-harm', 'ya no quiero vivir'],
    ['self-harm', 'estic pensant en acabar amb tot'],
    ['self-harm', 'je veux mourir'],
    ['self-harm', 'quero morrer'],
    ['self-harm', 'بدي انتحر'],
    ['unconscious', 'my husband fainted in the waiting room'],
    ['unconscious', 'se ha desmayado'],
    ['seizure', 'my son is having a seizure'],
    ['poisoning', 'my dog ate a whole bar of chocolate'],
    ['poisoning', 'mi hijo se ha tragado lejía'],
    // Italian and German as typed on a phone: no accents or umlauts.
    ['cardiac', 'ho un forte dolore al petto e al braccio sinistro'],
    ['cardiac', 'mio padre credo abbia un infarto'],
    ['cardiac', 'ich habe starke schmerzen in der brust'],
    ['cardiac', 'mein vater hat glaube ich einen herzinfarkt'],
    ['stroke', 'mia madre ha la bocca storta e non riesce a parlare'],
    ['stroke', 'ich glaube meine oma hat einen schlaganfall'],
    ['stroke', 'sein gesicht hangt auf einer seite und er kann nicht sprechen'],
    ['breathing', 'non riesco a respirare'],
    ['breathing', 'ich kann nicht atmen'],
    ['breathing', 'ich bekomme keine luft mehr'],
    ['bleeding', 'sanguina da un ora e non si ferma'],
    ['bleeding', 'es blutet seit einer stunde und hort nicht auf'],
    ['fracture', 'mio figlio si e rotto il braccio'],
    ['fracture', 'ich glaube mein handgelenk ist gebrochen'],
    ['allergic', 'dopo il trattamento mi si e gonfiata la faccia e faccio fatica a respirare'],
    ['allergic', 'ich habe eine allergische reaktion nach der behandlung'],
    ['allergic', 'meine lippen sind geschwollen und ich kann kaum schlucken'],
    ['self-harm', 'voglio farla finita'],
    ['self-harm', 'non voglio piu vivere'],
    ['self-harm', 'ich will nicht mehr leben'],
    ['self-harm', 'ich denke an selbstmord'],
    ['unconscious', 'mio marito e svenuto in sala d attesa'],
    ['unconscious', 'mein mann ist bewusstlos'],
    ['poisoning', 'il mio cane ha mangiato del cioccolato'],
    ['poisoning', 'mein hund hat rattengift gefressen'],
    ['poisoning', 'die katze hat eine lilie gefressen'],
  ])('%s: %j', (kind, text) => {
    const result = assessSafety(text);
    expect(result.kinds, JSON.stringify(result)).toContain(kind);
    expect(result.emergency).not.toBeNull();
    expect(result.evidence.length).toBeGreaterThan(0);
  });

  it.each([
    // Symptoms a practice treats, and questions about what to do if…
    'my gums bleed a bit when I brush',
    'me sangran las encías al cepillarme',
    'the cleaning hurt a little',
    'I have toothache, can I come today?',
    'my face is numb after the anaesthetic, is that normal?',
    'what should I do if the bleeding does not stop after the extraction?',
    'y si se me hincha la cara?',
    'is laser safe if I have a heart condition?',
    'no chest pain, just a bit of a headache',
    'sin sangrado, todo bien',
    'I have a broken tooth',
    'se me ha roto un empaste',
    'ate before the whitening, is that ok?',
    'do you do a treatment for the chest?',
    'I am allergic to latex, is that a problem?',
    'how much is a cleaning?',
    'el dentista habla portugués?',
    'quero falar com alguém',
    'mi sanguinano un po le gengive quando lavo i denti',
    'e se mi si gonfia la faccia dopo l estrazione?',
    'ho un dente rotto',
    'quanto costa una pulizia?',
    'das zahnfleisch blutet ein bisschen beim putzen',
    'was ist wenn es nach dem ziehen blutet?',
    'mir ist eine fullung rausgefallen',
    'was kostet eine zahnreinigung?',
    'ich bin allergisch gegen latex, ist das ein problem?',
  ])('is not an emergency: %j', (text) => {
    expect(assessSafety(text)).toEqual({ emergency: null, kinds: [], evidence: [] });
  });

  it('puts the most serious first', () => {
    const result = assessSafety('chest pain and I fainted');
    expect(result.kinds).toEqual(['cardiac', 'unconscious']);
    expect(result.emergency).toBe('cardiac');
  });
});
