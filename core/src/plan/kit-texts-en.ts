import type { KitTextsByKit } from './kit-texts.ts';

/** The English texts of the action kits; `{name}` is what the user calls the show, the webinar… */
export const kitTextsEn: KitTextsByKit = {
  'trade-show': {
    name: 'Trade show',
    summary: 'The stand, invitations 21 days before, a reminder 7 days before, follow-up 2 days after.',
    defaultName: 'Trade show',
    dateLabel: 'First day of the show',
    lever: 'Trade shows and events',
    actions: {
      stand: {
        title: 'Run the stand — {name}',
        description: 'Two days on the stand: every visitor met is a contact to log and follow up.',
        steps: [
          'Book the stand',
          'Order the materials (banner, brochures)',
          'Plan who is on the stand when',
          'Log every contact in the CRM',
        ],
      },
      invitations: {
        title: 'Send the invitations — {name}',
        description: 'Invite customers and prospects to the stand, with a free badge and a meeting slot.',
        steps: ['Pick the contacts to invite', 'Write the invitation', 'Send it with the badge link'],
      },
      reminder: {
        title: 'Remind the invitees — {name}',
        description: 'A short reminder a week before: the stand number and the meetings booked.',
        steps: ['Send the reminder', 'Confirm the meetings booked'],
      },
      'follow-up': {
        title: 'Follow up the contacts met — {name}',
        description:
          'Within days, while they remember the stand: a thank-you, then a call for the warm ones.',
        steps: ['Sort the contacts: warm, to nurture', 'Send the thank-you e-mail', 'Call the warm contacts'],
      },
    },
  },
  webinar: {
    name: 'Webinar',
    summary: 'Registration page, invitations, reminders, then the replay and follow-up.',
    defaultName: 'Webinar',
    dateLabel: 'Date of the webinar',
    lever: 'Webinars',
    actions: {
      live: {
        title: 'Host the webinar — {name}',
        description: 'Forty-five minutes on one problem of the personas, then questions.',
        steps: ['Rehearse with the speakers', 'Host the session', 'Record it'],
      },
      page: {
        title: 'Set up the registration page — {name}',
        description: 'Title, three promises, the speakers, a short form.',
        steps: ['Write the page', 'Connect the form to the webinar tool'],
      },
      invitations: {
        title: 'Send the invitations — {name}',
        description: 'To the segments the topic speaks to, two weeks before.',
        steps: ['Pick the segments', 'Send the invitation', 'Post it on social media'],
      },
      reminder: {
        title: 'Send the reminders (day before and on the day) — {name}',
        description: 'The day before and an hour before: reminders double the attendance.',
        steps: ['Schedule the day-before reminder', 'Schedule the one-hour reminder'],
      },
      replay: {
        title: 'Send the replay and follow up the registrants — {name}',
        description: 'Replay to all registrants; a call for those who asked a question.',
        steps: ['Send the replay', 'Pass the questions to sales'],
      },
    },
  },
  'seo-content': {
    name: 'SEO and content',
    summary: 'An in-depth article: keyword, writing, publication, internal links, sharing, measure.',
    defaultName: 'In-depth article',
    dateLabel: 'Publication date',
    lever: 'Search engine optimisation (SEO)',
    actions: {
      publish: {
        title: 'Publish the article — {name}',
        description: 'Published, with its title and meta description written for the keyword.',
        steps: ['Check title, meta description and headings', 'Publish'],
      },
      keywords: {
        title: 'Choose the keyword and the angle — {name}',
        description: 'One keyword a persona searches for, and what the article adds to the first results.',
        steps: ['List the candidate keywords', 'Read the first results', 'Choose the angle'],
      },
      write: {
        title: 'Write and illustrate — {name}',
        description: 'The article, its images and a call to action.',
        steps: ['Write the outline', 'Write the article', 'Add images and the call to action'],
      },
      links: {
        title: 'Link to it from related pages — {name}',
        description: 'Three to five internal links from pages that already rank.',
        steps: ['Find the related pages', 'Add the links'],
      },
      share: {
        title: 'Share it in the newsletter and on social media — {name}',
        description: 'Every article published is an article shared.',
        steps: ['Add it to the next newsletter', 'Post it on LinkedIn'],
      },
      measure: {
        title: 'Measure rankings and traffic — {name}',
        description: 'Six weeks on: ranking, visits and leads from the article.',
        steps: ['Read the ranking and the visits', 'Decide: update, expand or leave'],
      },
    },
  },
  'paid-ads': {
    name: 'Paid ads',
    summary: 'Audiences and creatives before the launch, tracking checked, then optimisation and review.',
    defaultName: 'Paid campaign',
    dateLabel: 'Launch date',
    lever: 'Paid search (SEA)',
    actions: {
      launch: {
        title: 'Launch the campaign — {name}',
        description: 'Live on the day, with its daily budget and its conversions tracked.',
        steps: ['Switch the campaign on', 'Check the first impressions'],
      },
      audiences: {
        title: 'Set audiences, keywords and budget — {name}',
        description: 'One audience per persona, negative keywords, a daily budget.',
        steps: ['Define the audiences', 'List keywords and negatives', 'Set the budget'],
      },
      creatives: {
        title: 'Write the ads and the landing page — {name}',
        description: 'Three ads per group and a landing page with one form.',
        steps: ['Write three ads per group', 'Build the landing page'],
      },
      tracking: {
        title: 'Check conversion tracking — {name}',
        description: 'A test lead must show up in the ad platform and the CRM.',
        steps: ['Send a test lead', 'Find it in the ad platform and the CRM'],
      },
      optimise: {
        title: 'First optimisation (ads, bids) — {name}',
        description: 'After a week: pause the weak ads, adjust the bids.',
        steps: ['Pause the weakest ads', 'Adjust the bids'],
      },
      review: {
        title: 'Review the cost per lead — {name}',
        description: 'After a month: cost per lead against the target, budget moved to what works.',
        steps: ['Compare cost per lead with the target', 'Move the budget'],
      },
    },
  },
  emailing: {
    name: 'E-mailing',
    summary: 'Segment, write, test, send, resend to non-openers, analyse.',
    defaultName: 'E-mail campaign',
    dateLabel: 'Sending date',
    lever: 'Emailing',
    actions: {
      send: {
        title: 'Send the campaign — {name}',
        description: 'Sent to the chosen segment at the best time for it.',
        steps: ['Schedule the sending', 'Check the first opens'],
      },
      segment: {
        title: 'Segment the list — {name}',
        description: 'One segment per persona; inactive contacts left out.',
        steps: ['Remove inactive contacts', 'Build the segment'],
      },
      write: {
        title: 'Write and lay out the e-mail — {name}',
        description: 'One message, one call to action, a subject line tested on two versions.',
        steps: ['Write two subject lines', 'Write the e-mail', 'Lay it out'],
      },
      test: {
        title: 'Test it (rendering, links, spam) — {name}',
        description: 'Sent to a few test inboxes, on phone and computer.',
        steps: ['Send the tests', 'Check links and rendering'],
      },
      resend: {
        title: 'Resend to non-openers — {name}',
        description: 'Same content, a new subject line, to those who did not open.',
        steps: ['Change the subject line', 'Resend'],
      },
      analyse: {
        title: 'Analyse it and pass warm leads to sales — {name}',
        description: 'Opens, clicks, replies; the contacts who clicked go to sales.',
        steps: ['Read the results', 'Send the warm contacts to sales'],
      },
    },
  },
  event: {
    name: 'Own event',
    summary: 'Venue, invitations a month before, confirmations, thanks and follow-up.',
    defaultName: 'Customer event',
    dateLabel: 'Date of the event',
    lever: 'Events',
    actions: {
      event: {
        title: 'Hold the event — {name}',
        description: 'Customers and prospects in one room: talks, testimonials, time to talk.',
        steps: ['Welcome the guests', 'Run the programme', 'Note who talked to whom'],
      },
      venue: {
        title: 'Book the venue and the speakers — {name}',
        description: 'Two months before: venue, date, programme and speakers agreed.',
        steps: ['Book the venue', 'Confirm the speakers', 'Write the programme'],
      },
      invitations: {
        title: 'Send the invitations — {name}',
        description: 'A month before, with a registration link.',
        steps: ['Pick the guests', 'Send the invitation'],
      },
      reminder: {
        title: 'Confirm the attendees — {name}',
        description: 'Three days before: a confirmation with the address and the programme.',
        steps: ['Send the confirmation', 'Update the guest list'],
      },
      thanks: {
        title: 'Thank the attendees and share the content — {name}',
        description: 'The day after: thanks, slides and photos.',
        steps: ['Send the thank-you e-mail', 'Share slides and photos'],
      },
      'follow-up': {
        title: 'Follow up the contacts with sales — {name}',
        description: 'A call for each prospect who came, while the event is fresh.',
        steps: ['Share the list with sales', 'Call each prospect'],
      },
    },
  },
};
