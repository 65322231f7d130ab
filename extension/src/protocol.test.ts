import { describe, expect, it } from 'vitest';
import {
  type Capture,
  collectRequestSchema,
  collectResultSchema,
  type Draft,
  pageRequestSchema,
  responseSchemas,
  resultSchema,
} from './protocol.ts';

const capture: Capture = {
  kind: 'selection',
  text: 'Taux de conversion : 4,1 %',
  pageUrl: 'https://example.fr/',
  pageTitle: 'Exemple',
  site: 'example.fr',
  metadata: { title: 'Exemple' },
  figures: [{ value: 4.1, kind: 'percent', text: '4,1 %' }],
  locale: 'fr',
};
const draft: Draft = { capture, saveIdea: true, note: '', tags: [], personaIds: [], kpiValues: [] };

describe('the protocol', () => {
  it('accepts each well-formed request', () => {
    for (const request of [
      { type: 'popup/open' },
      { type: 'popup/open', pendingId: 'abc-123' },
      { type: 'clip/save', draft },
      { type: 'ideas/list' },
      { type: 'idea/accept', id: 'i1', leverId: 'l1' },
      { type: 'idea/discard', id: 'i1' },
      { type: 'pending/dismiss', id: 'p1' },
      { type: 'inbox/refresh' },
    ]) {
      expect(pageRequestSchema.safeParse(request).success, request.type).toBe(true);
    }
  });

  it('refuses unknown types, missing or extra fields, wrong types and oversized text', () => {
    for (const forged of [
      null,
      'clip/save',
      { type: 'db/clear' },
      { type: 'clip/save' },
      { type: 'clip/save', draft, planId: 'other-plan' },
      { type: 'clip/save', draft: { ...draft, capture: { ...capture, text: 42 } } },
      { type: 'clip/save', draft: { ...draft, capture: { ...capture, text: 'x'.repeat(20_001) } } },
      { type: 'clip/save', draft: { ...draft, capture: { ...capture, kind: 'script' } } },
      { type: 'clip/save', draft: { ...draft, kpiValues: [{ figure: -1, kpiId: 'k' }] } },
      { type: 'idea/accept', id: '../../etc', leverId: 'l1' },
      { type: 'idea/discard', id: '' },
      JSON.parse('{"type":"popup/open","__proto__":{"polluted":true}}'),
    ]) {
      expect(pageRequestSchema.safeParse(forged).success, JSON.stringify(forged)).toBe(false);
    }
  });

  it('lets the content script answer only collect requests, and checks what it sends back', () => {
    expect(collectRequestSchema.safeParse({ type: 'collect', mode: 'page' }).success).toBe(true);
    expect(collectRequestSchema.safeParse({ type: 'collect', mode: 'eval' }).success).toBe(false);
    const data = { url: 'https://a.b/', title: 't', text: '', segments: [], metadata: {} };
    expect(collectResultSchema.safeParse({ ok: true, data }).success).toBe(true);
    expect(
      collectResultSchema.safeParse({ ok: true, data: { ...data, title: 'x'.repeat(301) } }).success,
    ).toBe(false);
    expect(collectResultSchema.safeParse({ ok: true, data: { ...data, extra: 1 } }).success).toBe(false);
  });

  it('checks answers too, failures included', () => {
    const answer = resultSchema(responseSchemas['idea/accept']);
    expect(answer.safeParse({ ok: true, data: { actionId: 'a1' } }).success).toBe(true);
    expect(answer.safeParse({ ok: false, error: { code: 'storage', message: 'Disque plein' } }).success).toBe(
      true,
    );
    expect(answer.safeParse({ ok: false, error: { code: 'made-up' } }).success).toBe(false);
    expect(answer.safeParse({ ok: true, data: {} }).success).toBe(false);
  });
});
