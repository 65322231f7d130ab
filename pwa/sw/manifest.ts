import type { ManifestOptions } from 'vite-plugin-pwa';

/**
 * The phone's side of the web manifest: "share to Jalon" (Web Share Target), the home-screen
 * shortcuts and the install prompt's screenshots. The share target's action is the route sw.ts
 * answers; the manifest speaks French like the rest of it (a manifest has one language).
 */
export const SHARE_ACTION = './share';

/** What a shared bundle may be: the .json of an export, or the .txt an Android share carries. */
export const SHARED_FILE_TYPES = ['application/json', '.json', 'text/plain', '.txt'];

export const phoneManifest: Partial<ManifestOptions> = {
  share_target: {
    action: SHARE_ACTION,
    method: 'POST',
    enctype: 'multipart/form-data',
    params: {
      title: 'title',
      text: 'text',
      url: 'url',
      files: [{ name: 'file', accept: SHARED_FILE_TYPES }],
    },
  },
  shortcuts: [
    {
      name: 'Aujourd’hui',
      short_name: 'Aujourd’hui',
      description: 'Les actions du jour à cocher',
      url: './today',
      icons: [{ src: 'icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
    {
      name: 'Saisir un KPI',
      short_name: 'KPI',
      description: 'Saisir la valeur d’un indicateur',
      url: './kpi',
      icons: [{ src: 'icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
    {
      name: 'Idées',
      short_name: 'Idées',
      description: 'Les idées capturées, à trier',
      url: './ideas',
      icons: [{ src: 'icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
  ],
  screenshots: [
    {
      src: 'screenshots/today-narrow.png',
      sizes: '360x740',
      type: 'image/png',
      form_factor: 'narrow',
      label: 'Les actions du jour, à cocher sur le téléphone',
    },
    {
      src: 'screenshots/kpi-narrow.png',
      sizes: '360x740',
      type: 'image/png',
      form_factor: 'narrow',
      label: 'Saisir un KPI juste après un événement',
    },
    {
      src: 'screenshots/timeline-wide.png',
      sizes: '1280x800',
      type: 'image/png',
      form_factor: 'wide',
      label: 'Le plan sur un calendrier, au bureau',
    },
  ],
};
