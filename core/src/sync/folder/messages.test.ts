import { describe, expect, it } from 'vitest';
import { expectFrenchTypography } from '../../language.test-support.ts';
import { bundleMessages } from '../messages.ts';
import {
  damagedFileMessage,
  fileProblemMessages,
  fileProblemText,
  folderMessage,
  folderMessages,
} from './messages.ts';

describe('folder sync messages', () => {
  it('say every failure in French and English', () => {
    expect(Object.keys(folderMessages.fr).sort()).toEqual(Object.keys(folderMessages.en).sort());
    expect(Object.keys(fileProblemMessages.fr).sort()).toEqual(Object.keys(fileProblemMessages.en).sort());
    for (const [code, text] of Object.entries(folderMessages.fr)) expectFrenchTypography(text, code);
    for (const [code, text] of Object.entries(fileProblemMessages.fr)) expectFrenchTypography(text, code);
    expectFrenchTypography(damagedFileMessage('Claire — téléphone', 'checksum', 'fr'), 'damaged');
  });

  it('fill in the detail and name the damaged device', () => {
    expect(folderMessage('server-error', 'en', '503')).toBe('Server error (503): trying again soon.');
    expect(folderMessage('forbidden', 'fr')).toBe('Accès interdit à ce dossier (403).');
    expect(damagedFileMessage('Claire — téléphone', 'truncated', 'en')).toContain('“Claire — téléphone”');
    for (const code of Object.keys(bundleMessages.en)) {
      for (const locale of ['fr', 'en']) {
        // Set inside parentheses mid-sentence: no capital, no full stop of its own.
        const text = fileProblemText(code as never, locale);
        expect(text, code).toMatch(/^[a-zà-ÿ].*[^.\s]$/);
      }
    }
    expect(damagedFileMessage('d00000000000a001', 'too-deep', 'en')).toBe(
      'The file of device “d00000000000a001” was not merged (the file holds data nested too deeply). Its last good version stays in the plan; it is tried again at each sync.',
    );
    expect(damagedFileMessage('Paul', 'too-deep', 'fr')).toContain(
      '(le fichier contient des données imbriquées trop profondément).',
    );
  });
});
