import type { LifeTexts } from './texts.ts';

/** What has happened in the English example since it began: ideas clipped, customers won, a review. */

export const lifeTextsEn: LifeTexts = {
  ideas: [
    {
      kind: 'selection',
      text: '68% of operations managers read at least three pieces of content before asking for a demo.',
      pageUrl: 'https://www.example.org/research/field-service-buyers',
      pageTitle: 'Research: how field service SMEs choose their software',
      site: 'example.org',
      tags: ['content', 'operations persona'],
      note: 'Quote it in the next webinar and on the demo page.',
    },
    {
      kind: 'page',
      text: 'A competitor is starting a monthly webinar series with its customers, registration open on LinkedIn.',
      pageUrl: 'https://www.example.com/webinars',
      pageTitle: 'Our customer webinars — spring',
      site: 'example.com',
      tags: ['competition', 'webinars'],
      note: '',
    },
    {
      kind: 'note',
      text: 'Ask Thermaserve for a two-minute video testimonial for the pricing page.',
      pageUrl: '',
      pageTitle: '',
      site: '',
      tags: ['testimonial'],
      note: '',
    },
  ],
  customers: [
    'Thermaserve',
    'Liftcare North West',
    'CoolFix Bristol',
    'FireSafe Midlands',
    'Harbour Maintenance',
    'ColdChain Services',
    'Sparkwell Electrical',
    'Dunmore Heating',
    'Gateway Doors & Access',
    'Eastern Building Energy',
    'AquaServ Maintenance',
    'Solar Fit South',
    'Metro Technical Services',
    'Highland HVAC',
    'Central Alarms',
    'Hoist & Lift Services',
    'Riverside Geothermal',
  ],
  revenueNote: (customer) => `Yearly contract signed: ${customer}`,
  review: {
    worked:
      'Nurturing is running: five emails per persona, and the open rate has climbed clearly since the base was segmented. The Google Ads campaigns rebuilt by persona are bringing the cost per lead down. This month’s webinar filled up thanks to invitations sent two weeks ahead.',
    flopped:
      'The feature pages have not been rewritten: the content team put the articles first. Signed revenue lags the expected pace: open opportunities take longer than planned to close.',
    decisions:
      'Block half a day a week for the feature pages. Prepare the trade show meetings now, calling every opportunity in the region. Track cost per lead every week, not only every month.',
  },
};
