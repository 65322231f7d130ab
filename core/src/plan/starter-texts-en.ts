import type { StarterTexts } from './starter-texts.ts';

/** The English texts of the starter plan the assessment builds. */
export const starterTextsEn: StarterTexts = {
  planName: (month) => `Starter plan — ${month}`,
  planDescription: 'Made from the assessment: a month of actions on the weakest points of the method.',
  methodLever: 'Running the marketing plan',
  points: {
    'smart-objectives': {
      weakness: 'Objectives are not SMART',
      action: {
        title: 'Rewrite the main objective as a SMART one',
        description:
          'Specific, measurable, achievable, realistic, time-bound: “+30% revenue in 6 months” is SMART, “sell more” is not.',
        steps: [
          'Choose the metric (revenue, customers, leads…)',
          'Write down the starting value',
          'Set the target and the deadline',
          'Name an owner',
        ],
      },
    },
    'funnel-rates': {
      weakness: 'Funnel rates unknown',
      action: {
        title: 'Measure the funnel conversion rates',
        description:
          'The intermediate objectives come from the reverse funnel: with your own rates they replace the sector averages.',
        steps: [
          'Count visitors, leads, MQLs, SQLs and customers of the last 3 months',
          'Work out the rate from each stage to the next',
          'Replace the sector rates in the plan',
        ],
      },
    },
    'personas-written': {
      weakness: 'Personas not written down',
      action: {
        title: "Write the main buyer's persona",
        description:
          'Role, company, goals, stakes, problems, channels and objections. Personas change: read it again every six months.',
        steps: ['Interview 3 recent customers', 'Write the persona', 'Review it with the sales team'],
      },
    },
    'personas-reviewed': {
      weakness: 'Personas never reviewed',
      action: {
        title: 'Review the personas with the sales team',
        description:
          'Personas change: read each one again with those who meet customers, and date the review.',
        steps: [
          'Share the personas with sales',
          'Note what changed (problems, objections, channels)',
          'Mark each persona reviewed in Jalon',
        ],
      },
    },
    'levers-measured': {
      weakness: 'Levers not measured',
      action: {
        title: 'Give each lever a KPI and a target',
        description:
          'A lever that is not measured cannot be judged at the review: one figure per lever, read every week.',
        steps: [
          'List the levers in use',
          'Choose one KPI per lever (leads, cost per lead…)',
          "Set each lever's target",
        ],
      },
    },
    'levers-sorted': {
      weakness: 'Levers never sorted into continue, stop, start',
      action: {
        title: 'Review the levers: continue, stop, start',
        description:
          'For each lever of the last period, gather the figures, then decide. Before stopping a lever, ask whether the flop was the lever or its execution.',
        steps: [
          'List the levers used',
          'Gather their figures (cost, leads, customers)',
          'Sort each lever: continue, stop or start',
          'Give each kept lever a KPI and a target',
        ],
      },
    },
    'actions-linked': {
      weakness: 'Actions not tied to objectives',
      action: {
        title: 'Tie each action to a lever and an objective',
        description: 'Objective → lever → action: an action that serves no objective is a candidate to drop.',
        steps: [
          'List the actions under way',
          'File each one under its lever and objective',
          'Drop or pause those that serve none',
        ],
      },
    },
    'actions-owned': {
      weakness: 'Actions without an owner or a deadline',
      action: {
        title: 'Give every action an owner and a deadline',
        description: 'An action nobody owns, or with no date, does not get done.',
        steps: ['Name an owner for each action', 'Set each deadline', 'Share the list with the owners'],
      },
    },
    'key-dates': {
      weakness: 'Key dates not prepared ahead',
      action: {
        title: "Put the year's key dates in the calendar",
        description:
          'Trade shows, launches, seasons: each key date needs its preparation weeks ahead (invitations, content).',
        steps: [
          'List the key dates of the year',
          'Add them to the plan',
          "Add each one's preparation actions (a kit does it)",
        ],
      },
    },
    priorities: {
      weakness: 'No priorities set',
      action: {
        title: 'Rank the actions by priority',
        description: 'Importance, difficulty and deadline: do first what matters most for the least effort.',
        steps: [
          "Score each action's importance and difficulty",
          'Read the order of work in Jalon',
          'Move what does not fit the month to next month',
        ],
      },
    },
    'budget-method': {
      weakness: 'Budget not worked out from the objectives',
      action: {
        title: 'Work out the budget from the objectives',
        description:
          'From the revenue goal, the funnel and the cost of winning a customer (CAC) to a global budget, then split by lever.',
        steps: [
          'Find the current cost of a new customer',
          'Enter it in the plan',
          'Split the budget across the levers',
        ],
      },
    },
    'spend-tracked': {
      weakness: 'Spend and return not tracked',
      action: {
        title: 'Track planned and actual spend per action',
        description:
          'Planned against actual, and the revenue expected: the return of each action shows at the review.',
        steps: [
          "Enter each action's planned cost",
          'Record what was actually spent',
          'Read the return per lever in Jalon',
        ],
      },
    },
    'kpis-tracked': {
      weakness: 'KPIs not recorded',
      action: {
        title: 'Record the KPIs every week',
        description: 'Fifteen minutes each Monday: the figures the review will need, entered as they come.',
        steps: [
          'List where each KPI is read',
          'Book fifteen minutes each Monday',
          'Enter the figures in “Enter a KPI”',
        ],
      },
    },
    'reviews-held': {
      weakness: 'No regular review',
      action: {
        title: 'Set up a monthly review of the plan',
        description:
          'One review a month: KPIs against targets, what worked and why, what flopped and why, decisions for what comes next.',
        steps: ['Book a recurring slot', 'Invite the lever owners', 'Prepare the report in Jalon'],
      },
    },
  },
  track: (channel) => ({
    title: `Track the leads from ${channel} every week`,
    description: 'A lever that is not measured cannot be judged at the review. Enter the figure every week.',
    steps: ['Find where to read the channel’s lead count', 'Enter it every Monday in “Enter a KPI”'],
  }),
  review: {
    title: 'Hold the end-of-month review',
    description: 'Results against targets, what worked, what flopped, decisions for next month.',
    steps: [
      'Enter the latest KPIs',
      'Write down what worked and what flopped',
      'Decide next month’s actions',
    ],
  },
  reviewDate: 'Monthly review',
  channelVerdict: 'Main channel today, to be measured before deciding.',
  answers: (weakness) => `Answers the weak point: “${weakness}”.`,
};
