/** A Q&A id from the question: lowercase words joined by dashes, made unique with the suggestion's id. */
export function qaIdFor(question: string, suggestionId: string): string {
  const words = question
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${words || 'question'}-${suggestionId.replace(/^sq-/, '').slice(0, 6)}`;
}
