/**
 * Concepts of how many people a booking is for, once it is made: more people coming than were booked ("3 more
 * kids turned up", "two extra guests", "niños de más", "طلعوا 3 زيادة") and adding them. See phrases.ts for the
 * syntax.
 *
 * Left out on their own: "more", "add", "plus", "más", "mehr", "زياده" (more of anything: more time, more
 * water, a price increase); each is here only beside a person or with an object pronoun for people
 * ("add them", "añadirlos", "اضيفهم").
 */
import type { PhraseTable } from './phrases.js';

export const HEADCOUNT_CONCEPTS = {
  /** People added to a group booking: extra children, guests or players, and adding them. */
  extraGuests: {
    en: 'extra kid*|extra child*|extra guest*|extra people|extra person|extra player*|extra driver*|more kids|more children|more guests|more people|additional kid*|additional child*|additional guest*|additional people|add them|add a few|add more kids|add more people|add kids|add children|add guests|add people|add two more|add three more|per extra',
    es: 'ninos extra|nino extra|ninos de mas|invitados extra|invitados de mas|personas extra|personas de mas|mas ninos|mas invitados|mas personas|anadirlos|anadirlas|agregarlos|agregarlas|sumarlos|anadir ninos|anadir invitados|agregar ninos|agregar invitados|agregar personas|anadir personas',
    fr: 'enfants en plus|enfant en plus|enfants supplementaires|enfant supplementaire|invites en plus|invites supplementaires|personnes en plus|personnes supplementaires|personne supplementaire|plus d enfants|les ajouter|ajouter des enfants|ajouter des invites|ajouter des personnes|rajouter des enfants|les rajouter',
    it: 'bambini in piu|bambino in piu|bambini extra|invitati in piu|invitati extra|persone in piu|persone extra|piu bambini|piu invitati|aggiungerli|aggiungerle|aggiungere bambini|aggiungere invitati|aggiungere persone|bambino aggiuntivo|bambini aggiuntivi|persone aggiuntive',
    de: 'zusatzliche kinder|zusatzliches kind|weitere kinder|mehr kinder|mehr gaste|zusatzliche gaste|weitere gaste|mehr personen|zusatzliche personen|weitere personen|kinder mehr|kinder nachbuchen|gaste nachbuchen|nachmelden|sie dazubuchen|kinder dazubuchen',
    ca: 'nens de mes|nens extra|convidats de mes|convidats extra|persones de mes|persones extra|mes nens|mes convidats|afegir los|afegir nens|afegir convidats|afegir persones',
    pt: 'criancas a mais|crianca a mais|criancas extra|convidados a mais|convidados extra|pessoas a mais|pessoas extra|mais criancas|mais convidados|mais pessoas|acrescentar criancas|adicionar criancas|adicionar convidados|acrescenta los|adiciona los|crianca adicional|criancas adicionais',
    ar: 'اضيفهم|نضيفهم|اضافهم|تضيفونهم|نزيدهم|ازيدهم|اطفال زياده|عيال زياده|يهال زياده|ولاد زياده|اشخاص زياده|ناس زياده|طفل زياده|طفل اضافي|اطفال اضافيين|شخص اضافي|اشخاص اضافيين|ضيوف زياده|ضيوف اضافيين|كل طفل زياده|كل طفل اضافي|نزود العدد|ازود العدد|العدد زاد|زاد العدد',
  },
} satisfies PhraseTable<string>;
