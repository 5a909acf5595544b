/** Remembers a fact about the contact: validated here, stored by the pipeline after the reply. */
import { ContactMemoryPatch } from '../../../domain/contact-memory.js';
import { defineTool } from './tool.js';

export const rememberContact = defineTool({
  name: 'remember_contact',
  description:
    'Remember a fact the customer told you about themselves, for later conversations: their name, the language they prefer, the grammatical gender to address them with (Arabic, French, Spanish: only when they made it clear), a pet (name, species, breed, size, notes), a preference, or a note. One fact per call; never store payment details or anything they did not tell you.',
  input: ContactMemoryPatch,
  run(patch) {
    const fields = Object.keys(patch).join(', ');
    return {
      content: { saved: true, remembered: patch },
      summary: `remember ${fields}: ${JSON.stringify(patch)}`.slice(0, 300),
      effects: [{ kind: 'remember', patch }],
    };
  },
});
