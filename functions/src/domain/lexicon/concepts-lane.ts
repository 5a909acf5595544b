/**
 * Concepts of a group's own time on a lane, a court or a room that it hires: playing its own music there (a
 * playlist, a phone on the venue's speaker). Each in every language, with the forms people type. See phrases.ts
 * for the syntax.
 *
 * Left out on their own, because they mean other things elsewhere:
 * - "music", "musique", "Musik" alone (music lessons, a music school), "play music" (learning an instrument), "our
 *   music" (a school's "our music teachers"): only one's own music put on, a playlist, a speaker;
 * - fr "enceinte" alone (pregnant): a speaker only as "enceinte bluetooth", "enceinte connectée";
 * - "tunes" alone (a piano's tuning, tunes learnt): only "our own tunes", "some tunes".
 */
import type { PhraseTable } from './phrases.js';

export const LANE_CONCEPTS = {
  /** Playing one's own music during a session: a playlist, a phone connected to a Bluetooth speaker. */
  ownMusic: {
    en: 'playlist|playlists|own music|our own tunes|own tunes|our tunes|some tunes|play our music|play my music|play our own|put on music|put on some music|put some music on|put our music on|blast music|blast some music|bluetooth speaker*|bluetooth box|sound system|aux cable|aux cord|spotify|background music|hook up my phone|hook up our phone|connect my phone|connect our phone',
    es: 'playlist|lista de reproduccion|nuestra musica|nuestra propia musica|musica propia|poner musica|poner nuestra musica|poner mi musica|poner un poco de musica|altavoz bluetooth|altavoces bluetooth|parlante bluetooth|bocina bluetooth|spotify|musica de fondo|conectar el movil|conectar mi movil|conectar el celular',
    fr: 'playlist|notre musique|notre propre musique|notre playlist|mettre de la musique|mettre notre musique|mettre ma musique|mettre notre son|enceinte bluetooth|enceinte connectee|baffle bluetooth|spotify|musique de fond|brancher mon telephone|brancher notre telephone',
    it: 'playlist|la nostra musica|nostra musica|musica nostra|mettere musica|mettere la nostra musica|mettere un po di musica|cassa bluetooth|casse bluetooth|spotify|musica di sottofondo|collegare il telefono|collegare il cellulare',
    de: 'playlist|eigene musik|unsere musik|musik abspielen|musik laufen lassen|musik anmachen|musik auflegen|bluetooth box|bluetoothbox|bluetooth lautsprecher|bluetoothlautsprecher|lautsprecher|musikanlage|musikbox|spotify|hintergrundmusik|handy verbinden|handy anschliessen',
    ca: 'playlist|la nostra musica|nostra musica|musica propia|posar musica|posar la nostra musica|posar una mica de musica|altaveu bluetooth|altaveus bluetooth|spotify|musica de fons|connectar el mobil',
    pt: 'playlist|nossa musica|nossa propria musica|musica propria|botar musica|botar nossa musica|colocar musica|colocar a nossa musica|colocar nossa musica|caixa bluetooth|caixinha de som|coluna bluetooth|spotify|musica ambiente|ligar o telemovel a|conectar o celular',
    ar: 'سماعه بلوتوث|سماعة بلوتوث|سبيكر|السبيكر|بلايليست|البلايليست|اغانينا|نشغل اغاني|نشغل موسيقى|نحط اغاني|نشغل اغانينا|موسيقانا|spotify|playlist|speaker',
  },
} satisfies PhraseTable<string>;
