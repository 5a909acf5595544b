/**
 * Function words per language, in normalised form (lowercase, no accents,
 * no apostrophes): articles, pronouns, prepositions, question words, polite
 * formulas and the verbs every question leans on (can, have, want, do…).
 * Retrieval ignores them; intent cues still see them (domain/lexicon).
 *
 * Generous on purpose: a word left out here counts as content, and content
 * a document does not explain lowers its match (see domain/knowledge-index).
 * Words that carry a front-desk meaning (open, price, book, cancel) are
 * never stopwords.
 */
import type { TextLanguage } from './languages.js';
import { foldGerman } from './stem.js';

const list = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
const folded = (s: string) => new Set([...list(s)].flatMap((w) => [w, foldGerman(w)]));

/** Darija function words in Latin letters: question words, "there is", "I want", "of", "now", "please". */
const DARIJA_LATIN =
  'wach wesh wash wech ach achno achnou chno chnou chnu shno 3lach 3lash kifach kifash kayn kayen kayna kaynin 3ndkom 3andkom 3endkom andkom 3ndkoum 3ndk 3andek 3ndi 3andi andi bghit bgheet bghite bghina nbghi kanbghi bghiti tanbghi dyal dial dyali diali dyalkom dialkom dyalek dyalna chi shi daba dba ghir gher bzaf bzzaf bezaf mzyan mzian hna hnaya 3afak 3afakom 3fak afak llah ykhlik rah raha rani rak ghadi gha bach bash m3a m3ak wla ila hadi hada had dak dik ntouma ntoma nta nti wakha safi iyeh walo khasni khassni khass khas khassek khasek n9der t9der momkin nakhod' +
  // Tunisian and Libyan: "chnowa" (what), "bech" (to, will), "famma" (there is), "tawa" (now), "barcha" (a lot), "mta3" (of), "ken" (only, if), "lazem" (must), "zeda" (too)
  ' chnowa chnoua chnouwa chniya chnia chneya famma fama femma tawa taw barcha barsha bech besh bich mta3 mte3 mta3i mta3kom ken lazem lezem lazim zeda zada kifeh kifech kifesh wa9tech waqtech 3lech 3leh nheb n7eb n7ebb nhebb mouch mech yezzi bahi behi halba shinu shnu';
/** The same in Arabic script (Moroccan, with the Algerian and Tunisian forms that differ). */
const DARIJA_ARABIC =
  'واش واشن شنو شنا اشنو اش علاش كيفاش كاين كاينه كاينين كاينش عندي عندكم عندكوم بغيت بغينا نبغي كنبغي كنبغيو تانبغي ديال ديالي ديالك ديالكم ديالكوم ديالنا دابا ضرك توا غير شي بزاف هنا هنايا عافاك عافاكم عفاك الله يخليك راه راني راك غادي غا باش حتى ولا والا ايلا الا هاد هادي هادا هادو داك ديك حنا نتوما نتا نتي اه ايه واخا صافي والو خاصني خصني خاص خص خاصك نقدر تقدر ممكن ناخد';

/**
 * Function words of the Gulf, the Levant and Egypt, with MSA's that the list below lacks: this
 * ("ده", "دي"), how are you ("ازيكم", "شلونكم"), I want ("عايزة", "ودي", "نبي"), with you ("وياكم"), and
 * "وهل" (and is…?). "يعني", "شوية", "لسه", "هيك" are everyday words (common-words.ts) instead.
 */
const GULF_LEVANT_EGYPT_ARABIC =
  'وهل وش حوالي ده دي دا اللي ازيكم ازيك ازيكو عايز عايزه عايزين عاوز عاوزه حابب حابه ودي ودنا نبي نبغى تبي تبون تبغون بنفسي بنفسنا هلا شلونكم شلونك كيفكم كيفك كيفكن وياكم وياي ويانا جايين جاين جايه ايوه ايوا اوكي';
/** The same in Arabizi, as the Gulf writes them: "shlonkum", "ya3ni", "abi" (I want), "7ag" (for), "lain" (until). */
const GULF_LATIN =
  'shlonkum shlonik shlonich shlonkom hala halla ya3ni y3ni yaani 3endkum 3indkum 3ndkum 3endik 3indik abi abgha abeeh ab8a shway shwai 3shan 3ashan ta8reeban wayd 7ag 7ak lain lein mita meta emta imta a7ad a7ed';

