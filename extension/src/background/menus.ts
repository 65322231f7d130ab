import { translate } from '../i18n.ts';
import type { Language } from '../protocol.ts';

/** The context menu entries, by id; titles come from the chosen language. */
export const menuItems = [
  { id: 'clip-selection', title: 'menuClipSelection', contexts: ['selection'] },
  { id: 'record-figure', title: 'menuRecordFigure', contexts: ['selection'] },
  { id: 'clip-page', title: 'menuClipPage', contexts: ['page'] },
  { id: 'clip-link', title: 'menuClipLink', contexts: ['link'] },
] as const;

export type MenuId = (typeof menuItems)[number]['id'];

export function isMenuId(id: unknown): id is MenuId {
  return menuItems.some((item) => item.id === id);
}

/** (Re)creates the entries: on install and update, and when the user changes the language. */
export async function installMenus(language: Language): Promise<void> {
  await chrome.contextMenus.removeAll();
  for (const item of menuItems) {
    await new Promise<void>((resolve) => {
      chrome.contextMenus.create(
        { id: item.id, title: translate(language, item.title), contexts: [...item.contexts] },
        () => resolve(void chrome.runtime.lastError),
      );
    });
  }
}
