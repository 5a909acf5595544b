/**
 * Emergencies of a garage's forecourt, a flying site and a tailor's fitting room, in the eight languages read
 * (Gulf, Egyptian and Moroccan Arabic in both scripts among them): a car or a heavy thing fallen onto a leg, or
 * someone pinned under it; a child or a dog shut in a car in the sun; a blister after touching something hot, or
 * a burn over a whole hand; a chemical sprayed into an eye that will not open; a hard landing that leaves someone
 * unable to get up. And the near misses that must stay questions: a sunburn, eye drops, back pain as a reason to
 * book, a car hot inside, the kids waiting in the car with the AC on, a blister from new shoes, burnt toast.
 */
import { describeEmergencies as cases } from './safety.test-helper.js';

cases(
  'a heavy weight fallen onto a limb, or someone pinned under it',
  [
    ['fracture', 'the car slipped off the jack and fell on his leg, he is screaming and we cant lift it'],
    ['fracture', 'my dad is trapped under the tractor and is in a lot of pain'],
    ['fracture', 'el armario se cayó sobre la pierna de mi hijo y grita, no podemos levantarlo'],
    ['fracture', 'la voiture est tombée sur sa jambe, il hurle, on arrive pas à la soulever'],
    ['fracture', "l'armadio è caduto sulla gamba di mio figlio e urla, non riusciamo a sollevarlo"],
    ['fracture', 'Der Schrank ist auf sein Bein gefallen, er schreit, wir kriegen ihn nicht hoch'],
    ['fracture', 'el cotxe ha caigut sobre la cama del meu germà i crida, no podem aixecar-lo'],
    ['fracture', 'o carro caiu em cima da perna dele e ele grita, nao conseguimos levantar'],
    ['fracture', 'السيارة طاحت على رجل اخوي وهو يصرخ وما نقدر نرفعها'],
    ['fracture', 'el jack ta7 w el sayyara 6a7at 3la rijlo, y9ee7 w ma negdar nrfa3ha'],
  ],
  [
    'the car fell off the jack in my garage and dented the sill, can you fix that?',
    'a box fell on my foot yesterday, can I still come for the pedicure?',
    'my cat is stuck under the sofa again lol, anyway is Saturday free?',
    'Ich habe einen eingeklemmten Nerv im Rücken, habt ihr morgen einen Termin?',
    "j'ai un nerf coincé dans le dos, vous avez un créneau demain ?",
    'my shoulder hurts when I lift my arm, can I book a massage?',
  ],
);

cases(
  'a child or an animal shut in a car in the sun',
  [
    ['heatstroke', 'there is a toddler locked in a car in your car park, in full sun, nobody around'],
    ['heatstroke', 'hay un bebé solo en el coche con las ventanillas cerradas y hace mucho calor'],
    ['heatstroke', 'un enfant est enfermé dans une voiture au soleil sur votre parking'],
    ['heatstroke', "c'è un bambino chiuso in macchina sotto il sole, i finestrini chiusi"],
    ['heatstroke', 'Ein Baby ist allein im Auto in der Sonne, die Fenster sind zu'],
    ['heatstroke', 'hi ha un nen tancat al cotxe al sol, amb les finestres tancades'],
    ['heatstroke', 'tem um bebé trancado no carro ao sol no vosso estacionamento'],
    ['heatstroke', 'في طفل محبوس في السياره في الشمس والشبابيك مسكره'],
    ['heatstroke', 'someone left a dog in a locked car in this heat, its been an hour'],
  ],
  [
    'the car is really hot inside after the sun, is your waiting room air conditioned?',
    'can the kids stay inside the car with the AC on while you wash it?',
    'my baby sleeps in the car seat, can I keep her with me in the waiting room?',
    'do you tint the windows so the car stays cooler in the sun?',
  ],
);

cases(
  'a burn with a blister from something hot, or over a whole hand',
  [
    ['burn', 'he touched the hot exhaust and now there is a big blister on his hand'],
    ['burn', 'se quemó la mano entera con aceite hirviendo'],
    ['burn', 'il a touché le moteur brûlant, une cloque énorme sur les doigts'],
    ['burn', "le è caduta l'acqua bollente sul braccio, ha delle vesciche"],
    ['burn', 'Sie hat sich am Bügeleisen verbrannt, die ganze Hand ist rot und tut weh'],
    ['burn', "s'ha cremat tota la mà amb l'oli bullint"],
    ['burn', 'queimou a mão toda no ferro de engomar'],
    ['burn', 'خويا تحرق بالزيت السخون وطلعو ليه فقاقع'],
    ['burn', 'ماما حرقها البخار ديال المكواه وطلعت ليها فقاقع كبار'],
  ],
  [
    'I burned my toast this morning haha, anyway what time do you open?',
    'got a blister from my new shoes, can I still have a pedicure?',
    'I have a sunburn on my whole arm, can I still get a massage?',
    'tengo una quemadura solar en toda la cara, puedo hacerme la limpieza facial?',
    "j'ai un coup de soleil sur tout le bras, je peux venir pour l'épilation ?",
    'can you iron my shirt as well after the hem?',
  ],
);

cases(
  'a chemical or a foreign substance in an eye',
  [
    ['eye', 'your guy was spraying degreaser and it went in my eye, it burns'],
    ['eye', 'le saltó gasolina en el ojo a mi hijo'],
    ['eye', "du dégraissant dans l'oeil de mon fils, il n'arrive pas à l'ouvrir"],
    ['eye', 'mio figlio ha preso lo sgrassatore negli occhi'],
    ['eye', 'Felgenreiniger ins Auge bekommen, ich kann es nicht öffnen'],
    ['eye', "li ha saltat gasolina a l'ull"],
    ['eye', 'caiu gasolina no olho do meu filho'],
    ['eye', 'طار كيماوي في عين ولدي وما يقدر يفتحها'],
    ['eye', 'رش البنزين في عينه وهو يصيح'],
  ],
  [
    'do you sell eye drops for dry eyes?',
    'is the degreaser you use safe on matte paint?',
    'كم سعر تلميع الكفرات بالكيماوي؟',
    'mi hijo tiene el ojo un poco rojo, es normal después del cloro de la piscina?',
  ],
);

cases(
  'a hard landing or a fall with a back that hurts and no getting up',
  [
    ['fracture', 'he had a hard landing, his lower back hurts and he cannot get up'],
    ['fracture', 'aterrizó de culo, le duele mucho la espalda y no puede levantarse'],
    ['fracture', "atterrissage brutal, il a mal au dos et il n'arrive pas à se relever"],
    ['fracture', 'è atterrato male, ha male alla schiena e non riesce ad alzarsi'],
    ['fracture', 'Harte Landung, er hat Rückenschmerzen und kann nicht aufstehen'],
    ['fracture', "ha caigut de cul, li fa mal l'esquena i no es pot aixecar"],
    ['fracture', 'aterrou mal, doi-lhe muito as costas e nao consegue se levantar'],
    ['fracture', 'طاح على ظهره وما قادرش ينوض'],
  ],
  [
    'I have lower back pain, can I book a massage tomorrow?',
    "j'ai mal au dos depuis des semaines, vous avez un créneau ?",
    'is the landing hard on the back? I have a bad back',
    'what happens if we have a hard landing?',
  ],
);
