import { describe, expect, it } from 'vitest';
import { responders, selectResponder } from './registry.js';

const urls = { anthropic: 'http://127.0.0.1:9', openai: 'http://127.0.0.1:9/v1' };

describe('selectResponder', () => {
  it('is the offline responder when no LLM key is set (the emulator default)', () => {
    expect(selectResponder({ keys: {}, urls })).toBe(responders.offline);
    expect(selectResponder({ keys: { anthropic: '', openai: undefined }, urls })).toBe(responders.offline);
  });

  it('is the engine with either key', () => {
    expect(selectResponder({ keys: { anthropic: 'sk-ant-x' }, urls }).name).toBe('engine');
    expect(selectResponder({ keys: { openai: 'sk-x' }, urls }).name).toBe('engine');
  });

  it('reads the deployment secrets when called without arguments', () => {
    const saved = { anthropic: process.env.ANTHROPIC_API_KEY, openai: process.env.OPENAI_API_KEY };
    try {
      delete process.env.ANTHROPIC_API_KEY;
      delete process.env.OPENAI_API_KEY;
      expect(selectResponder()).toBe(responders.offline);
      // firebase-functions/params reads a secret's value from the environment the runtime fills in.
      process.env.OPENAI_API_KEY = 'off';
      expect(selectResponder()).toBe(responders.offline);
      process.env.OPENAI_API_KEY = 'sk-test';
      expect(selectResponder().name).toBe('engine');
    } finally {
      if (saved.anthropic === undefined) delete process.env.ANTHROPIC_API_KEY;
      else process.env.ANTHROPIC_API_KEY = saved.anthropic;
      if (saved.openai === undefined) delete process.env.OPENAI_API_KEY;
      else process.env.OPENAI_API_KEY = saved.openai;
    }
  });
});
