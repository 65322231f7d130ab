import { defineMessages } from '../../i18n/messages.ts';

export const menuMessages = defineMessages(
  {
    openPlan: 'Plan ouvert',
    noPlan: 'Aucun plan ouvert.',
    switchPlan: 'Changer de plan ou en créer un',
    method: 'Les sept étapes',
    tools: 'Outils',
    version: 'Version {version}',
  },
  {
    openPlan: 'Open plan',
    noPlan: 'No plan open.',
    switchPlan: 'Switch plan or create one',
    method: 'The seven steps',
    tools: 'Tools',
    version: 'Version {version}',
  },
);
