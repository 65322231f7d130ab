import type { Transaction } from 'dexie';

/**
 * Schema versions, oldest first. Dexie keeps every version's stores so that a database created by
 * any earlier Jalon opens and upgrades in order; a version never changes once released.
 */
export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const migrations: Migration[] = [
  {
    version: 1,
    stores: {
      plans: 'id',
      objectives: 'id, planId',
      personas: 'id, planId',
      levers: 'id, planId',
      actions: 'id, planId, leverId, deadline',
      keyDates: 'id, planId, date',
      kpis: 'id, planId',
      kpiEntries: 'id, planId, kpiId',
      ideas: 'id, planId, status',
      reviews: 'id, planId',
      budgetLines: 'id, planId',
      conflicts: 'id, [table+recordId]',
      meta: 'key',
    },
  },
  {
    // The checklist and the KPI screens read "open actions of a plan" and "latest entries of a
    // KPI" on every open; with 50 000 entries these need compound indexes. Version 1 also let
    // ideas be saved without `site`: fill it from the page address so the inbox can group by site.
    version: 2,
    stores: {
      actions: 'id, planId, leverId, deadline, [planId+status]',
      kpiEntries: 'id, planId, kpiId, [kpiId+date]',
    },
    upgrade: async (tx) => {
      await tx
        .table('ideas')
        .toCollection()
        .modify((idea: { site?: string; pageUrl?: string }) => {
          if (!idea.site && idea.pageUrl) idea.site = siteOf(idea.pageUrl);
        });
    },
  },
  {
    // Revenue actually won, by lever and action: what realised ROMI divides by spend.
    version: 3,
    stores: { revenues: 'id, planId' },
  },
  {
    // Folder sync's device-local state: the set-up (address, credentials, team key), what was last
    // read from each peer and written to the folder, the schedule and the last report. Never
    // exported: it is not one of the plan tables a bundle holds.
    version: 4,
    stores: { folderSync: 'key' },
  },
  {
    // The extension's popup shows a plan's five newest ideas and how many wait in the inbox on
    // every open: read through these instead of every idea of the plan, whatever their number.
    version: 5,
    stores: { ideas: 'id, planId, status, [planId+status], [planId+createdAt]' },
  },
];

function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
