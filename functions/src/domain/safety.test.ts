import { describe, expect, it } from 'vitest';
import { assessSafety, type EmergencyKind } from './safety.js';

describe('assessSafety', () => {
  it.each<[EmergencyKind, string]>([
    ['cardiac', 'I have a crushing pain in my chest and my left arm'],
    ['spinal', 'tenho dor nas costas e desde ontem perdi força na perna e nao consigo controlar a urina'],
    ['spinal', 'my back is killing me, my legs are weak and I wet myself'],
    ['spinal', "j'ai mal au dos, les jambes faibles et je n'arrive plus à retenir mon urine"],
    ['burn', 'i had laser yesterday and now i have big blisters and burn marks on my legs'],
    ['burn', 'me salieron ampollas, como quemaduras, después de la depilación'],
    ['burn', "j'ai des cloques et des brûlures après le laser"],
    ['burn', 'fiquei com bolhas e queimaduras depois do laser'],
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
    'do you treat urinary incontinence after pregnancy?',
    'can laser cause burns or blisters?',
    'I got a blister from my new shoes',
    'my legs are weak after the gym, can a massage help?',
  ])('is not an emergency: %j', (text) => {
    expect(assessSafety(text)).toEqual({ emergency: null, kinds: [], evidence: [] });
  });

  it('puts the most serious first', () => {
    const result = assessSafety('chest pain and I fainted');
    expect(result.kinds).toEqual(['cardiac', 'unconscious']);
    expect(result.emergency).toBe('cardiac');
  });
});
