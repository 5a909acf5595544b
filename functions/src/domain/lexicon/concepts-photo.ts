/**
 * Concepts of photo studios (and of the print shops, pharmacies and
 * opticians that take passport pictures): the kinds of photo customers ask
 * for in their own words, against what the studio wrote in another
 * language. A photo as such is the visit table's (photo), a baby the care
 * table's (children). See phrases.ts for the syntax.
 *
 * German compounds reach the phrases split (compounds.ts): "Passfotos" is
 * read "pass fotos", "Bewerbungsfoto" "bewerbung foto".
 * Left out on their own: "pass" (an English verb, a mountain pass),
 * "carnet" (a driving licence, a club card), "tessera" (any membership
 * card), "portrait" (any painting), "scan" (a medical scan), "print" (any
 * printed form), "restore" (a tooth, a car).
 */
import type { PhraseTable } from './phrases.js';

export const PHOTO_CONCEPTS = {
  /** A passport, ID, visa or other official photo, biometric or not. */
  idPhoto: {
    en: 'passport photo*|passport pic*|passport picture*|passport size|id photo*|id pic*|visa photo*|visa pic*|biometric photo*|biometric picture*|photo for passport|photos for passport|photo for a passport|photos for a passport|photos for the passport|photo for the passport|photo for my passport|photos for my passport|pic for passport|photo for visa|photos for visa|photo for my visa|photo for id|green card photo*|driving licence photo*|driver license photo*',
    es: 'foto de pasaporte|fotos de pasaporte|foto pasaporte|fotos pasaporte|foto para pasaporte|fotos para pasaporte|foto para el pasaporte|fotos para el pasaporte|foto carnet|fotos carnet|foto de carnet|fotos de carnet|foto tamano carnet|foto para el dni|fotos para el dni|foto dni|foto de dni|foto para visa|fotos para visa|foto de visa|foto para la visa|foto biometrica|fotos biometricas|foto tipo pasaporte',
    fr: "photo d'identite|photos d'identite|photo identite|photos identite|photo passeport|photos passeport|photo de passeport|photos de passeport|photo pour passeport|photo pour le passeport|photos pour le passeport|photo pour mon passeport|photo biometrique|photos biometriques|photo pour visa|photo pour le visa|photo visa|photo pour la carte d'identite|photo cni|photo ants",
    it: "foto tessera|fototessera|fototessere|foto tessere|foto per passaporto|foto passaporto|foto per il passaporto|foto per la carta d'identita|foto per carta d'identita|foto biometrica|foto biometriche|foto per il visto|foto per visto|foto per documenti|foto per documento",
    de: 'passfoto|passfotos|passbild|passbilder|pass foto|pass fotos|pass bild|pass bilder|=passfoti|pass foti|ausweisfoto|ausweisfotos|ausweis foto|ausweis fotos|ausweisbild|ausweis bild|biometrisches foto|biometrische fotos|biometrisches passfoto|biometrisches passbild|biometrische passbilder|visumfoto|visum foto|visa foto|foto fur den pass|foto fur pass|foto fur die id|foto fur den ausweis|bild fur den pass|fuhrerscheinfoto|fuhrerschein foto',
    ca: 'foto carnet|fotos carnet|foto de carnet|fotos de carnet|foto de passaport|fotos de passaport|foto passaport|foto per al passaport|fotos per al passaport|foto per al dni|foto dni|foto biometrica|fotos biometriques|foto per al visat',
    pt: 'foto para passaporte|fotos para passaporte|foto de passaporte|fotos de passaporte|foto passaporte|foto tipo passe|fotos tipo passe|foto tipo passaporte|foto 3x4|fotos 3x4|foto para documento|fotos para documento|foto biometrica|fotos biometricas|foto para o cartao de cidadao|foto para cartao de cidadao|foto para visto|foto para o visto|foto para rg',
    ar: 'صوره جواز|صور جواز|صوره الجواز|صور الجواز|صوره للجواز|صور للجواز|صوره جواز سفر|صور جواز سفر|صوره باسبور|صور باسبور|صوره للباسبور|صوره فيزا|صور فيزا|صوره للفيزا|صور للفيزا|صوره للهويه|صور للهويه|صوره هويه|صور شخصيه|صوره شخصيه|صوره بيومتريه|photo d identite|photo passeport|sourat jawaz|sorat passport|tsawer passport',
  },
  /** A professional portrait for work: a headshot, a CV or application photo, a LinkedIn picture. */
  headshot: {
    en: 'headshot*|head shot*|linkedin photo*|linkedin pic*|linkedin picture*|linkedin profile photo*|photo for linkedin|photos for linkedin|profile picture for work|cv photo*|resume photo*|business portrait*|corporate portrait*|corporate photo*|professional portrait*|professional photo for work|team photo*|staff photo*|company photo*|job application photo*',
    es: 'foto para el cv|foto para cv|foto de cv|foto para el curriculum|foto para curriculum|foto de curriculum|foto para linkedin|fotos para linkedin|foto de linkedin|retrato profesional|retratos profesionales|retrato corporativo|fotos corporativas|foto corporativa|foto de empresa|fotos de empresa|foto de perfil profesional|headshot*',
    fr: "photo cv|photo de cv|photo pour cv|photo pour mon cv|photo pour le cv|photo linkedin|photo pour linkedin|photos pour linkedin|portrait professionnel|portraits professionnels|portrait corporate|photo corporate|photos corporate|photo d'entreprise|photos d'entreprise|photo de profil pro|photo professionnelle|photos professionnelles|headshot*",
    it: 'foto per il cv|foto per cv|foto cv|foto per il curriculum|foto curriculum|foto per linkedin|foto linkedin|ritratto professionale|ritratti professionali|ritratto aziendale|ritratti aziendali|foto aziendale|foto aziendali|foto professionale|foto professionali|headshot*',
    de: 'bewerbungsfoto|bewerbungsfotos|bewerbungsbild|bewerbungsbilder|bewerbung foto|bewerbung fotos|bewerbung bild|bewerbung bilder|businessportrat|businessportrats|business portrat|business portrats|business foto|business fotos|businessfoto|businessfotos|firmenportrat|firmenfoto|firmenfotos|teamfoto|teamfotos|mitarbeiterfoto|mitarbeiterfotos|linkedin foto|linkedin fotos|linkedinfoto|linkedin bild|foto fur linkedin|lebenslauf foto|foto fur den lebenslauf|cv foto|headshot*|portrat fur die bewerbung',
    ca: "foto per al cv|foto per al curriculum|foto de cv|foto per a linkedin|foto de linkedin|retrat professional|retrats professionals|retrat corporatiu|fotos corporatives|foto corporativa|foto d'empresa|fotos d'empresa|headshot*",
    pt: 'foto para curriculo|foto para o curriculo|foto para cv|foto para o cv|foto de curriculo|foto para linkedin|fotos para linkedin|foto do linkedin|retrato profissional|retratos profissionais|retrato corporativo|fotos corporativas|foto corporativa|foto de empresa|fotos de empresa|foto profissional|fotos profissionais|headshot*',
    ar: 'صوره للسيره الذاتيه|صوره سي في|صوره للسي في|صوره لينكدان|صوره للينكدان|صور لينكدان|صوره لينكد ان|صوره احترافيه للشغل|صور احترافيه للشركه|صور للشركه|صوره رسميه للشغل|headshot|photo cv|photo linkedin',
  },
  /** Old photos scanned, restored, retouched or digitised. */
  photoRestoration: {
    en: 'restore old photo*|restore an old photo*|restore my old photo*|restoring old photo*|photo restoration|old photo*|old pictures|scan old photo*|scan photos|scanning photos|digitise photo*|digitize photo*|digitising photo*|digitizing photo*|photos from my grandparents|old family photo*|damaged photo*|faded photo*|torn photo*',
    es: 'restaurar fotos|restaurar una foto|restaurar foto*|restauracion de fotos|restauracion fotografica|fotos antiguas|foto antigua|fotos viejas|foto vieja|escanear fotos|digitalizar fotos|digitalizacion de fotos|fotos danadas|foto danada|fotos de mi abuela|fotos de mis abuelos',
    fr: 'restaurer des photos|restaurer une photo|restaurer une vieille photo|restauration de photos|restauration photo|vieilles photos|vieille photo|anciennes photos|ancienne photo|photos anciennes|photo ancienne|numeriser des photos|numerisation de photos|scanner des photos|photos abimees|photo abimee|photos de famille anciennes',
    it: 'restaurare foto|restauro foto|restauro fotografico|restaurare una foto|vecchie foto|vecchia foto|foto vecchie|foto vecchia|foto antiche|foto antica|digitalizzare foto|digitalizzazione foto|scansione foto|scansionare foto|foto rovinate|foto rovinata|foto dei nonni',
    de: 'fotorestaurierung|fotorestauration|foto restaurieren|fotos restaurieren|bilder restaurieren|alte fotos|altes foto|alte bilder|altes bild|alte familienfotos|fotos digitalisieren|bilder digitalisieren|dias digitalisieren|fotos einscannen|bilder einscannen|fotos scannen|beschadigte fotos|beschadigtes foto|fotos von der grossmutter|fotos von meiner grossmutter',
    ca: "restaurar fotos|restaurar una foto|restauracio de fotos|fotos antigues|foto antiga|fotos velles|foto vella|digitalitzar fotos|escanejar fotos|fotos de l'avia|fotos de la meva avia",
    pt: 'restaurar fotos|restaurar uma foto|restauracao de fotos|restauro de fotos|fotos antigas|foto antiga|fotos velhas|foto velha|digitalizar fotos|digitalizacao de fotos|escanear fotos|fotos danificadas|foto danificada|fotos da minha avo|fotos dos meus avos',
    ar: 'ترميم صور|ترميم الصور|ترميم صوره|صور قديمه|صوره قديمه|الصور القديمه|تصليح صوره قديمه|تصليح صور قديمه|رقمنه الصور|سكان للصور|مسح الصور القديمه|صور جدتي|صور جدي',
  },
} satisfies PhraseTable<string>;
