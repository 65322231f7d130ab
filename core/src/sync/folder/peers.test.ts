import { describe, expect, it } from 'vitest';
import { changeKey, needsFetch, plansInFolder, readPlanFolder } from './peers.ts';
import type { DavEntry } from './propfind.ts';

const file = (name: string, etag = 'e1'): DavEntry => ({
  name,
  path: `/f/p/${name}`,
  collection: false,
  etag,
  length: '10',
  lastModified: 'Mon, 30 Nov 2026 17:11:22 GMT',
});
const me = '0000000000000001';
const other = 'aaaaaaaaaaaaaaaa';
const third = 'bbbbbbbbbbbbbbbb';

describe('reading a plan folder', () => {
  it('sorts own file, peers, retired ids and the calendar; ignores leftovers', () => {
    const folder = readPlanFolder(
      {
        children: [
          file(`${me}.json.gz`),
          file(`${other}.json`),
          file(`${other}.json.gz`),
          file(`${third}.json.gz`),
          file(`${third}.retired`),
          file(`${other}.json.gz.part`),
          file('calendar.ics'),
          file('notes.txt'),
          { ...file('sub'), collection: true },
        ],
      },
      me,
    );
    expect(folder.own?.name).toBe(`${me}.json.gz`);
    expect(folder.peers.map((p) => [p.device, p.plain])).toEqual([
      [other, false],
      [third, false],
    ]);
    expect([...folder.retired]).toEqual([third]);
    expect(folder.calendar?.name).toBe('calendar.ics');
  });

  it('fetches a peer only when its etag, length or date moved, or on a full read', () => {
    const peer = { device: other, entry: file(`${other}.json.gz`), plain: false };
    const key = changeKey(peer.entry);
    expect(needsFetch(peer, key, false)).toBe(false);
    expect(needsFetch(peer, key, true)).toBe(true);
    expect(needsFetch({ ...peer, entry: { ...peer.entry, length: '11' } }, key, false)).toBe(true);
    expect(needsFetch(peer, undefined, false)).toBe(true);
  });

  it('lists the plans of the folder root', () => {
    expect(
      plansInFolder({
        children: [
          { ...file('5d0c8f5e-1b2a-4c3d-9e8f-0a1b2c3d4e5f'), collection: true },
          { ...file('Photos'), collection: true },
          file('jalon-key.json'),
        ],
      }),
    ).toEqual(['5d0c8f5e-1b2a-4c3d-9e8f-0a1b2c3d4e5f']);
  });
});
