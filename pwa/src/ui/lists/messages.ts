import { defineMessages } from '../../i18n/messages.ts';

/** Words of the long lists' search and filters, shared by the screens that have them. */
export const listMessages = defineMessages(
  {
    search: 'Rechercher',
    filterAll: 'Tous',
    filterClear: 'Effacer les filtres',
  },
  {
    search: 'Search',
    filterAll: 'All',
    filterClear: 'Clear filters',
  },
);
