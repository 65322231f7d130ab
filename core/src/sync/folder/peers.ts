import type { DavEntry, DavListing } from './propfind.ts';
import { CALENDAR_NAME, fileKind, isFolderName, KEY_FILE } from './urls.ts';

/**
 * What a listing of the sync folder says, and what to fetch: pure decisions the engine applies.
 * A file is fetched only when its change key moved: the ETag alone is not enough (rclone's
 * is mtime + size, Apache's turns from weak to strong a second after a write).
 */

/** A peer file's identity in a listing: normalised ETag, length and server date. */
export function changeKey(entry: Pick<DavEntry, 'etag' | 'length' | 'lastModified'>): string {
  return `${entry.etag ?? ''}|${entry.length ?? ''}|${entry.lastModified ?? ''}`;
}

/** The plans in the folder's root listing: sub-folders named like a plan id. */
export function plansInFolder(listing: DavListing): string[] {
  return listing.children.filter((e) => e.collection && isFolderName(e.name)).map((e) => e.name);
}

export interface PeerFile {
  device: string;
  entry: DavEntry;
  /** A plain `.json` bundle (copied by hand): read, but without the frame's checks. */
  plain: boolean;
}

export interface PlanFolder {
  /** Every other device's file, retired ones included: their last file still holds their work. */
  peers: PeerFile[];
  /** This device's own file, if the server has one. */
  own?: DavEntry;
  /** Device ids marked retired: never written again (a device finding its own id there takes a new one). */
  retired: Set<string>;
  calendar?: DavEntry;
}

/** Sorts a plan folder's listing: this device's file, the others', retired ids, the calendar. */
export function readPlanFolder(listing: DavListing, ownDevice: string): PlanFolder {
  const byDevice = new Map<string, PeerFile>();
  const retired = new Set<string>();
  let own: DavEntry | undefined;
  let calendar: DavEntry | undefined;
  for (const entry of listing.children) {
    if (entry.collection) continue;
    if (entry.name === CALENDAR_NAME) {
      calendar = entry;
      continue;
    }
    const kind = fileKind(entry.name);
    if (!kind) continue;
    if (kind.kind === 'retired') {
      retired.add(kind.device);
      continue;
    }
    if (kind.device === ownDevice) {
      if (!kind.plain) own = entry;
      continue;
    }
    // The framed file wins over a plain copy of the same device.
    const known = byDevice.get(kind.device);
    if (!known || (known.plain && !kind.plain))
      byDevice.set(kind.device, { device: kind.device, entry, plain: kind.plain });
  }
  const peers = [...byDevice.values()];
  peers.sort((a, b) => (a.device < b.device ? -1 : 1));
  return { peers, ...(own ? { own } : {}), retired, ...(calendar ? { calendar } : {}) };
}

/** Whether the folder root holds the team key's file (end-to-end encryption is on for it). */
export function keyFileIn(listing: DavListing): DavEntry | undefined {
  return listing.children.find((e) => !e.collection && e.name === KEY_FILE);
}

/** A peer's file is fetched when its key moved since the last good read (or on a full read). */
export function needsFetch(peer: PeerFile, lastKey: string | undefined, fullRead: boolean): boolean {
  return fullRead || lastKey !== changeKey(peer.entry);
}

/**
 * Reading failures of one peer's file are shown only once they repeat: a file read while it is
 * being written fails once, and the next round reads it whole.
 */
export const DAMAGE_SHOWN_AFTER = 2;
