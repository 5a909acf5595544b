/**
 * Concepts of the body: where it hurts or where a treatment goes (a
 * physiotherapist's shoulder, a masseur's neck, a tattoo on the forearm),
 * and the everyday names of the complaints that bring people to a clinic
 * (a frozen shoulder, sciatica, a sprain). "ombro congelado" in a
 * Portuguese message meets "frozen shoulder" in an English answer here.
 * Legs, faces and skin belong to the service table (laser areas). See
 * phrases.ts for the syntax.
 */
import type { PhraseTable } from './phrases.js';

export const BODY_CONCEPTS = {
  back: {
    en: 'lower back|upper back|back pain|backache|bad back|sore back|back problems|back issues|lumbar|spine',
    es: 'espalda|lumbar|lumbares|zona lumbar|columna|lumbago|dolor de espalda|rinones',
    fr: 'bas du dos|mal de dos|mal au dos|le dos|du dos|au dos|mon dos|lombaire*|colonne vertebrale|lumbago',
    ca: 'esquena|lumbar|lumbars|columna|lumbago|mal d esquena',
    pt: 'costas|lombar|lombares|coluna|lombalgia|dor nas costas|dor de costas',
    ar: 'ظهر|ظهري|الظهر|العمود الفقري|ضهر|ضهري|dahr|dhar|dahri|dhari|ظهري كيضرني',
  },
  neck: {
    en: 'neck|cervical|stiff neck|nape',
    es: 'cuello|cervical*|nuca|torticolis',
    fr: 'cou|cervical*|nuque|torticolis',
    ca: 'coll|cervical*|clatell|torticoli*',
    pt: 'pescoco|cervical*|nuca|torcicolo',
    ar: 'رقبه|رقبتي|الرقبه|عنق|ra2be|ra9ba|rakba',
  },
  shoulder: {
    en: 'shoulder|shoulders|rotator cuff|frozen shoulder',
    es: 'hombro|hombros|manguito rotador|hombro congelado',
    fr: 'epaule|epaules|coiffe des rotateurs|epaule gelee|capsulite',
    ca: 'espatlla|espatlles|espatlla congelada',
    pt: 'ombro|ombros|coifa dos rotadores|ombro congelado|capsulite',
    ar: 'كتف|كتفي|الكتف|اكتاف|ktef|katf|ktafi',
  },
  knee: {
    en: 'knee|knees|kneecap|meniscus|acl|cruciate',
    es: 'rodilla|rodillas|menisco|ligamento cruzado|rotula',
    fr: 'genou|genoux|menisque|ligament croise|rotule',
    ca: 'genoll|genolls|menisc|lligament encreuat|rotula',
    pt: 'joelho|joelhos|menisco|ligamento cruzado|rotula',
    ar: 'ركبه|ركبتي|الركبه|rekba|rokba|rkba',
  },
  hip: {
    en: 'hip|hips|pelvis|pelvic',
    es: 'cadera|caderas|pelvis|pelvic*',
    fr: 'hanche|hanches|bassin|pelvi*',
    ca: 'maluc|malucs|pelvis|pelvi*',
    pt: 'anca|ancas|quadril|bacia|pelvi*',
    ar: 'ورك|الورك|حوض|الحوض|warik|hawd',
  },
  ankle: {
    en: 'ankle|ankles|achilles|heel|plantar|foot|feet',
    es: 'tobillo|tobillos|aquiles|talon|planta del pie|pie|pies|fascitis',
    fr: 'cheville|chevilles|achille|talon|voute plantaire|pied|pieds|fasciite',
    ca: 'turmell|turmells|aquilles|talo|planta del peu|fasciitis',
    pt: 'tornozelo|tornozelos|aquiles|calcanhar|planta do pe|fascite',
    ar: 'كاحل|الكاحل|كعب|قدم|القدم|ka7el|kahel|9dem',
  },
  wrist: {
    en: 'wrist|wrists|finger|fingers|thumb|carpal tunnel|elbow|tennis elbow|forearm',
    es: 'muneca|munecas|dedo|dedos|pulgar|tunel carpiano|codo|epicondilitis|antebrazo',
    fr: 'poignet|poignets|doigt|doigts|pouce|canal carpien|coude|epicondylite|avant bras',
    ca: 'canell|canells|dit|dits|polze|tunel carpia|colze|epicondilitis|avantbrac',
    pt: 'pulso|pulsos|dedo|dedos|polegar|tunel carpico|tunel do carpo|cotovelo|epicondilite|antebraco',
    ar: 'معصم|اصبع|اصابع|كوع|ساعد|kou3|kou3i',
  },
  head: {
    en: 'head|headache|headaches|migraine|migraines|dizzy|dizziness|vertigo',
    es: 'cabeza|dolor de cabeza|cefalea|migraña|migrañas|mareo|mareos|vertigo',
    fr: 'tete|mal de tete|maux de tete|cephalee|migraine*|vertige*|etourdissement*',
    ca: 'mal de cap|cefalea|migranya|migranyes|mareig|vertigen',
    pt: 'cabeca|dor de cabeca|dores de cabeca|cefaleia|enxaqueca*|tontura*|vertigem',
    ar: 'راس|راسي|صداع|شقيقه|دوخه|دايخ|ras|rasi|soda3|sda3|dokha',
  },
  sprain: {
    en: 'sprain|sprained|twisted my|strain|strained|pulled muscle|torn|tendinitis|tendonitis|tendon|ligament',
    es: 'esguince|torcedura|me torci|torcido|distension|tiron|rotura fibrilar|tendinitis|tendon|ligamento',
    fr: 'entorse|foulure|claquage|dechirure|elongation|tendinite|tendon|ligament',
    ca: 'esquinc|torcada|estirada|trencament fibril lar|tendinitis|tendo|lligament',
    pt: 'entorse|torcao|torci|distensao|rotura|estiramento|tendinite|tendao|ligamento',
    ar: 'التواء|لويت|تمزق|شد عضلي|وتر|رباط|tfekket|tfakkat|tamazzuq',
  },
  sciatica: {
    en: 'sciatica|sciatic|pinched nerve|trapped nerve|herniated disc|slipped disc|disc herniation|hernia',
    es: 'ciatica|nervio ciatico|pinzamiento|hernia discal|hernia|protrusion',
    fr: 'sciatique|nerf sciatique|nerf coince|hernie discale|hernie',
    ca: 'ciatica|nervi ciatic|pincament|hernia discal|hernia',
    pt: 'ciatica|nervo ciatico|nervo pincado|hernia discal|hernia',
    ar: 'عرق النسا|ديسك|انزلاق غضروفي|3er9 nsa|disk',
  },
  posture: {
    en: 'posture|hunched|desk job|sitting all day|ergonomic*',
    es: 'postura|mala postura|encorvad*|trabajo de oficina|sentado todo el dia',
    fr: 'posture|mauvaise posture|voute|travail de bureau|assis toute la journee',
    ca: 'postura|mala postura|encorbat*|treball d oficina|assegut tot el dia',
    pt: 'postura|ma postura|curvad*|trabalho de escritorio|sentado o dia todo',
    ar: 'وضعيه|وضعية الجلوس|قاعد طول النهار',
  },
  physio: {
    en: 'physio|physiotherapy|physiotherapist|physical therapy|physical therapist|pt session|osteo|osteopath*|chiro|chiropract*',
    es: 'fisio|fisioterapia|fisioterapeuta|osteopata|osteopatia|quiropract*',
    fr: 'kine|kinesitherapie|kinesitherapeute|kinesi|physiotherapie|osteo|osteopath*|chiropract*',
    ca: 'fisio|fisioterapia|fisioterapeuta|osteopata|osteopatia|quiropract*',
    pt: 'fisio|fisioterapia|fisioterapeuta|osteopata|osteopatia|quiropra*',
    ar: 'علاج طبيعي|العلاج الطبيعي|ترويض|الترويض|كينيزي|فيزيو|kine|tarwid',
  },
} satisfies PhraseTable<string>;
