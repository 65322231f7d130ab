import '../zod-setup.ts';
import { parseSettings, readSettings, SETTINGS_KEY } from '../settings.ts';
import { showClipFailure } from './badge.ts';
import { planDb } from './db.ts';
import { FOLDER_ALARM, FOLDER_EDIT_ALARM, folderRound, keepFolderAlarm } from './folder.ts';
import { userLocale } from './locale.ts';
import { handleMenuClick } from './menu-click.ts';
import { installMenus } from './menus.ts';
import { prepareForClips } from './prepare.ts';
import { refreshBadge } from './refresh.ts';
import { route } from './router.ts';

/**
 * The service worker: context menus, the protocol for extension pages, the badge. Listeners are
 * registered synchronously at the top level, as MV3 requires for a worker woken by an event.
 */

async function setUpMenus(): Promise<void> {
  await installMenus(userLocale(await readSettings()).language);
}

async function onMenuClick(info: chrome.contextMenus.OnClickData, tab?: chrome.tabs.Tab) {
  try {
    return await handleMenuClick(info, tab);
  } catch (error) {
    const code = (error as { code?: string } | null)?.code;
    await showClipFailure(userLocale(await readSettings()).language, code);
    throw error;
  }
}

// Nearly every event the worker wakes for (a clip, a popup asking for its lists, the badge) reads
// the database: open it as the worker starts, so the first clip does not wait for it.
void planDb()
  .open()
  .catch(() => {});

chrome.runtime.onInstalled.addListener(() => {
  void setUpMenus();
  void prepareForClips(planDb())
    .catch(() => {})
    .then(() => refreshBadge())
    .catch(() => {});
});
chrome.runtime.onStartup.addListener(() => {
  void refreshBadge().catch(() => {});
  // A configured sync folder: a round as the browser starts, and the periodic alarm kept.
  void keepFolderAlarm(planDb())
    .then(() => folderRound(planDb(), 'open'))
    .then(() => refreshBadge())
    .catch(() => {});
});

chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name !== FOLDER_ALARM && alarm.name !== FOLDER_EDIT_ALARM) return;
  void folderRound(planDb(), alarm.name === FOLDER_ALARM ? 'timer' : 'edit')
    .then(() => refreshBadge())
    .catch(() => {}); // the round keeps its own report for the options page
});

chrome.contextMenus.onClicked.addListener((info, tab) => {
  onMenuClick(info, tab).catch(() => {}); // reported on the badge
});

chrome.runtime.onMessage.addListener((message, sender, respond) => {
  route(message, sender).then(respond);
  return true; // the answer is asynchronous
});

// The options page writes settings; menus follow the language, the badge the plan.
chrome.storage.onChanged.addListener((changes, area) => {
  const change = area === 'local' ? changes[SETTINGS_KEY] : undefined;
  if (!change) return;
  if (parseSettings(change.oldValue).language !== parseSettings(change.newValue).language) void setUpMenus();
  void refreshBadge().catch(() => {});
});

/**
 * Test seam: a real right-click on a context menu cannot be automated, so browser tests call the
 * same handler the menu calls, from the worker (`worker.evaluate(() => __jalonMenu(info, tab))`).
 * It returns what was stored, which the menu ignores. Nothing else is exposed.
 */
(globalThis as { __jalonMenu?: typeof onMenuClick }).__jalonMenu = onMenuClick;
