/**
 * Whether folder sync is set up on this device, kept outside the database so that the shell can
 * decide to load the sync code without opening the database (a first visit opens neither).
 */
const KEY = 'jalon.folderSync';

export function isFolderConfigured(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function setFolderConfigured(on: boolean): void {
  try {
    if (on) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode): sync then starts only from the Sync screen.
  }
}

/** A local write happened: a configured device syncs it after a short pause. */
export function afterLocalWrite(): void {
  if (isFolderConfigured()) void import('./folder-driver.ts').then((m) => m.localChange());
}

/** On start: a configured device syncs on opening, then on its triggers. */
export function startFolderSyncIfConfigured(): void {
  if (isFolderConfigured()) void import('./folder-driver.ts').then((m) => m.startFolderSync());
}
