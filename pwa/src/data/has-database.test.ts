import { DEFAULT_DB_NAME } from '@jalon/core/storage';
import { describe, expect, it } from 'vitest';
import { DB_NAME } from './has-database.ts';

describe('hasDatabase', () => {
  it("looks for the database core opens, by core's name for it", () => {
    expect(DB_NAME).toBe(DEFAULT_DB_NAME);
  });
});
