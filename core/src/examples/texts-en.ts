import type { ExampleTexts } from './texts.ts';
import { actionTextsEn } from './texts-en-actions.ts';
import { lifeTextsEn } from './texts-en-life.ts';

/** The English example: Fieldwise, field service management software for small businesses. */

export const examplesEn: ExampleTexts = {
  locale: 'en-IE',
  plan: {
    name: (months) => `Marketing action plan ${months} — Fieldwise`,
    description:
      'Fieldwise, job management software for field service SMEs: +30% revenue in six months, planned with the seven-step method.',
  },
  stages: {
    visitor: 'Website visitors',
    lead: 'Leads',
    mql: 'Marketing qualified leads (MQL)',
    sql: 'Sales qualified leads (SQL)',
    opportunity: 'Opportunities',
  },
  customers: 'New customers',
  business: {
    title: (deadline) => `Grow revenue 30% by ${deadline}`,
    description:
      'Sign €360,000 of new business this half-year, +30% on the last six months (€1.2M), at an average deal of €12,000 a year.',
    metric: 'Half-year revenue',
  },
  intermediate: {
    title: (stage, count) => `${stage}: ${count} this half-year`,
    description:
      'Intermediate objective worked back from the revenue goal through the reverse funnel, with our own conversion rates where we have them and B2B SaaS averages elsewhere.',
  },
  owners: {
    marketing: 'Head of marketing',
    sales: 'Head of sales',
    traffic: 'Traffic manager',
    content: 'Content and SEO manager',
    crm: 'CRM and email marketing manager',
    events: 'Events manager',
  },
  personas: {
    ops: {
      name: 'Sophie, operations manager',
      role: 'Operations manager',
      company: 'Maintenance or installation SME (HVAC, lifts, fire safety), 50 to 250 staff',
      goals: [
        'Schedule jobs without typing everything twice',
        'Cut wasted journeys',
        'Meet the response times promised in contracts',
      ],
      stakes: ['Penalties for late call-outs', 'Renewal of maintenance contracts'],
      problems: [
        'Schedules kept in spreadsheets and on the phone',
        'Paper job sheets lost or unreadable',
        'Engineers on site without the equipment history',
      ],
      channels: ['Google search', 'LinkedIn', 'Trade shows', 'Webinars'],
      objections: [
        "My engineers won't use an app",
        'We already have an ERP',
        'Rolling it out will disrupt the team',
      ],
      notes: 'Main user and champion: she compares, trials and recommends.',
    },
    finance: {
      name: 'Mark, finance director',
      role: 'Finance director',
      company: 'Field service SME, 50 to 250 staff',
      goals: ['Invoice sooner after each job', 'Know the real margin of every contract'],
      stakes: ['Cash flow', 'Profitability of maintenance contracts'],
      problems: ['Invoices sent three weeks after the job', 'Hours and parts poorly reported from the field'],
      channels: ['Newsletter', 'LinkedIn', "The accountant's recommendations"],
      objections: ['The subscription cost', 'Integration with the accounting software', 'Data security'],
      notes: 'Holds the budget: comes in late in the cycle and needs a return-on-investment case.',
    },
    ceo: {
      name: 'Liam, CEO and founder',
      role: 'CEO / founder',
      company: 'Field service business with 10 to 50 staff',
      goals: ['Grow the business without adding overhead', 'See workload and profitability at a glance'],
      stakes: ['Company growth', 'Time lost on admin'],
      problems: ['Everything goes through him', 'No visibility on the teams’ workload'],
      channels: ['Business owner networks', 'LinkedIn', 'Word of mouth', 'Trade shows'],
      objections: ['No time to switch tools', 'Too expensive for a company our size'],
      notes:
        'Persona added by this plan: below 50 staff the owner decides and signs alone. He signed 6 of last half-year’s 19 new customers himself.',
    },
  },
  levers: {
    seo: {
      name: 'SEO',
      verdict:
        'Our cheapest source of leads: 570 leads and 5 customers over the half-year. Continue, with more content built on use cases.',
      target: 'Organic traffic growth',
    },
    sea: {
      name: 'Google Ads (SEA)',
      verdict:
        '203 leads and 7 customers, but a €133 cost per lead pushed up by campaigns that were too broad. Continue, restructured by persona.',
      target: 'Cost per lead reduction',
    },
    emailing: {
      name: 'Email and nurturing',
      verdict:
        'An apparent flop: 18% opens, 1.2% clicks, a single customer. Before stopping it we asked: was it the lever or its execution? One newsletter sent to the whole list, never segmented, no nurture flow: it was the execution. Continue, with a cleaned list segmented by persona and a nurture sequence.',
      target: 'Open rate',
    },
    events: {
      name: 'Trade shows',
      verdict:
        'Expensive (€35,000) but it pays: 64 leads and 6 customers signed after last year’s show. Continue, and book meetings before the show.',
      target: 'Qualified leads at the show',
    },
    webinars: {
      name: 'Webinars',
      verdict:
        "A new lever: prospects ask for concrete demos and our competitors' webinars are full. Start with one webinar a month, co-hosted with customers.",
      target: 'Webinars held this half-year',
    },
    website: {
      name: 'Website and live chat',
      verdict:
        'The site turns 4% of visitors into leads but answers no question live. Add a chat to the key pages and shorten the demo form.',
      target: 'Website conversion rate',
    },
    linkedin: {
      name: 'LinkedIn Ads',
      verdict:
        '€18,000 spent, 58 leads at €310 each and no customer. Targeting, visuals and copy were tested three times: the lever itself does not reach small-business owners, who are rarely active on LinkedIn. Stop, and move the budget.',
    },
  },
  figures: {
    visits: 'Organic visits',
    leads: 'Leads generated',
    customers: 'Customers signed',
    spend: 'Spend',
    costPerLead: 'Cost per lead',
    openRate: 'Open rate',
    clickRate: 'Click rate',
    conversionRate: 'Website conversion rate',
    demoRequests: 'Demo requests',
  },
  kpis: {
    newRevenue: {
      name: 'New revenue signed (to date)',
      description: 'Yearly value of the contracts signed since the start of the half-year.',
    },
    newCustomers: { name: 'New customers (to date)', description: 'Contracts signed since the plan began.' },
    sqls: {
      name: 'Sales qualified leads (to date)',
      description: 'Leads accepted by the sales team since the start of the half-year.',
    },
    organicTraffic: {
      name: 'Monthly organic traffic',
      description: 'Visits from search engines over the month (target: +50%).',
    },
    costPerLead: {
      name: 'Google Ads cost per lead',
      description: "The month's Google Ads spend divided by the leads it brought in.",
    },
    openRate: { name: 'Email open rate', description: 'Average over the month, all campaigns.' },
    showLeads: {
      name: 'Qualified leads at the show',
      description: 'Qualified contacts (project, budget, timing) collected at the stand.',
    },
    registrants: {
      name: 'Webinar registrants (to date)',
      description: 'Sign-ups to the six webinars of the half-year.',
    },
    conversionRate: {
      name: 'Website conversion rate',
      description: "Share of the month's visitors who became leads (form, demo request, chat).",
    },
    chatConversations: {
      name: 'Chat conversations (to date)',
      description: 'Conversations started by a visitor since the chat went live.',
    },
    websiteLeads: {
      name: 'Leads from the website (per month)',
      description: "The month's forms, demo requests and qualified chat conversations.",
    },
    mqls: {
      name: 'Marketing qualified leads (to date)',
      description: 'Leads whose score crossed the MQL threshold since the plan began.',
    },
    opportunities: {
      name: 'Opportunities opened (to date)',
      description: 'Opportunities created in the CRM since the plan began, after the demo.',
    },
  },
  ...actionTextsEn,
  life: lifeTextsEn,
};
