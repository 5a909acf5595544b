import { describe, expect, it } from 'vitest';
import { conceptsAlsoInItDe, conceptsIn, conceptsOf } from './concepts.test-helper.js';
import type { TextLanguage } from '../languages.js';
import { OFFERING_CONCEPTS } from './concepts.js';

describe('the offers concepts', () => {
  it.each<[string, TextLanguage, string]>([
    ['jobs', 'en', 'are you hiring? I can send my cv'],
    ['jobs', 'es', 'buscáis personal? os dejo mi curriculum'],
    ['jobs', 'fr', 'vous recrutez en ce moment ?'],
    ['jobs', 'it', 'cercate personale? vorrei lasciare il mio cv'],
    ['jobs', 'de', 'habt ihr offene Stellen? ich würde mich gern bewerben'],
    ['jobs', 'ca', 'busqueu personal?'],
    ['jobs', 'pt', 'vocês estão contratando?'],
    ['jobs', 'ar', 'واش كاين شي وظيفه عندكم'],
    ['petTraining', 'en', 'do you do puppy classes?'],
    ['petTraining', 'es', 'hacéis adiestramiento canino?'],
    ['petTraining', 'fr', 'vous faites du dressage ?'],
    ['petTraining', 'de', 'seid ihr auch eine Hundeschule?'],
    ['petTraining', 'pt', 'vocês fazem adestramento?'],
    ['petSitting', 'en', 'can you walk my dog while I am away?'],
    ['petSitting', 'fr', 'vous pouvez garder mon chien ce week-end ?'],
    ['petSitting', 'de', 'macht ihr auch Gassi-Service?'],
    ['petSitting', 'it', 'fate anche dog sitter?'],
    ['petFood', 'en', 'do you sell dog food?'],
    ['petFood', 'es', 'vendéis pienso?'],
    ['petFood', 'fr', 'vous vendez des croquettes ?'],
    ['petFood', 'de', 'verkauft ihr Hundefutter?'],
    ['petFood', 'pt', 'vocês vendem ração?'],
    ['largeAnimals', 'en', 'do you groom horses?'],
    ['largeAnimals', 'es', 'atendéis caballos?'],
    ['largeAnimals', 'de', 'behandelt ihr auch Pferde?'],
    ['vegan', 'en', 'are your products vegan and cruelty free?'],
    ['vegan', 'it', 'i prodotti sono vegani?'],
    ['vegan', 'fr', 'vos produits sont testés sur les animaux ?'],
    ['events', 'en', 'can we book the whole place for a hen party?'],
    ['events', 'fr', 'on peut privatiser le spa pour un evjf ?'],
    ['events', 'de', 'kann man bei euch einen JGA machen?'],
    ['collaboration', 'en', 'hi! I am a content creator, would you like a collab?'],
    ['collaboration', 'pt', 'sou influenciadora, vocês fazem permuta?'],
    ['personalData', 'en', 'please delete all my data, GDPR'],
    ['personalData', 'es', 'borrad mis datos por favor'],
    ['personalData', 'fr', 'je voudrais que vous supprimiez mes données'],
    ['personalData', 'it', 'potete cancellare i miei dati?'],
    ['personalData', 'de', 'bitte löscht meine Daten'],
    ['personalData', 'ca', 'esborreu les meves dades, si us plau'],
    ['personalData', 'pt', 'podem apagar os meus dados?'],
    ['personalData', 'ar', 'ممكن تحذفو بياناتي؟'],
    ['inStock', 'en', 'do you have the 65W charger in stock?'],
    ['inStock', 'de', 'Habt ihr ein Schaltwerk auf Lager?'],
    ['inStock', 'es', 'tenéis la pantalla en stock?'],
    ['inStock', 'fr', 'vous avez la batterie en stock ?'],
    ['inStock', 'it', 'avete il display in magazzino?'],
    ['inStock', 'pt', 'têm a peça em estoque?'],
    ['inStock', 'ca', 'teniu la peça en estoc?'],
  ])('%s in %s: %j', (concept, language, text) => {
    expect(conceptsOf(text, language)).toContain(concept);
    expect(OFFERING_CONCEPTS.has(concept as never)).toBe(true);
  });

  it.each<[string, TextLanguage, string]>([
    // A pass or a membership put on hold, or used by someone else.
    ['pause', 'en', "I'm away July and August, can I pause the monthly membership?"],
    ['pause', 'es', 'se puede congelar el bono?'],
    ['pause', 'ca', 'puc aturar el bo un mes?'],
    ['pause', 'de', 'kann ich mein Abo im Sommer pausieren?'],
    ['pause', 'fr', 'on peut suspendre l’abonnement ?'],
    ['transfer', 'en', 'can my sister use my pass while im away?'],
    ['transfer', 'es', 'el bono es transferible?'],
    ['transfer', 'de', 'ist die Zehnerkarte übertragbar?'],
    ['package', 'en', 'how long is the 10 class pass valid for?'],
    // Whether a service suits someone.
    ['suitable', 'es', 'tengo osteoporosis, me recomendais pilates o es peligroso?'],
    ['suitable', 'de', 'Ist Pilates für mich geeignet?'],
    ['suitable', 'en', 'would the reformer be ok for her?'],
    ['suitable', 'it', 'è adatto a una persona di 70 anni?'],
  ])('a pass or a fit: %s in %s: %j', (concept, language, text) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });

  it.each<[string, TextLanguage, string]>([
    ['jobs', 'en', 'great job, thanks!'],
    ['jobs', 'en', 'tell us a day that would work for you'],
    ['jobs', 'es', 'salgo del trabajo a las 6, puedo ir a las 7?'],
    ['jobs', 'it', 'esco dal lavoro alle 18, posso venire dopo?'],
    ['jobs', 'ca', 'surto de la feina a les 7'],
    ['jobs', 'de', 'ein paar Stellen sind noch hell'],
    ['jobs', 'es', 'son muy prácticas las citas online'],
    ['petTraining', 'en', 'you are closed for staff training on Friday?'],
    ['petSitting', 'en', 'can I just walk in?'],
    ['petFood', 'en', 'can I eat before the treatment?'],
    ['petFood', 'de', 'darf mein Hund vorher Futter bekommen?'],
    ['largeAnimals', 'ca', 'quin és el millor horari?'],
    ['collaboration', 'en', 'under the influence of alcohol'],
    ['collaboration', 'de', 'mit der wir zusammenarbeiten'],
    ['personalData', 'en', 'can I update my phone number for reminders?'],
    ['events', 'fr', "c'est pour l'anniversaire de ma femme, vous avez des bons cadeaux ?"],
    ['inStock', 'en', 'I had a lager before the appointment'],
    ['inStock', 'en', 'are stockings ok for the session?'],
    ['inStock', 'de', 'wir fahren ins Lagerhaus danach'],
    ['frequency', 'ca', 'puc fer-me la cera entre sessió i sessió?'],
    ['frequency', 'en', 'can I shave between sessions?'],
    ['collect', 'en', 'can I grab a coffee nearby while I wait?'],
    ['collect', 'en', "come get me when it's my turn"],
  ])('not %s in %s: %j', (concept, language, text) => {
    expect(conceptsAlsoInItDe(text, language)).not.toContain(concept);
  });

  it('a nervous dog is not a root canal', () => {
    expect(conceptsIn('mi perrita es muy nerviosa', 'es', 'ca', 'pt', 'en')).not.toContain('rootCanal');
    expect(conceptsOf('me tienen que matar el nervio de una muela', 'es')).toContain('rootCanal');
  });
});
