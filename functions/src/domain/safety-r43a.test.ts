/**
 * Round 43: a thrown axe, knife or arrow into an eye with blood (Bavarian "bluat" too), a landing after which someone
 * cannot get up and hurts, blood spat or swallowed after an operation on the tonsils, and breathing that stops a
 * few seconds in someone who snores (sleep apnoea, a question, not an emergency).
 */
import { describeEmergencies } from './safety.test-helper.js';

describeEmergencies(
  'round 43 (r43a): thrown things in an eye, hard landings, bleeding after tonsils, snoring',
  [
    ['eye', 'the axe bounced back off the target and went into my friend’s eye, he is bleeding'],
    ['eye', 'una flecha rebotó y le dio en el ojo a mi hijo, está sangrando'],
    ['eye', "la hache a rebondi dans l'oeil de mon copain, il saigne, on fait quoi ?"],
    ['eye', 'Der Pfeil ist abgeprallt und ihm ins Auge, er blutet'],
    ['eye', 'is zruckgflogn, des messer, ins aug vom bruada, er bluat'],
    ['fracture', 'o pouso foi horrível, minha mãe não consegue se levantar e sente muita dor no quadril'],
    ['fracture', "l'atterraggio è stato violento, mio marito non riesce ad alzarsi e ha male alla schiena"],
    ['fracture', 'the landing was rough and my dad cannot get up, his ankle looks wrong'],
    ['fracture', 'nach der Landung kann meine Frau nicht aufstehen, sie hat Schmerzen im Rücken'],
    ['bleeding', 'my daughter had her tonsils out 6 days ago and now she is spitting blood'],
    ['bleeding', 'a mi hijo le quitaron las amígdalas y ahora escupe sangre, qué hacemos'],
    ['bleeding', 'mon fils a eu une amygdalectomie, depuis ce matin il crache du sang'],
    ['bleeding', 'ابني شال اللوزتين من أسبوع وهلق عم يبزق دم'],
    ['bleeding', 'binte 3emlet lawzet mn 5 iyem w halla2 3am tebla3 dam'],
    ['breathing', 'my husband snores, and now his lips are blue and he is not waking up'],
    // A word of snoring that also means something else does not turn the emergency off: a Russian, a hoarse voice.
    ['breathing', 'la mia collega russa non riesce a respirare, aiuto'],
    ['breathing', 'il mio amico russo non respira più!!'],
    ['breathing', 'tiene la voz ronca y no puede respirar, se ahoga'],
    ['breathing', 'té la veu ronca i no pot respirar'],
  ],
  [
    // A thrown thing, an eye, but no blood, or an eye kept on someone.
    'Wir behalten die Kinder beim Messerwerfen immer im Auge, oder?',
    'I have a little spot of blood in my eye since this morning, is that something you check?',
    'can you keep an eye on my son during axe throwing?',
    // A landing and getting up early, no pain.
    'I cannot get up that early for the flight, what time is the landing?',
    'onde é o pouso? o meu pai não consegue levantar cedo',
    'Ich kann am Samstag nicht so früh aufstehen, wann ist die Landung?',
    // Blood after an operation, asked about or a little; blood spat with no operation.
    'is it normal to spit a little blood after a tonsillectomy?',
    'I spit blood when I brush my teeth, do you do a cleaning?',
    'depois da cirurgia é normal cuspir um pouco de sangue?',
    // Snoring with pauses in breathing: sleep apnoea, a question for the clinic.
    'my husband snores and sometimes stops breathing for a few seconds at night, do you do sleep studies?',
    'mi marido ronca muchísimo y a veces deja de respirar unos segundos, ¿qué nos recomiendan?',
    'mon mari ronfle et parfois il arrête de respirer quelques secondes la nuit, il faut opérer ?',
    'زوجي يشخر كثير وأحيانا يوقف نفسه ثواني بالليل، شو بتنصحوني؟',
    'mein Mann schnarcht und hört nachts manchmal auf zu atmen, macht ihr Schlaflabor?',
    'mio marito russa molto e a volte smette di respirare per qualche secondo, fate la polisonnografia?',
  ],
);