/** Arabizi function words: Latin-script Arabic, matched as Arabic. */
const ARABIZI =
  'bta3 bta3t bta3y bta3i bta3ak bta3ek bta3na bta3kom bta3ko bto3 howa huwa heya hya awy 3ayz 3ayez 3ayza 3awz 3awza 3ayzin 3ayzeen bs please pls plz plse pliz shabab shabeb bro habibi 7abibi akhi ya5i jama3a el al il l w wa we fi fe fee ma3 3a 3ala 3al 3an ana enta inta enti inti ento into intu nehna ne7na howe huwe hiye hiya shu sho chou esh eish eh kif kef ya law iza eza baddi bade badde bdi bidi mumkin momken hal aw ma mich mish msh mesh la2 hayda hayde hek hik kaman kamen lal lel bel bil min men mn 3ashan 3shan la ya3ne ya3ni 3andkon 3andak 3andik 3endkon 3ndkon fini feeni fiyi fiye fik fiki fikon fikom salam marhaba mar7aba marhaban ktir kteer ktiir kter jazilan jazeelan ahlan ahla kifak kifik kifkon keefak shukran shokran choukran yislamo tislam';

export const STOPWORDS: Record<TextLanguage, ReadonlySet<string>> = {
  en: list(
    `apart aside except policy policies a an the and or but if of to in on at by for with from since about as into than then so is are am was were be been being
     do does did doing done have has had having i me my mine myself you your yours yourself we us our ours it its itself this that these those
     he him his she her they them their there theres here what whats which who whom whose how hows when where wheres why
     can could would should will shall may might must let lets im ive id ill youre youve youd youll were weve wed theyre
     dont doesnt didnt cant cannot couldnt wont wouldnt isnt arent wasnt werent havent hasnt hadnt shouldnt
     please pls plz plse thanks thank thx ok okay yes yeah no nah not just also any anything some something much many very really
     want wants wanting wanna wanted need needs needed like would know tell get got getting go going gonna come coming make take give see look
     hi hello hey dear guys sir madam maam ma u ur r ya y all yous youse one ones over there thing things still else too either ever even only other own same such
     clinic clinics practice place shop store office centre center salon team venue kindly
     lot lots bit little so too quite pretty tbh lol btw idk omg ngl guys help seen done thing stuff way able
     anywhere somewhere everywhere anything anyone anybody someone somebody
     go goes went gone getting guess think thought wondering wonder ask asking question take takes taking
     actual howya howye exactly actually basically literally super totally definitely probably maybe perhaps kinda sorta whole ok alright
     happen happens happened down around soon anyway though while during yet already
     accept accepts accepted guy folks mate lads hun love sis bro babe dear hon
     roughly approximately approx around about worried worry wondering possible problem okay fine`,
  ),
  fr: list(
    `meme sauf excepte hormis part politique politiques le la les l un une des de d du et ou a au aux en pour par sur sous dans depuis avec sans chez est sont etre ete ai as avez avons ont
     je j tu il elle on nous vous ils elles me m te t se s moi toi lui leur leurs mon ma mes ton ta tes son sa ses notre nos votre vos
     ce cet cette ces c ca cela ceci qui que qu quoi quel quelle quels quelles comment combien quand ne n pas plus y bonjour bonsoir salut merci
     svp stp sil plait oui non si tres bien peux peut pouvez pourrais pourriez puis voudrais veux voulez voudrait faire fait fais
     dois doit devez faut est-ce estce alors aussi encore deja juste un peu tout tous toute toutes mais donc car
     clinique cabinet centre boutique endroit salon equipe
     beaucoup trop aller vais vas va allons allez vont savoir question demande prenez prendre prends accepter acceptez
     etes es suis sommes avoir exactement vraiment genre bref enfin bon ben bah quoi hein franchement super trop
     faites font fera ferez accepte acceptent arrive passe passer tjs toujours deja jamais
     veut voulons veulent voulais voulait celui celle ceux celles absolument droit quelque quelques quelqu chose choses qqch qqc
     sais sait savons savez savent saura saurai saurons saurez sauront saurais saurait rien avance
     aide possible probleme environ approximativement devrais devrait devrions devriez devraient amener amene apporter apporte emmener emmene madame monsieur mme tantie tanti tonton tata`,
  ),
  it: list(
    `nemmeno neanche neppure oltre tranne eccetto politica politiche il lo la i gli le l un uno una di d a da in con su per tra fra del dello della dei degli delle dell al allo alla ai agli alle all
     dal dallo dalla dai dagli dalle nel nello nella nei negli nelle nell sul sullo sulla sui sugli sulle col coi e ed o od ma se
     che chi cui non ne ci vi si mi ti me te ce ve io tu lui lei noi voi loro mio mia miei mie tuo tua tuoi tue suo sua suoi sue
     nostro nostra nostri nostre vostro vostra vostri vostre questo questa questi queste quello quella quelli quelle quel
     cosa come quando dove quale quali quanto quanta quanti quante perche xche xke ciao salve buongiorno buonasera
     grazie grz prego favore piacere si no nn molto molta molti molte poco piu meno anche gia solo ancora sempre mai tutto tutta
     tutti tutte ogni qualche qualcosa qualcuno qlc qlcs sono sei e siamo siete era essere stato stata sta stai sto stiamo state stanno
     ho hai ha abbiamo avete hanno avere avrei posso puoi puo possiamo potete possono potrei potrebbe potreste voglio vuoi vuole
     vogliamo volete vorrei vorremmo volevo faccio fai fa facciamo fate fanno fare devo deve dobbiamo dovete dovrei dovrebbe
     so sa sapete sapere sai chiedere chiedo domanda dubbio info informazione informazioni
     clinica centro negozio posto locale studio salone team
     allora quindi dunque pure cioe tipo ok va bene beh boh ecco senta scusi scusate scusa gentilmente cortesemente per favore
     pero stesso stessa stessi stesse cmq comunque davvero veramente proprio esattamente circa tipo magari forse circa praticamente vabbe dai
     andare vado vai va andiamo andate vanno portare porto porta prendere prendo accettate accetta accettare
     aiuto possibile problema gentile gentili gentilissimi gentilissima signora signore sig sigra dottore dottoressa caro cara`,
  ),
  // German as customers type it and as foldGerman (stem.ts) reads it: "euer" and "eur" alike.
  de: folded(
    `sogar ausser außer abgesehen richtlinie richtlinien der die das den dem des ein eine einen einem einer eines und oder aber doch sondern denn weil wenn ob dass als wie was wer
     wo wann warum wieso weshalb welche welcher welches welchen wohin woher ich du er sie es wir ihr mich dich sich uns euch ihnen
     ihm ihn mir dir mein meine meinen meinem meiner dein deine sein seine ihre ihren unser unsere euer eure ist sind bin bist seid
     war waren wird werden wurde habe hab hast hat haben habt hatte hatten hatte kann kannst konnen konnt konnte konnten will
     willst wollen wollt mochte mochten mochtest wurde wurden mag soll sollte sollen muss mussen darf durfen mache machst macht
     machen gibt gibts geben gehen geht tun in im an am auf aus bei beim mit nach von vom zu zum zur fur uber unter vor hinter
     neben zwischen durch gegen ohne um bis seit ab hallo hi hey moin servus gruss gott guten tag danke dankeschon bitte ja nein
     nicht nich kein keine keinen auch noch schon nur sehr mal gerne gern ok also so dann da hier dort etwas viel viele wenig
     alle alles jeder jede jedes man eigentlich ungefahr eben halt genau vielleicht vllt bzw usw frage fragen wissen weiss
     praxis laden studio salon team leute hilfe moglich problem bringen mitbringen mitnehmen mitzubringen mitzunehmen nehmen
     brauche brauch brauchen braucht brauchst akzeptiert akzeptieren
     liebe lieber sehr geehrte geehrter frau herr dr doktor grusse lg vg mfg gg hdl sorry entschuldigung ach na eh
     denn mal nochmal einfach wirklich echt ganz total ziemlich etwa circa ca`,
  ),
  es: list(
    `aquella aquellos aquellas eres somos sois siquiera aparte excepto salvo politica politicas el la lo los las un una unos unas de del al a en y e o u para por con sin sobre entre hasta desde es son ser sea era fue
     esta estan estoy estas estamos estais este esto estos esa ese eso esos esas aquel hay he has ha hemos habeis han
     yo tu usted ustedes vosotros vosotras ella el ellos ellas nosotros nosotras me te se le les nos os mi mis su sus tus tuyo nuestro nuestra vuestro vuestra
     que cual cuales como cuanto cuanta cuantos cuantas cuando donde quien quienes hola buenas buenos gracias favor porfa porfavor
     si no muy bien mas tambien ya solo algo alguna alguno algun
     puedo puede puedes pueden podeis podemos podria podrian quiero quieres quisiera queria quiere queremos quereis
     tengo tienes tiene tienen tenemos teneis tener hago hace haces hacen haceis hacer necesito necesita sabe saber
     clinica centro tienda lugar local equipo
     mucho mucha muchos muchas poco cosa vez veces cada ir voy vas va vamos vais van da dar sale salen pregunta duda saber algo
     exactamente realmente super re nomas namas ahi alla aca aqui pues bueno vale oye oiga oigan oigame mira tipo osea entonces
     aceptan aceptais acepta aceptar aceptas siempre nunca todo toda todos todas pasa pasar hacerse hacerme
     ayuda posible problema aproximadamente masomenos deberia deberias deberiamos debo debe deben conviene convienen convendria tendria tendriamos llevar llevo lleva llevamos llevan lleve llevemos traer traigo trae traemos traen traes traiga traigan traigamos junto juntos conmigo guapa guapo carino reina maja majo tio tia mija mijo mijita mijito`,
  ),
  ca: list(
    `aquells aquelles excepte llevat politica politiques el la l els les lo un una uns unes de d del dels al als a en i o u per pel pels amb sense sobre entre fins des es son ser sigui era
     esta estan estic estas estem esteu aquest aquesta aquests aquestes aquell aquella este esta estos estes aixo aco aixi hi ha han
     he has hem heu jo tu vosté voste vostes vosaltres ella ell ells elles nosaltres me em m te et t se es s li els ens us
     meu meva meus meves teu teva teus teves seu seva seus seves nostre nostra vostre vostra
     que qui quin quina quins quines com quant quanta quants quantes quan on hola bon bona dia tarda nit gracies merci mercii sisplau plau
     si no molt be mes tambe tb ja nomes alguna algun algu alguns
     puc pots pot podeu podem podria podrien vull vols vol volem voleu voldria vullc tinc tens te tenim teniu tenen tindre tenir
     faig fas fa fem feu fan fer cal necessite necessito sap saber
     clinica centre botiga lloc local equip
     molta molts moltes poc cosa vegada vegades cada anar vaig vas va anem aneu van dona donar pregunta dubte
     exactament realment super doncs bueno vale mira escolta aleshores llavors encara sempre mai tot tota tots totes
     accepteu accepten accepta acceptar passa passar fes feis
     ajuda possible problema aproximadament hauria hauries hauriem haurieu haurien deuria caldria portar porto porti portin porten portava portaves dur duc junt junts amb mi maca maco guapa guapo bonica reina`,
  ),
  pt: list(
    `aqueles aquelas vocemece vocemeces vossemece vossemeces vosmece sou somos perguntar perguntando perguntou perguntei rs atao sequer alem exceto politica politicas o a os as um uma uns umas de do da dos das no na nos nas ao aos em e ou para pra pro por pelo pela com sem sob desdere entre ate desde
     e sao ser seja era foi esta estao estou estamos este esta isto esse essa isso aquele aquela ha tem tenho temos tens tem teem
     eu tu voce voces vc vcs ele ela eles elas nos me te se lhe lhes meu minha meus minhas seu sua seus suas teu tua nosso nossa
     que qual quais como quanto quanta quantos quantas quando onde quem ola oi bom boa dia tarde noite obrigado obrigada obg favor
     sim nao muito bem mais tambem tb tbm ja so algo algum alguma
     posso pode podes podem podemos poderia quero queria quer queremos gostaria fazer faz fazem faco preciso precisa sabe saber
     clinica centro loja lugar local equipa equipe
     muita muitos muitas pouco coisa vez vezes cada ir vou vai vamos vao da dar pergunta duvida
     exatamente realmente super tipo entao ne ai la aqui bom pois sempre nunca tudo toda todo todos todas
     aceita aceitam aceitar aceitas acontece acontecer sao
     ajuda possivel problema aproximadamente devo deve devem devemos deveria deveriam levar levo leva trazer trago traz junto juntos junta querida querido linda lindo amiga amigo flor`,
  ),
  ar: list(
    `في من الي الى علي على عن مع هل ما ماذا لماذا متي اين كيف كم هو هي هم انا انت انتم انتي نحن هذا هذه ذلك تلك التي الذي او ثم لا نعم يا قد لقد
     كان كانت عند عندكم عندك لو سمحت مرحبا اهلا السلام عليكم شكرا شو ايش وين ليش قديش اديش بدي بدنا ممكن يمكن ابي ابغي ابغى اريد
     عياده العياده محل المحل مركز المركز فيه في ولا بس كمان كتير كثير جدا ${ARABIZI}
     ${GULF_LEVANT_EGYPT_ARABIC} ${GULF_LATIN}
     ${DARIJA_ARABIC} ${DARIJA_LATIN}`,
  ),
};

/** Every stopword of every language, for text whose language is unknown. */
export const ANY_STOPWORD: ReadonlySet<string> = new Set(Object.values(STOPWORDS).flatMap((s) => [...s]));
