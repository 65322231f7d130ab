import type { ActionText, ExampleActionTexts } from './texts.ts';

/** The English texts of the example's actions, webinars and key dates. */

const webinarText = (title: string, description: string, steps: readonly string[]): ActionText => ({
  title,
  description,
  steps,
});

export const actionTextsEn: ExampleActionTexts = {
  actions: {
    seoAudit: {
      title: 'Run a technical SEO audit of the website',
      description:
        'Speed, indexing, internal links, broken pages: fix what holds rankings back before producing more content.',
      steps: [
        'Crawl the site and list the errors',
        'Fix broken pages and redirects',
        'Speed up the key pages',
        'Strengthen internal links to the feature pages',
      ],
    },
    seoContent: {
      title: 'Publish two in-depth articles a month on field service use cases',
      description:
        'An editorial calendar built on what our personas search for: engineer scheduling, job sheets, preventive maintenance.',
      steps: [
        'Agree the keywords for each persona',
        'Draw up the editorial calendar for the half-year',
        'Write and publish two articles a month',
        'Share every article in the newsletter and on LinkedIn',
      ],
    },
    seoPages: {
      title: "Rewrite the feature pages around the personas' problems",
      description:
        'Each page opens on a real problem (double entry, late jobs, late invoices) and ends with a call to book a demo.',
      steps: [
        'Interview three customers per persona',
        'Rewrite the eight feature pages',
        'Add customer quotes and figures',
        'Measure the conversion of the rewritten pages',
      ],
    },
    seaRestructure: {
      title: 'Restructure the Google Ads campaigns by persona',
      description:
        'Separate campaigns for owners and operations managers; exclude job searches and free-software searches.',
      steps: [
        'Analyse the last six months of search terms',
        'Create one campaign per persona',
        'Add negative keywords',
        'Feed CRM conversions back into Google Ads',
      ],
    },
    seaCampaigns: {
      title: 'Run the Search campaigns by persona',
      description: 'Budget managed every week on cost per qualified lead, not cost per click.',
      steps: [
        'Launch the restructured campaigns',
        'Test three ads per ad group',
        'Review cost per lead every week',
        'Move budget to the best ad groups every month',
      ],
    },
    seaLanding: {
      title: 'Build two landing pages for the campaigns',
      description:
        'One page for owners (profitability, the big picture), one for operations managers (scheduling, mobile).',
      steps: ['Write both pages', 'Add the short demo form', 'Run an A/B test against the current page'],
    },
    emailSegment: {
      title: 'Clean the contact list and segment it by persona',
      description:
        'The real cause of the email flop: one newsletter for the whole list. Start again from a clean, segmented list.',
      steps: [
        'Remove invalid addresses and contacts inactive for 18 months',
        'Record the persona of every contact in the CRM',
        'Create the owner, operations and finance segments',
        'Update how consent is collected',
      ],
    },
    emailNurturing: {
      title: 'Launch a five-email nurture sequence',
      description:
        'For leads who download content without asking for a demo: five emails over three weeks, one customer story per persona.',
      steps: [
        'Write the five emails for each persona',
        'Set up the sequence in the marketing automation tool',
        'Define the score that makes a lead an MQL',
        'Pass MQLs to sales automatically',
      ],
    },
    emailNewsletter: {
      title: 'Send a monthly newsletter, segmented',
      description: 'One main story tailored to each segment instead of a single send to the whole list.',
      steps: [
        "Pick each segment's topic for the month",
        'Write and test the send',
        'Review opens and clicks after a week',
      ],
    },
    show: {
      title: 'Exhibit at the Field Service & Maintenance Expo',
      description:
        'Two days at the show: live demos on tablets all day, sales meetings booked in advance, every contact qualified.',
      steps: [
        'Book the stand and order the signage',
        'Prepare the tablet demo and handouts',
        'Draw up the team rota',
        'Qualify every contact in the badge-scanning app',
      ],
    },
    showInvites: {
      title: 'Invite customers and prospects to the stand',
      description: 'Three weeks before: invitation email with a free pass, shared on LinkedIn.',
      steps: [
        'Get invitation codes from the organiser',
        'Send the invitation to the relevant segments',
        'Post the announcement on LinkedIn',
      ],
    },
    showMeetings: {
      title: 'Book sales meetings for the show',
      description:
        'Two weeks before: each salesperson calls their open opportunities to book a slot at the stand.',
      steps: [
        'List the opportunities in the region',
        'Call them and book slots',
        'Share the meeting schedule with the team',
      ],
    },
    showFollowUp: {
      title: 'Follow up every show contact within 48 hours',
      description: 'Right after the show: a personal email, then a call to the hottest contacts.',
      steps: [
        'Import the scanned contacts into the CRM',
        'Send the thank-you email',
        'Call the hot contacts and offer a demo',
      ],
    },
    webinarPlatform: {
      title: 'Choose the webinar platform and set the format',
      description: '45 minutes: 25 minutes of content, a short demo, 15 minutes of questions.',
      steps: [
        'Compare three platforms',
        'Set the format and visual identity',
        'Fix the programme of the six webinars',
      ],
    },
    chat: {
      title: 'Install a chat plugin on the website',
      description:
        'Answer visitors live on the pricing, demo and feature pages to lift the site conversion rate from 4% to 5%.',
      steps: [
        'Compare three chat tools',
        'Install the plugin on the pricing, demo and feature pages',
        'Write the welcome message for each page',
        'Route conversations to sales during office hours',
        'Train the team and review the first conversations',
      ],
    },
    demoForm: {
      title: 'Shorten the demo form and A/B test it',
      description: 'From nine fields to four: qualification happens on the discovery call.',
      steps: [
        'Cut the form down to four fields',
        'Run the A/B test for four weeks',
        'Roll out the winning version',
      ],
    },
    caseStudy: {
      title: 'Publish the Thermaserve case study',
      description:
        'An 80-person HVAC installer that invoices on the day of the job: the case study feeds the feature pages, the newsletter and the webinars.',
      steps: [
        'Go over the customer interview',
        'Lay out the key figures',
        'Have the customer approve the text',
        'Publish the study on the blog and share it',
      ],
    },
    adsReview: {
      title: "Review the week's Google Ads campaigns",
      description: 'Cost per lead of each ad group, search terms to exclude, budget moved to what converts.',
      steps: [
        "Export the week's results",
        'Exclude wasted search terms',
        'Move budget to the most profitable ad groups',
      ],
    },
    linkedinStop: {
      title: 'Switch off the LinkedIn Ads campaigns and move the budget',
      description:
        'Lever stopped after three rounds of tests: its budget goes to webinars and the trade show.',
      steps: ['Pause the campaigns', 'Export audiences and results', 'Write up the lessons for the review'],
    },
  },
  webinarTopics: [
    'Go paperless: digitise your job sheets',
    'Schedule more jobs without hiring',
    'Preventive maintenance: from call-outs to recurring contracts',
    'Invoice on the day of the job and ease your cash flow',
    'Customer story: an HVAC installer cuts mileage by 20%',
    'Run your field operations with five KPIs',
  ],
  webinar: {
    webinar: (topic) =>
      webinarText(
        `Host the webinar “${topic}”`,
        '45 minutes live with a customer or an expert, followed by a demo and questions.',
        [
          'Agree the run-through with the speaker',
          'Do a technical rehearsal the day before',
          'Host the webinar and note the questions',
          'Export the attendee list',
        ],
      ),
    invitations: (topic) =>
      webinarText(
        `Send the invitations to the webinar “${topic}”`,
        'Two weeks before: email to the relevant segments, a LinkedIn post and a banner on the blog.',
        [
          'Create the registration page',
          'Send the invitation email',
          'Post the announcement on LinkedIn and the blog',
        ],
      ),
    reminder: (topic) =>
      webinarText(
        `Remind registrants of the webinar “${topic}”`,
        'Three days before: a reminder to registrants and a last nudge to contacts who opened the invitation.',
        ['Send the reminder to registrants', 'Nudge the contacts who opened the invitation'],
      ),
    followUp: (topic) =>
      webinarText(
        `Follow up attendees of the webinar “${topic}”`,
        'The day after: the recording to every registrant, and the most engaged attendees passed to sales.',
        [
          'Send the recording to registrants',
          'Score attendees on their questions and time watched',
          'Pass the hot leads to sales',
        ],
      ),
  },
  keyDates: {
    webinar: (topic) => `Webinar “${topic}”`,
    webinarNotes: 'Live at 11 am, 45 minutes.',
    show: 'Field Service & Maintenance Expo (Birmingham)',
    showNotes: 'Two days, stand B42. The main show for our operations and owner personas.',
    monthlyReview: (month) => `Monthly plan review — ${month}`,
    midReview: 'Mid-plan review',
    finalReview: 'Final plan review',
    reviewNotes:
      'KPIs against targets, what worked and why, what flopped and why, decisions for the next period.',
  },
  date: (day, month, year) => `${day} ${month} ${year}`,
  monthSpan: (first, firstYear, last, lastYear) =>
    firstYear === lastYear ? `${first}–${last} ${lastYear}` : `${first} ${firstYear} – ${last} ${lastYear}`,
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};
