/**
 * A profile file's problems, written for the owner who typed it: every
 * problem at once, each with the path as they would find it in the file
 * (`services[2].variants[0].price`), the item it is in by its id or name
 * (`service "bath"`), and zod's generic wording ("Invalid input: expected
 * number, received string") replaced by what is expected and what was given.
 * The schemas' own messages (domain/primitives.ts, business.ts) already say
 * that; this file only words the generic ones and adds where.
 */
import type { z } from 'zod';
import type { Issue } from '../errors.js';
import { shown } from '../domain/primitives.js';
import { slugify } from '../domain/owner-input.js';

type ZodIssue = z.core.$ZodIssue;

/** What an item of each list is called, and how it is named in a message. */
const ITEM_NOUNS: Record<string, string> = {
  services: 'service',
  variants: 'variant',
  holidays: 'holiday',
  policies: 'policy',
  knowledge: 'article',
  qa: 'Q&A',
  channels: 'channel',
  staff: 'staff member',
  resources: 'resource',
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The item's id, else its name / email / date / type, as the owner wrote it. */
function labelOf(item: unknown): string | undefined {
  if (!isRecord(item)) return undefined;
  for (const key of ['id', 'email', 'date', 'from', 'type', 'name', 'question', 'title']) {
    const value = item[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (isRecord(value)) {
      const first = Object.values(value).find((v) => typeof v === 'string');
      if (typeof first === 'string') return first;
    }
  }
  return undefined;
}

/** `services[2].variants[0].price` and the named items along it. */
function locate(input: unknown, path: readonly PropertyKey[]): { path: string; where: string[] } {
  let text = '';
  const where: string[] = [];
  let node: unknown = input;
  let parent: string | undefined;
  for (const key of path) {
    if (typeof key === 'number') {
      text += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const noun = parent ? ITEM_NOUNS[parent] : undefined;
      const label = labelOf(node);
      if (noun && label) where.push(`${noun} ${shown(label.length > 40 ? `${label.slice(0, 39)}…` : label)}`);
    } else {
      text += text ? `.${String(key)}` : String(key);
      parent = String(key);
      node = isRecord(node) ? node[String(key)] : undefined;
    }
  }
  return { path: text || '(file)', where };
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  record: 'an object { … }',
};

/** zod's generic wording, reworded; the schemas' own messages are kept as they are. */
function reword(issue: ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      if (!issue.message.startsWith('Invalid input')) return issue.message;
      return input === undefined ? `required: expected ${expected}` : `expected ${expected}, got ${shown(input)}`;
    }
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length > 1 ? 'fields' : 'field'} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling against the README (nothing unknown is ignored)`;
    case 'too_small':
      if (!issue.message.startsWith('Too small')) return issue.message;
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)}`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}, got ${shown(input)}`;
    case 'too_big':
      if (!issue.message.startsWith('Too big')) return issue.message;
      if (issue.origin === 'array') return `has too many: at most ${String(issue.maximum)}`;
      if (issue.origin === 'string') return `is too long: at most ${String(issue.maximum)} characters`;
      return `must be at most ${String(issue.maximum)}, got ${shown(input)}`;
    case 'invalid_value':
      if (!issue.message.startsWith('Invalid option') && !issue.message.startsWith('Invalid input'))
        return issue.message;
      return `expected ${issue.values.map((v) => shown(v)).join(' or ')}, got ${shown(input)}`;
    case 'invalid_union':
      return issue.message === 'Invalid input' ? `not a valid value: ${shown(input)}` : issue.message;
    default:
      return issue.message;
  }
}

/** Every problem of a profile file (parsed with `reportInput: true`), worded for its owner. */
export function describeProfileIssues(input: unknown, error: z.core.$ZodError): Issue[] {
  return error.issues.map((issue) => {
    const { path, where } = locate(input, issue.path);
    let message = reword(issue);
    if (path === 'id' && (issue as { input?: unknown }).input === undefined && isRecord(input)) {
      // The business id is left out: suggest one from the name.
      const name = isRecord(input.profile) ? input.profile.name : undefined;
      const suggestion = typeof name === 'string' ? slugify(name, 40) : '';
      message = `required: the business id, lowercase letters, digits and dashes${suggestion.length >= 2 ? `, such as "${suggestion}"` : ''}`;
    }
    return { path: where.length ? `${path} (${where.join(', ')})` : path, message };
  });
}
