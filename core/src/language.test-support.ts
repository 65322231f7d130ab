import { expect } from 'vitest';

/**
 * French typography of the texts core writes: a non-breaking space (U+202F or U+00A0) before
 * : ; ! ? and %, inside « », and no "(s)" plural.
 */
export function expectFrenchTypography(text: string, where: string): void {
  expect(text, `${where}: plain space before : ; ! ? %`).not.toMatch(/ [:;!?%]/);
  expect(text, `${where}: punctuation glued to the word`).not.toMatch(/[\p{L}\d)»][;!?%]|[\p{L}»]:(?!\/\/)/u);
  expect(text, `${where}: space inside « »`).not.toMatch(/« | »/);
  expect(text, `${where}: "(s)" plural`).not.toMatch(/\(s\)/);
}
