import type { Messages } from './index.js';

/**
 * Portuguese in third-person address, which reads as polite "você" in
 * Brazil and neutral-polite in Portugal, so one register serves both.
 */
export const pt: Messages = {
  hello: (name) => (name ? `Olá, ${name}!` : 'Olá!'),
  salamReply: 'Wa alaykum as-salam!',
  welcome: (business) => `A ${business} dá-lhe as boas-vindas.`,
  offerHelp: 'Posso ajudar com os nossos serviços, preços, horários e marcações. O que gostaria de saber?',
  thanks: 'De nada! Posso ajudar em mais alguma coisa?',
  anythingElse: 'Posso ajudar em mais alguma coisa?',
  goodbye: 'Obrigado pelo contacto — tenha um ótimo dia!',
  handoff: 'Obrigado pela mensagem: uma pessoa da nossa equipa vai responder em breve.',
  human: 'Claro: vou passar a conversa a uma pessoa da nossa equipa, que responderá aqui em breve.',
  complaintApology: 'Lamentamos muito o que aconteceu.',
  complaintFollowUp: 'Passei a sua mensagem à nossa equipa e uma pessoa vai entrar em contacto consigo em breve.',
  endOfLife:
    'Lamentamos muito; é um momento muito difícil. Passei a sua mensagem à nossa equipa e uma pessoa vai entrar em contacto consigo pessoalmente para falar sobre isso com calma e sem pressa.',
  cannotDoThat:
    'Só posso ajudar com perguntas sobre os nossos serviços, preços e marcações, por isso passei a sua mensagem à nossa equipa.',
  emergency:
    'Isto pode ser uma emergência médica. Ligue já para o número de emergência local ou dirija-se às urgências mais próximas.',
  danger: 'Isto pode ser uma emergência. Afaste todos do perigo e ligue já para o número de emergência local.',
  selfHarm:
    'Lamentamos muito que esteja a passar por isto. Ligue já para o número de emergência local ou para uma linha de apoio: não tem de enfrentar isto sozinho.',
  emergencyTeam: 'Também avisei a nossa equipa.',
  writtenIn: (language) => `(Temos esta resposta escrita em ${language}.)`,
  openNow: (until) => `Estamos abertos agora, até às ${until}.`,
  closedNow: (when) => `Neste momento estamos fechados; voltamos a abrir ${when}.`,
  hours: (week) => `O nosso horário: ${week}.`,
  noClosures: (month) => `Não temos encerramentos nem horários especiais previstos em ${month}.`,
  holiday: (name, date, hours) =>
    hours ? `Atenção: ${name}, ${date}, abrimos ${hours}.` : `Atenção: ${date} estamos fechados (${name}).`,
  dateOpen: (date, hours) => `${capital(date)}: abrimos ${hours}.`,
  dateClosed: (date) => `${capital(date)}: estamos fechados.`,
  dateHoliday: (name, date, hours) =>
    hours ? `${capital(date)} (${name}): abrimos ${hours}.` : `${capital(date)} (${name}): estamos fechados.`,
  weekdayOpen: (days, hours) => `Às ${days} abrimos ${hours}.`,
  weekdayClosed: (days) => `Às ${days} estamos fechados.`,
  address: (address) => `📍 ${address}`,
  map: (url) => `Mapa: ${url}`,
  phone: (phone) => `📞 ${phone}`,
  email: (email) => `✉️ ${email}`,
  website: (url) => `🌐 ${url}`,
  servicesIntro: 'Estes são os nossos serviços:',
  more: (count) => `…e mais ${count}.`,
  from: (price) => `a partir de ${price}`,
  free: 'gratuito',
  deposit: (amount) => `Para marcar é pedido um sinal de ${amount}.`,
  bookPrompt: 'Gostaria de fazer uma marcação?',
  booking:
    'Ainda não consigo confirmar marcações sozinho: envie-nos o serviço que pretende e o dia e a hora que prefere, e uma pessoa da nossa equipa confirmará a marcação.',
  bookingCall: (phone) => `Também pode ligar-nos para o ${phone}.`,
  bookingOnline: (url) => `Ou marque online: ${url}`,
};

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
