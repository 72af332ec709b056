/** Header words and table shapes of other boards' plans (issue 11). */
import { matchHeader } from '../../src/core/layout/matchHeader';
import { isFormPlaceholder } from '../../src/core/vocab/placeholders';
import { DEADLINE_HEADING } from '../../src/core/vocab/timescalePhrases';
import { readLayout } from '../../src/core/layout/readLayout';
import { assessGrid, assessWorkbook } from '../../src/core/plan/assess';
import type { Grid } from '../../src/core/grid';

describe('header words', () => {
  test.each([
    ['What?', 'objective'],
    ['How?', 'action'],
    ['Who?', 'lead'],
    ['When?', 'timescale'],
    ['By when?', 'timescale'],
    ['How will we know?', 'outcome'],
    ['Success measures', 'outcome'],
    ['Lead officer', 'lead'],
    ['Target date', 'timescale'],
    ['Planned completion', 'timescale'],
    ['Year', 'timescale'], // the plan's own years ("1", "2"), or calendar years
    ['Delivery year', 'timescale'],
    ['We said…', 'action'],
    ['You said', 'objective'], // what people asked for; the action answers it
    ['We are doing…', 'status'],
    ['Year end review (March 2018)', 'status'],
    ['Mid-year review', 'status'],
    ['Current Status of Action', 'status'],
    ['Delivery Update', 'status'],
    ['Action Point', 'action'],
    ['What we said we would do', 'action'],
    ['Standard No.', 'ref'],
    ['By who', 'lead'],
    ['Phase', 'timescale'], // "Phase 2 (Jan – Jun 2023)": a delivery phase with its months
    ['We did…', 'status'],
    ['What we did', 'status'],
    ['Expected completion', 'timescale'],
    ['Target completion', 'timescale'],
    ['Action Ref Number', 'ref'],
    ['Reference number', 'ref'],
    ['Action number', 'ref'],
    ['Management update', 'status'],
    ['Current status', 'rag'],
    ['Overall status', 'rag'],
    ['Open / Closed', 'rag'],
    ['NOS', 'ref'],
    ['Progress indicator', 'rag'],
    ['Agency response to recommendations', 'status'],
    ['Overall rating', 'rag'],
    ['Delivery confidence', 'rag'],
    ['Agreed timescale', 'timescale'],
    ['Agreed date', 'timescale'],
    // an audit tracker's agreed date, and a MAPPA plan's target date for review or completion
    ['Agreed implementation date', 'timescale'],
    ['Agreed action date', 'timescale'],
    ['Target review/completion date', 'timescale'],
    ['Target/review completion date', 'timescale'],
    // an annual report's account of the year
    ['What happened in 2022-23', 'status'],
    // what will show the action worked, not its progress
    ['Evidence measure', 'outcome'],
    ['Strategic link', 'link'],
    ['% complete', 'percent'],
    ['Percentage complete', 'percent'],
    ['Date of completion and outcome', 'done'],
    // a domestic homicide review's progress: the milestones reached so far (alone, "Key milestones" are dates to come)
    ['Key milestones achieved in enacting recommendation', 'status'],
    ['Key milestones achieved', 'status'],
    ['Milestones achieved', 'status'],
    // a done column asked as a question (the question mark is needed: "Completed" alone is a status value)
    ['Completed?', 'done'],
    ['Done?', 'done'],
    ['Complete?', 'done'],
    ['Closed?', 'done'],
    // an NHS trust's CQC action plan's "Action Achieved" ticked Yes (the action's own words are "Action" or "Actions achieved")
    ['Action Achieved', 'done'],
    ['Action completed?', 'done'],
    ['Action completed', 'action'],
    ['Implemented?', 'done'],
    // a standards self-assessment's "Met?", and the date an inspectorate agreed to close an action
    ['Delivery strategies', 'action'],
    ['Met?', 'done'],
    ['Standard met?', 'done'],
    ['Closure agreed', 'done'],
    ['What we want to achieve', 'objective'],
    ['How we will do it', 'action'],
    ['Delivery group', 'lead'],
    ['Delivery status', 'status'],
    ['Progress against agreed action and impact monitoring', 'status'],
    ['Estimated completion date', 'timescale'],
    ['Recommendation from the Safeguarding Adults Review', 'objective'], // a longer header saying where it comes from
    ['Recommendations arising from the Serious Case Review', 'objective'],
    ['Relevant Agencies', 'lead'],
    ['Revised date', 'revised'],
    ['Revised target date', 'revised'],
    ['Update Jun 2015', 'status'],
    ['Q3 update', 'status'],
    ['Highlight report (January 2017)', 'status'], // an NHS trust's highlight report to its board
    ['Highlights', 'status'],
    ['Exception commentary', 'status'],
    ['On track? (Y/N)', 'rag'], // asked, with its answers after the question mark
    ['Title/Topic', 'action'], // a training programme's course
    ['Sub recommendation/', 'action'],
    ['Rec. Owner', 'lead'],
    ['Progress at Dec board', 'status'],
    ['Dec 2015 update', 'status'],
    ['SIIP ref', 'link'],
    ['Finish date', 'timescale'],
    ['Lead Organisation', 'lead'],
    ['Highlights and Achievements', 'status'],
    ['Response', 'status'],
    ['Action taken', 'status'],
    ['Actions taken to date', 'status'],
    ['Key actions', 'action'],
    ['Responsible officer', 'lead'],
    ['Evidence of impact', 'outcome'],
    ['R/A/G', 'rag'],
    ['BRAG', 'rag'],
    ['Date completed', 'done'],
    ['Prevent Vulnerability/Risk Area', 'objective'], // the Prevent duty risk assessment schools keep
    ['Bucket Name', 'objective'], // a Microsoft Planner export's group of tasks
    ['Risk Actions', 'action'], // a risk register's actions against each risk
    ['Light', 'rag'], // a dashboard's light for each standard
    ['Code', 'ref'], // a performance system's code ("CIP 002.01")
    ['Latest Note', 'status'],
    ['What are the prospects for the future?', 'status'],
    ['Rec. No.', 'ref'],
    ['Phase', 'timescale'], // a delivery phase with its months, when nothing better names the timescale
    ['Agenda Item', 'action'], // a board's forward plan
    ['Meeting Date', 'timescale'],
    ['SCRUTINY RECOMMENDATION', 'objective'],
    // said in brackets to be the RAG, naming nothing else
    ['Assessment (RAG)', 'rag'],
    ['Self-assessment (RAG rating)', 'rag'],
    ['Progress (RAG)', 'status'], // a header word we know wins
    // whose the words are, before the header's own words
    ['Reviewers’ recommendation', 'objective'],
    // a word's letters spaced out, dotted or slashed, as a plan copied from a document heads its rating
    ['R A G*', 'rag'],
    ['R.A.G.', 'rag'],
    ['B R A G', 'rag'],
    ['R / A / G', 'rag'],
    // refs numbered in the plural, and the plan's own
    ['Plan Ref Nos', 'ref'],
    ['Ref Nos', 'ref'],
    ['Action Ref Nos', 'ref'],
    // the inspectorate's own numbering, and a body's initials before "Ref"
    ['HMICFRS Ref', 'ref'],
    ['CQC Ref', 'ref'],
    ["Independent reviewer's recommendation", 'objective'],
    ["Manager's comments", 'status'],
    // an annual report's table of the year's work against the plan
    ['Synopsis of Achievement 2006/07', 'status'],
    ['What we achieved', 'status'],
    ["DIRECTOR'S RESPONSE AND ACTION PLAN", 'action'],
    ['UPDATE NOTES', 'status'],
    ['CQC Action Requirements and Recommendations', 'objective'], // a body's initials set aside
    // a body or review named in words before its recommendations or findings
    ['Ofsted recommendation', 'objective'],
    ['Inspection findings', 'objective'],
    ['Peer review recommendations', 'objective'],
    ['Audit recommendation', 'objective'],
    // who leads the thing the header names: the lead, not the objective
    ['Priority lead', 'lead'],
    ['Theme lead', 'lead'],
    ['Strategic objective lead', 'lead'],
    ['Workstream owner', 'lead'],
    ['Priority', 'objective'], // (alone, as before)
    ['Priority area', 'objective'], // (other words after it)
    // the outcome asked as improvement plans word it
    ['How will we know it has made a difference?', 'outcome'],
    ['How will we know we have been successful?', 'outcome'],
    ['CTS Improvement and Action Plan (and Evidence)', 'action'],
    ['LSCB Lead', 'lead'],
    ['RAG Q3', 'rag'], // (not the initials of a body)
    ['Proposed timeline', 'timescale'], // a project's "Outputs and proposed timelines"
    ['Action by date', 'timescale'], // not "Action by", the lead
    ['Action by', 'lead'],
    ['Person responsible', 'lead'],
    ['Embedding status', 'rag'], // how far a Making Safeguarding Personal plan's work is embedded
    ['2014/2015 target', 'timescale'], // the targets for a year, opening with the year
    // a role's words before a spaced dash, the rest saying what the column holds
    ['Action needed – Standard of evidence to confirm improvement of rating', 'action'],
    ['Target 2015/16', 'timescale'],
    ['2015 update', 'status'],
    ['Half year performance', 'status'],
    ['Task Name', 'action'],
    // a Welsh body's headers in both languages, in one cell: the Welsh half set aside
    ['Cyf. / Ref', 'ref'],
    ['Cam Gweithredu / Action', 'action'],
    ['Amserlen / Timescale', 'timescale'],
    ['Diweddariad Cynnydd / Progress Update', 'status'],
    ['Arweinydd\nLead', 'lead'],
    ['Action / Cam Gweithredu', 'action'],
    ['Oversight / Evidence', null], // two English words: not a header in two languages
    ['Assurance / Evidence', 'status'], // read by its own words, as "Evidence / assurance" is: not by its second half
    // negative cases: letters spaced out that spell no header word, or one letter alone
    ['Y / N', null],
    // another body's own status beside the force's: not read as a status column (the inspectorate's initials are longer
    // than a body's initials set aside before a header word)
    ['HMICFRS Status', null],
    // a body or review named before other words than its findings: not set aside
    ['Review date', null],
    ['Ofsted judgement', null],
    ['Inspection', null],
    ['A B C', null],
    ['R', null],
    // two names joined by a slash, the second the action: the action column
    ['Exception / action to improve', 'action'],
    ['Key outcome / action', 'action'],
    // the day the action was raised: a span in the timescale is counted from it
    ['Date of visit', 'raised'],
    ['Decision date', 'raised'],
    ['Date raised', 'raised'],
    ['Date of RR', 'raised'],
    ['Rapid review date', 'raised'],
    ['Published', 'raised'], // a tracker of several reviews: "Within 6 months of publication" counted from it
    // an easy read plan's, and a health board's implementation plan's
    ['When we will do it by', 'timescale'],
    ['IMPROVEMENT OBJECTIVES', 'objective'],
    ['Evaluation Milestones', 'timescale'],
    // a modern slavery statement's "Timing"; a landlord's plan for its tenants, in the first person ("Our target date");
    // an inspection's areas for improvement, numbered
    ['Timing', 'timescale'],
    ['Month', 'timescale'], // an audit programme's schedule
    ['Quarter', 'timescale'], // an audit programme's, "Q2", "Q3–Q4"
    ['Rec', 'ref'], // a recommendation tracker's
    ['Good Practice Recommendations', 'objective'], // an inspection report's table, pasted into a provider's plan
    ['What will your organisation do?', 'action'], // a form's question over its answers (its guidance after it is set aside)
    ['Completion deadline', 'timescale'], // the YJB action planning tool's
    ['Target go-live', 'timescale'], // a programme's go-live milestones
    ['Go-live date', 'timescale'],
    ['Revised due', 'revised'],
    ['Evaluation of impact – Spring term 2015', 'status'], // with the review it was written at
    ['Follow-up action', 'action'], // an audit follow-up tracker's
    ['Date to be complied with', 'timescale'], // a compliance plan's
    ['Audit topic', 'action'],
    ["Provider's actions (from compliance plan response)", 'action'],
    ['Progress update Q2 (July – September 2022)', 'status'], // a period named at length
    ['Months since the plan began and the outcome', null],
    ['Key milestone', 'timescale'], // (read as the action where it holds sentences: a Family Hubs delivery plan)
    ['Confidence rating', 'rag'], // an improvement board's 1-4, read through its key
    ['Delivery confidence', 'rag'],
    ['Confidence', null], // alone: a word in other columns' headers too
    ['Our target date', 'timescale'],
    ['Our progress', 'status'],
    ['What we have done so far (October 2024)', 'status'],
    ['What we said we will do', 'action'],
    ['AFI', 'ref'],
    ['AFI No.', 'ref'],
    // the report's paragraph each recommendation comes from ("11.1.1"), as a case review's action plan numbers its rows
    ['Para', 'ref'],
    ['Para No', 'ref'],
    ['Paragraph', 'ref'],
    ['Paragraph of the standards this answers', null], // words about a paragraph, not its number
    // an audit tool's question number
    ['Q no.', 'ref'],
    ['Question number', 'ref'],
    // named for who gives or does it: the group overseeing the plan (after its initials), the body answering it
    ['SAR Group status', 'status'],
    ['Panel status', 'status'],
    ['Board RAG', 'rag'],
    ['Trust action', 'action'],
    ['Agency update log', 'status'],
    // a RAG given each period, over the periods' columns
    ['Monthly RAG', 'rag'],
    ['2019/20 RAG', 'rag'], // the year first, over a column for each quarter
    ['Audit activity', 'action'], // an activity of a kind, as "Activity" is
    ['Training activities', 'action'],
    ['Quarterly RAG rating', 'rag'],
    ['Monthly', null], // a period word alone names no column
    ['Group', null],
    ['Our', null], // "Our" alone names nothing
    ['Timing of the next review meeting with partners', null], // longer words than the one-word header
    // a children's centre plan's: the reviews' notes of progress, and one person or several
    ['Evaluation of impact', 'status'],
    ['Person/s Responsible', 'lead'],
    ['Person(s) Responsible', 'lead'],
    ['Date by which the action will be taken', 'timescale'], // an independent school's action plan
    ['Recomendation', 'objective'],
    ['Completed At', 'done'], // an Asana export's completion time
    ['Change stage', 'rag'], // an audit action plan's 1-4, read through its key // misspelt, as a police force's super-complaint plan heads it // a school trust's review points ("By February Review")
    ['Task ID', null], // the key a system gives each row, not the action
    ['Action ID', 'ref'], // an incident system's action number ("48220"), cited by the committee
    ['Card ID', null], // a board tool's own key for each card
    ['Comment Count', null], // a count a board tool keeps, not the comments
    // a task tool's export: Jira, Trello, monday.com
    ['Issue key', 'ref'],
    ['Summary', 'action'],
    ['Card Name', 'action'],
    ['Card Description', 'action'], // read as the notes beside "Card Name" (NOTES_BESIDE_ACTION)
    ['Name', 'action'], // only over sentences: see the board export tests
    ['Assignee', 'lead'],
    ['People', 'lead'],
    ['List Name', 'status'],
    ['Achievement', 'status'],
    ['Date discharged', 'done'], // an inspectorate's recommendation discharged // a Notion export's update beside "Expected impact"
    ['Custom field (Last Comment)', 'status'],
    ['Latest comment', 'status'], // a list's column, as a Power Automate flow copies it to Excel
    ['This week', 'status'], // a weekly tracker's update beside its status
    ['This week only', null],
    // a programme office's tracker, a project a row; its sponsor and manager are no action
    ['Project title', 'action'],
    ['Project name', 'action'],
    ['Project', null],
    ['Project health', 'rag'],
    ['Health', null], // a group ("Health | Police | Education") unless colour words are under it: see the board export tests
    ['Risk area', 'objective'],
    ['Cabinet Member response', 'status'],
    // a task list exported from SharePoint or Planner
    ['Title', 'action'],
    ['Assigned To', 'lead'],
    ['Task Status', 'status'], // not the task: "Task" alone is the action
    // an inspection improvement plan's "Ref: | Action: | Achievements:"
    ['Achievements:', 'status'],
    // a highlight report's milestone table
    ['Baseline date', 'timescale'],
    ['Forecast date', 'revised'],
    // a question header that says for when
    ['What will we prioritise in the next two years:', 'action'],
    // the reply of the body named ("Oxfam response", as a charity's workplan heads it)
    ['Oxfam response', 'status'],
    ['Trust responses', 'status'],
    ['Milestones', 'timescale'],
    ['Dates', 'timescale'], // over "Start | End": the end is read
    ['Key milestones', 'timescale'],
    // programme trackers and risk logs
    ['Key tasks', 'action'],
    ['Deliverable', 'action'],
    ['Mitigating actions', 'action'],
    ['Workstream', 'objective'],
    ['Risk / Issue', 'objective'],
    ['Due by', 'timescale'],
    ['How we will know', 'outcome'],
    ['Measures of success', 'outcome'],
    // more of the words other boards' trackers use (programme trackers, SCR and audit action plans)
    ['Narrative', 'status'],
    ['Progress commentary', 'status'],
    ['Summary of progress', 'status'],
    ['Progress RAG', 'rag'],
    ['Delivery RAG', 'rag'],
    ['KPI', 'outcome'],
    ['Key performance indicators', 'outcome'],
    ['Outcome measures', 'outcome'],
    ['Agency', 'lead'],
    ['Responsible agency', 'lead'],
    ['Senior responsible officer', 'lead'],
    // a council's corporate plan monitoring ("Steps | Lead Member | Lead Directorate | Q1 | Q2")
    ['Steps', 'action'],
    ['Key steps', 'action'],
    // a programme office's portfolio, in the government major projects portfolio's words
    ['SRO', 'lead'],
    ['Senior Responsible Owner', 'lead'],
    ['DCA', 'rag'],
    ['Delivery Confidence Assessment Q3 2023/24', 'rag'], // the period it is for, however long the header
    [
      'Delivery Confidence Assessment Q3 2023/24 (a Delivery Confidence Assessment of the project at a fixed point in time, using a five-point scale; definitions below)',
      'rag',
    ], // a header explaining itself in brackets: the words before them
    ['Commentary on actions planned or taken on the DCA', 'status'], // on what
    ['Project - End Date (Latest Approved End Date)', 'timescale'], // what it is the end date of, before a dash
    ['Officer', 'lead'], // who is accountable
    ['Sponsor', 'lead'],
    ['Officer responsible', 'lead'],
    ['Lead member', 'lead'],
    ['Agency response', 'status'], // the agency's reply (a recommendation tracker), not its name
    ['Target completion', 'timescale'],
    ['Expected completion date', 'timescale'],
    ['Delivery date', 'timescale'],
    ['Planned end date', 'timescale'],
    ['Date to be completed by', 'timescale'],
    ['Date to be achieved by', 'timescale'],
    ['Date to be evidenced by', 'timescale'],
    ['Date to be implemented by', 'timescale'],
    ['To be achieved by', 'timescale'],
    ['Achieve by', 'timescale'],
    ['Implement by', 'timescale'],
    // a date column's words after the word saying which of its dates it is
    ['Original Agreed Implementation Date', 'timescale'],
    ['Original target', 'timescale'],
    ['Revised Implementation Date', 'revised'],
    ['New completion date', 'revised'],
    // a word broken by a hyphen typed where a line once ended
    ['Revised Implemen-tation Date', 'revised'],
    ['Tar-get date', 'timescale'],
    // "Action ..." naming another role than the action
    ['Action date', 'timescale'],
    ['Action status', 'status'],
    ['Action progress', 'status'],
    ['Key objectives', 'objective'],
    // the second of two date columns ("Start | Completion")
    ['Completion', 'timescale'],
    ['End', 'timescale'],
    ['Finish', 'timescale'],
    ['Current RAG', 'rag'],
    ['Revised RAG', 'rag'], // the RAG as it now stands
    ['What action is needed?', 'action'],
    ['Key Deliverables', 'action'],
    ['Completion Date (Actual)', 'done'], // when it was done, not when it is due
    ['Complete (Y/N)', 'done'],
    ['Achieved (Y/P/N)', 'done'], // P: part done
    ['Achieved Y/N/P', 'done'],
    // asked with its answers in place of the question mark
    ['Complete Y/N', 'done'],
    ['Completed y/n', 'done'],
    ['Achieved (Yes/No)', 'done'],
    ['Implemented Y / N', 'done'],
    // a progress record's words beside its rating ("RAG rating | Explanation")
    ['Explanation', 'status'],
    // a number before each header ("1. What?", "2) How?")
    ['1. Action', 'action'],
    ['2) By when?', 'timescale'],
    ['(3) Lead officer', 'lead'],
    ['Description', 'action'],
    ['Improvement actions', 'action'],
    ['Next steps', 'action'],
    ['Commitments', 'action'],
    ['Standard', 'objective'], // an audit tracker's standard
    ['Lessons learnt', 'objective'], // a case review's learning
    ['Subgroup', 'lead'],
    // question headers boards use
    ['How are we doing?', 'status'],
    ['How well are we doing?', 'status'],
    ['Where are we now?', 'status'],
    ['What has been done?', 'status'],
    ['What have we done?', 'status'],
    ['Progress to date', 'status'],
    ['What progress has been made?', 'status'],
    ['What difference has it made?', 'outcome'],
    ['What difference will it make?', 'outcome'],
    ['How will we know?', 'outcome'],
    ['Who will do it?', 'lead'],
    ['Who is responsible?', 'lead'],
    ['When will it be done?', 'timescale'],
    ['What are we going to do?', 'action'],
    ['What will we do?', 'action'],
    ['How are we going to do it?', 'action'],
    ["What we said we'd do", 'action'], // a board's annual report
    ['What we said we’d do', 'action'],
    ['Quarterly Progress', 'status'],
    ['We will', 'action'], // a plan on a page: "Priority | We will | How we will know"
    // a strategy's lead-in over its actions
    ['Over the term of this plan, we will:', 'action'],
    // an annual report's look back: its verdict on each row
    ['How did we do?', 'status'],
    ['Did we achieve it?', 'status'],
    ['In 2024/25 we will', 'action'],
    ['The SAB will', 'action'],
    // what has been done so far, beside the action still required (a Prevent duty benchmarking plan)
    ['Work to date', 'status'],
    ['Work undertaken to date', 'status'],
    ['Activity to date', 'status'], // not the activity itself
    ['Guidance - summary of activity required', 'objective'], // the requirement of the guidance
    // an audit schedule: "Audit | Month planned | Month completed | Report to | Findings | Actions arising"
    ['Audit', 'action'],
    ['Month planned', 'timescale'],
    ['Planned date', 'timescale'],
    ['Date planned', 'timescale'],
    ['Target month', 'timescale'],
    ['Month completed', 'done'],
    ['Actions arising', 'action'],
    // a partnership's quarterly returns, one column a quarter
    ['Q1 Evaluation', 'status'],
    ['Q3 Review', 'status'],
    ['Further actions needed', 'left'], // what is still to come, beside "Progress so far"
    // the status the body answering the plan gives, beside its inspectorate's ("Force Status | HMICFRS Status")
    ['Force Status', 'status'],
    ['Agency status', 'status'], // not the lead agency
    ['District Update', 'status'], // the progress, named for the councils that write it
    ['Lead update', 'status'], // the lead's update, not the lead
    ['Revised finish', 'revised'], // a project tracker's "Start | Finish | Revised finish"
    ['Delivered?', 'done'], // a training calendar's run of a course, "Y" or "N"
    ['Planned next steps', 'left'], // read for a new date, as "Further actions needed" is
    ['Original timescale', 'timescale'], // beside "Revised timescale"
  ])('%j → %s', (text, role) => {
    expect(matchHeader(text)).toBe(role);
  });

  // headers as secretariats misspell them
  test.each([
    ['Timesacle', 'timescale'],
    ['Responsibilty', 'lead'],
    ['Staus', 'status'],
    ['Actoin', 'action'],
    ['Taget date', 'timescale'],
    ['Outcme', 'outcome'],
    // and as some write them
    ['Time-scale', 'timescale'],
    ['Completion by', 'timescale'],
  ])('misspelt or hyphenated %j → %s', (text, role) => {
    expect(matchHeader(text)).toBe(role);
  });

  test('a plan whose headers are misspelt is still found', () => {
    const l = readLayout({
      values: [
        ['Ref', 'Action', 'Responsibilty', 'Timesacle', 'Staus'],
        ['1', 'Audit', 'JC', 'March 2015', 'Delayed'],
      ],
    });
    expect(l.blocks[0].columns).toEqual({ ref: 0, action: 1, lead: 2, timescale: 3, status: 4 });
  });

  // words that look like the new status headers but name something else
  test.each([
    ['Response rate', null], // a measure, not the reply
    ['Funding agreed Y/N', null], // a yes-or-no question of another kind
    ['Y/N', null],
    ['Response time target', null],
    ['Initial response', null], // what kind of response, not whose
    ['Job title', null],
    ['Title page', null],
    ['Crisis response', null],
    ['Police response times', null],
    // a long cell with a bracket is data unless the words before the bracket name a role
    ['Review the threshold document with partners (as agreed at the Board in June; report back to the next meeting)', null],
    // (the bracket far into the cell: a sentence, not a header)
    ['Deliver the multi-agency training programme to all partners and schools (as in the training strategy 2023)', null],
    // a dash after a word or two that is no role's, then words that are none either
    ['Project - Sponsor Group', null],
    ['Steps taken to date', null], // what was done, not the steps to take
    ['Review - Lessons', null],
    ['Responsible officer', 'lead'],
    ['Action', 'action'],
    ['Actions required', 'action'],
    ['Exec Date', null], // when the Executive considered it
    ['Ofsted Para No', null],
    ['Monitoring and Evaluation', null],
    ['Risk', null], // a rating (High/Medium/Low) beside the objective, not the risk log's risk
    ['Risk rating', null],
    ['Start date', null], // when the work begins, not when it is due
    // who is to do it, not by when
    ['To be actioned by', null],
    ['Implemented by', null],
    ['Phone number', null], // a number, not the row's
    ['What we did well', null], // a finding, not the progress
    ['Review', null], // a review of the action is no update
    ['Completion rate', null], // how many finished, not when
    ['Year group', null], // pupils' school year
    ['Financial year spend', null],
    ['Completed', null], // a status value a data row holds (asked as a question, "Completed?", it is a header)
    ['Closed', null],
    ['Done', null],
    ['Start', null],
    ['% completion', null], // how far it has got, not when
    ['KPI baseline', null],
    ['Initial RAG', null], // the rating the action started with, not its current one
    ['Standard deviation', null],
    ['Officer comments', null], // what the officer said, not who leads
    ['Sponsor update', null],
    ['Details of progress', null],
    ['1.1', null], // a reference, not a numbered header
    ['2. 2015 review', null],
    // questions that are not how the action is going: a review's findings, the board's aim
    ['What went well?', null],
    ['What worked well?', null],
    ['Where do we want to be?', null],
    ['What is the impact?', null],
    // words of an audit schedule's headers that name something else
    ['Audit date', null], // when it was audited
    ['Audit lead', 'lead'],
    ['Planned', null], // a status a data row holds ("Planned")
    ['Month', 'timescale'],
    ['Report to', null], // where the audit reports, not a deadline
    ['Q2 review date', null], // when the review is, not what it said
    ['Q3 review meeting', null],
  ])('%j → %s', (text, role) => {
    expect(matchHeader(text)).toBe(role);
  });
});

describe('table shapes', () => {
  test('a plan whose headers all read like questions is found', () => {
    const l = readLayout({
      values: [
        ['What?', 'How?', 'Who?', 'By when?', 'How will we know?'],
        ['Fewer repeat referrals', 'Audit repeat referrals', 'QA sub-group', 'Dec 15', 'Audit report to Board'],
      ],
    });
    expect(l.found).toBe(true);
    expect(l.blocks[0].columns).toEqual({ objective: 0, action: 1, lead: 2, timescale: 3, outcome: 4 });
  });

  describe('"What" is the action when no column names one', () => {
    test('"# | What | Who | When | How are we doing?": What is the action, "How are we doing?" the status', () => {
      const a = assessGrid(
        {
          values: [
            ['#', 'What', 'Who', 'When', 'How are we doing?'],
            [1, 'Review the neglect strategy', 'JS', 'March 2015', 'On track'],
            [2, 'Launch the toolkit', 'AB', 'Dec 2014', 'Complete'],
          ],
        },
        { asOf: '2015-01-21' },
      );
      expect(a.layout.blocks[0].columns).toEqual({ ref: 0, action: 1, lead: 2, timescale: 3, status: 4 });
      expect(a.rows.map((r) => [r.ref, r.action, r.objective, r.status, r.state])).toEqual([
        ['1', 'Review the neglect strategy', '', 'On track', 'green'],
        ['2', 'Launch the toolkit', '', 'Complete', 'complete'],
      ]);
    });
    test('beside an objective column ("Priority | What | Who | When") What is the action and the priority the objective', () => {
      const l = readLayout({
        values: [
          ['Priority', 'What?', 'Who?', 'When?'],
          ['Neglect', 'Review the neglect strategy', 'JS', 'March 2015'],
        ],
      });
      expect(l.blocks[0].columns).toEqual({ objective: 0, action: 1, lead: 2, timescale: 3 });
    });
    test('beside "How?" (the action) What is the objective, as before', () => {
      const l = readLayout({
        values: [
          ['What?', 'How?', 'Who?', 'By when?', 'Where are we now?'],
          ['Fewer repeat referrals', 'Audit repeat referrals', 'QA sub-group', 'Dec 15', 'Audit under way'],
        ],
      });
      expect(l.blocks[0].columns).toEqual({ objective: 0, action: 1, lead: 2, timescale: 3, status: 4 });
    });
    test('beside an action column What is the objective', () => {
      const l = readLayout({
        values: [
          ['What', 'Action', 'Lead', 'Timescale'],
          ['Fewer repeat referrals', 'Audit repeat referrals', 'QA sub-group', 'Dec 15'],
        ],
      });
      expect(l.blocks[0].columns).toEqual({ objective: 0, action: 1, lead: 2, timescale: 3 });
    });
  });

  describe('a "Priority" column of ratings is how urgent the action is, not its objective', () => {
    const objectiveColumn = (priorities: string[]) =>
      readLayout({
        values: [
          ['Ref', 'Action', 'Priority', 'Lead', 'Due date', 'Status'],
          ...priorities.map((p, i) => [`${i + 1}`, `Action ${i}`, p, 'QA group', 'March 2015', 'In progress']),
        ],
      }).blocks[0].columns.objective;
    test.each([
      [['High', 'Medium', 'Low']],
      [['H', 'M', 'L', 'H']],
      [['Critical', 'High', 'high']],
      // a SharePoint list's or Planner's export
      [['(1) High', '(2) Normal', '(3) Low']],
    ])('%j: no objective column', (priorities) => {
      expect(objectiveColumn(priorities)).toBeUndefined();
    });

    describe('negative cases', () => {
      test.each([
        [['Early help', 'Neglect', 'Child sexual exploitation'], 'themes'],
        [['1', '2', '3'], 'numbers: the priority a theme is numbered by'],
        [['High', 'Early help', 'Neglect'], 'mostly themes'],
        [['(1) Early help', '(2) Neglect', '(3) Exploitation'], 'numbered themes'],
      ])('%j is the objective column (%s)', (priorities) => {
        expect(objectiveColumn(priorities)).toBe(2);
      });
    });
  });

  describe('an "Outcome" column that says where each action stands is read after the status', () => {
    const statusOf = (outcomes: string[]) =>
      assessGrid(
        {
          values: [
            ['Action', 'By whom', 'Timescale', 'Progress', 'Outcome'],
            ...outcomes.map((o, i) => [`Action ${i}`, 'HR', 'April 2006', 'Post advertised', o]),
          ],
        },
        { asOf: '2006-06-30' },
      ).rows.map((r) => r.reasons[0]);
    test('"Achieved", "Ongoing", "Delayed ...": where the actions stand', () => {
      expect(statusOf(['Ongoing', 'Achieved', 'Not yet achieved', 'Delayed – appointment expected December 2006'])).toEqual([
        'past due (30 Apr 2006) and the status does not say complete',
        '"Achieved" says it was done',
        'past due (30 Apr 2006) and status says "Not yet achieved"',
        'status says "Delayed"',
      ]);
    });

    // an annual report reviewing last year's priorities: "Achieved", "Partially achieved", "Not achieved"
    test('"Partially achieved" says where an action stands too', () => {
      expect(statusOf(['Achieved', 'Partially achieved', 'Partially achieved', 'Achieved', 'Not achieved'])[0]).toBe('"Achieved" says it was done');
    });

    describe('negative cases', () => {
      test('what the actions are for is not read as their progress', () => {
        const reasons = statusOf(['Staff are safely recruited', 'Achieved', 'Children are heard', 'Families know where to go']);
        expect(reasons[1]).toBe('past due (30 Apr 2006) and the status does not say complete');
      });
    });
  });

  describe('an action merged down over its milestones: each line with a date or rating of its own is a row', () => {
    const rowsOf = (lines: Array<Array<string | null>>) =>
      readLayout({
        values: [['Ref', 'Action', 'Milestones', 'Timescale', 'RAG'], ['1.1', 'Give clear leadership', 'Training delivered', 'Oct 12', 'G'], ...lines],
        merges: [
          { top: 1, left: 0, bottom: lines.length + 1, right: 0 },
          { top: 1, left: 1, bottom: lines.length + 1, right: 1 },
        ],
      }).rows.map((r) => [r.row, r.ref, r.cells.action?.text]);
    test('milestones with their own dates', () => {
      expect(
        rowsOf([
          [null, null, 'Champions Board set up', 'April 13', null],
          [null, null, 'Awards agreed', null, 'A'],
        ]),
      ).toEqual([
        [1, '1.1', 'Give clear leadership'],
        [2, null, 'Give clear leadership'],
        [3, null, 'Give clear leadership'],
      ]);
    });

    describe('negative cases', () => {
      test('a line under it with neither a date nor a rating of its own continues it', () => {
        expect(rowsOf([[null, null, 'and the awards', null, null]])).toEqual([[1, '1.1', 'Give clear leadership']]);
      });
    });
  });

  describe('a title in one cell over the header repeated under it is a section, not an action', () => {
    const HEADER = ['Key action', 'Lead', 'Timescale', 'Notes'];
    const layoutOf = (values: Array<Array<string | null>>) => readLayout({ values });
    test('"2. Leadership" over the repeated header', () => {
      const l = layoutOf([
        ['1. Engagement', null, null, null],
        HEADER,
        ['1.1 Promote events', 'WCAVA', 'Ongoing', 'Promoted'],
        ['2. Leadership', null, null, null],
        HEADER,
        ['2.1 Refresh the webpage', 'Prevent Officer', 'Weekly', 'Refreshed'],
      ]);
      expect(l.rows.map((r) => r.ref)).toEqual(['1.1', '2.1']);
      expect(l.sections.map((s) => s.title)).toEqual(['Engagement', 'Leadership']);
    });

    // a children's centre plan: each priority's own block of cells ("Priority 2: ... | the priority | Priority Target:
    // ... | the managers") over the header repeated for it
    test('a priority\'s block of cells opening "Priority 2:" over the repeated header', () => {
      const l = layoutOf([
        HEADER,
        ['1.1 Promote events', 'WCAVA', 'Ongoing', 'Promoted'],
        ['Priority 2: Leadership', 'To strengthen leadership', 'Priority Target: all staff supervised', 'CCNM'],
        HEADER,
        ['2.1 Refresh the webpage', 'Prevent Officer', 'Weekly', 'Refreshed'],
      ]);
      expect(l.rows.map((r) => r.ref)).toEqual(['1.1', '2.1']);
      expect(l.sections.map((s) => s.title)).toEqual(['Priority 2: Leadership']);
    });

    describe('negative cases', () => {
      test('a row opening "Priority 2:" with no header under it is an action under that priority', () => {
        const l = layoutOf([
          HEADER,
          ['1.1 Promote events', 'WCAVA', 'Ongoing', 'Promoted'],
          ['Priority 2: Refresh the webpage', 'Prevent Officer', 'Weekly', 'Refreshed'],
          ['2.2 Audit', 'KL', 'March 2015', 'Begun'],
        ]);
        expect(l.rows).toHaveLength(3);
      });
      test('a one-cell action row with no header under it stays an action', () => {
        const l = layoutOf([
          HEADER,
          ['1.1 Promote events', 'WCAVA', 'Ongoing', 'Promoted'],
          ['1.2 Refresh the webpage', null, null, null],
          ['1.3 Audit', 'KL', 'March 2015', 'Begun'],
        ]);
        expect(l.rows.map((r) => r.ref)).toEqual(['1.1', '1.2', '1.3']);
      });
    });
  });

  describe('a "Target" column of figures beside a "Review date" (a QA exceptions list, a scorecard)', () => {
    const sheet = (targets: Array<string | number>, formats: string | null) => ({
      values: [
        ['Ref', 'Indicator', 'Target', 'Action', 'Owner', 'Review date', 'Progress'],
        ...targets.map((t, i) => [`E0${i + 1}`, 'Indicator', t, 'Recover the figure', 'Head of service', 'March 2016', 'In hand.']),
      ],
      ...(formats ? { numberFormats: [[], ...targets.map(() => [null, null, formats])] } : {}),
    });
    test('the figures are the target, and the review date the timescale', () => {
      const a = assessGrid(sheet(['90%', '85%', '≥ 95%'], null), { asOf: '2016-01-21' });
      expect(a.rows.map((r) => r.timescale.due)).toEqual(['2016-03-31', '2016-03-31', '2016-03-31']);
      const formatted = assessGrid(sheet([0.9, 0.85, 0.95], '0%'), { asOf: '2016-01-21' });
      expect(formatted.rows.map((r) => r.timescale.due)).toEqual(['2016-03-31', '2016-03-31', '2016-03-31']);
    });
    describe('negative cases', () => {
      test('a "Target" column of dates stays the timescale', () => {
        const a = assessGrid(sheet(['December 2015', 'January 2016', 'February 2016'], null), { asOf: '2016-01-21' });
        expect(a.rows.map((r) => r.timescale.due)).toEqual(['2015-12-31', '2016-01-31', '2016-02-29']);
      });
    });
  });

  describe('an internal audit tracker: "Audit" before its recommendations is the audit they came from', () => {
    const tracker = (headers: string[], rows: string[][]) =>
      assessGrid({ values: [['Internal Audit – outstanding recommendations', null, null, null, null, null, null], headers, ...rows] }, { asOf: '2024-07-23' });
    test('with a management response, that is the action agreed and "Latest update" the status', () => {
      const a = tracker(
        ['Audit', 'Recommendation', 'Management response', 'Responsible officer', 'Due date', 'Latest update'],
        [
          [
            'DBS checks 2023/24',
            'Renew every DBS check every 3 years',
            'Agreed. HR to run a monthly exception report.',
            'Head of HR',
            '31/03/2024',
            'Report in place; 12 renewals outstanding',
          ],
          ['DBS checks 2023/24', 'Cabinet to approve the policy', 'Agreed', 'Safeguarding Lead', '31/03/2024', 'Approved by Cabinet 12 March 2024.'],
        ],
      );
      expect(a.rows.map((r) => [r.objective, r.action, r.state])).toEqual([
        ['Renew every DBS check every 3 years', 'Agreed. HR to run a monthly exception report.', 'amber'],
        ['Cabinet to approve the policy', 'Agreed', 'complete'],
      ]);
    });
    test('with none, the recommendation is the action and the audit its objective', () => {
      const a = tracker(
        ['Audit title', 'Recommendations', 'Owner', 'Due date', 'Status'],
        [
          ['DBS checks 2023/24', 'Renew every DBS check every 3 years', 'Head of HR', '31/03/2024', '12 renewals outstanding'],
          ['DBS checks 2023/24', 'Cabinet to approve the policy', 'Safeguarding Lead', '31/03/2024', 'Approved by Cabinet 12 March 2024.'],
        ],
      );
      expect(a.rows.map((r) => [r.objective, r.action, r.state])).toEqual([
        ['DBS checks 2023/24', 'Renew every DBS check every 3 years', 'amber'],
        ['DBS checks 2023/24', 'Cabinet to approve the policy', 'complete'],
      ]);
    });
    describe('negative cases', () => {
      test('a schedule of audits ("Audit | Month planned | Month completed"): each audit is the work', () => {
        const a = tracker(
          ['Audit', 'Lead', 'Month planned', 'Month completed', 'Status'],
          [['Missing children audit', 'QA group', 'June 2024', 'June 2024', 'Complete']],
        );
        expect(a.rows.map((r) => [r.action, r.state])).toEqual([['Missing children audit', 'complete']]);
      });
      test('beside an "Action" column, the action stays the action', () => {
        const a = tracker(
          ['Audit', 'Recommendation', 'Action', 'Owner', 'Due date', 'Status'],
          [['DBS checks', 'Renew every DBS check every 3 years', 'Monthly exception report', 'Head of HR', '31/03/2024', 'In place']],
        );
        expect(a.rows.map((r) => [r.objective, r.action])).toEqual([['Renew every DBS check every 3 years', 'Monthly exception report']]);
      });
    });
  });

  describe('a work plan of documents to review ("Chapter / procedure | Lead | Review date | Status")', () => {
    const plan = (headers: string[]) =>
      assessGrid(
        {
          values: [
            ['Editorial Board Work Plan 2017/18', null, null, null, null],
            headers,
            ['1', 'Ch 7 Managing allegations against staff', 'LADO network chair', 'March 2017', 'Complete'],
            ['2', 'Youth produced sexual imagery', 'Education rep', 'November 2017', 'Not started'],
            ['3', 'Children of prisoners', 'Probation rep', 'July 2018', 'Not started'],
          ],
        },
        { asOf: '2018-01-24' },
      );
    test.each([
      [['No.', 'Chapter / procedure', 'Lead', 'Review date', 'Status']],
      [['No.', 'Policy / Procedure', 'Lead', 'Review date', 'Status']],
      [['No.', 'Document title', 'Lead', 'Next review date', 'Status']],
      [['No.', 'Policy', 'Owner', 'Review by', 'Status']],
    ])('%j: each document is an action, due its review date', (headers) => {
      const a = plan(headers);
      expect(a.rows.map((r) => [r.ref, r.state, r.timescale.due])).toEqual([
        ['1', 'complete', '2017-03-31'],
        ['2', 'red', '2017-11-30'],
        ['3', 'none', '2018-07-31'],
      ]);
    });
    describe('negative cases', () => {
      test('beside an "Action" column, "Policy" is not the action', () => {
        const a = assessGrid(
          {
            values: [
              ['Ref', 'Policy', 'Action', 'Lead', 'Timescale', 'Status'],
              ['1', 'Missing children', 'Rewrite the protocol', 'Chair', 'March 2018', 'Not started'],
            ],
          },
          { asOf: '2018-01-24' },
        );
        expect(a.rows.map((r) => r.action)).toEqual(['Rewrite the protocol']);
      });
      test('a date column of its own is the timescale, not the review date', () => {
        const a = plan(['No.', 'Chapter / procedure', 'Lead', 'Target date', 'Status']);
        expect(a.rows.map((r) => r.timescale.due)).toEqual(['2017-03-31', '2017-11-30', '2018-07-31']);
        const both = assessGrid(
          {
            values: [
              ['No.', 'Procedure', 'Lead', 'Target date', 'Review date', 'Status'],
              ['1', 'Ch 7 Managing allegations', 'Chair', 'March 2018', 'June 2018', 'In progress'],
            ],
          },
          { asOf: '2018-01-24' },
        );
        expect(both.rows.map((r) => r.timescale.due)).toEqual(['2018-03-31']);
      });
      test('in an action plan, "Review date" beside the action is not its due date', () => {
        const a = plan(['No.', 'Action', 'Lead', 'Review date', 'Status']);
        expect(a.rows.map((r) => r.timescale.due)).toEqual([null, null, null]);
      });
    });
  });

  describe('two ref columns either side of the recommendation ("No. | Recommendation | Ref | Action")', () => {
    // a youth organisation's response to a learning review: the recommendation's number merged over its actions
    const values = [
      ['No.', 'Recommendation', 'Ref', 'Action', 'Responsibility', 'Timeframe', 'Progress to date', 'Status'],
      ['1', 'Adopt a safeguarding policy', '1.1', 'Draft the policy', 'CEO', 'Q3 2020', 'Drafted', 'In progress'],
      [null, null, '1.2', 'Adopt the policy', 'Board', 'Q4 2020', '', 'Not yet commenced'],
      ['2', 'Train the volunteers', '2.1', 'Run the training', 'Training lead', 'Q3 2020', 'Done', 'Complete'],
    ];
    test("the one between the recommendation and the action is the action's own", () => {
      expect(assessGrid({ values }, { asOf: '2020-11-30' }).rows.map((r) => r.ref)).toEqual(['1.1', '1.2', '2.1']);
    });
    test('one ref column keeps its place, wherever it stands', () => {
      const one = values.map((row) => [row[0], row[1], row[3], row[4], row[5], row[6], row[7]]);
      expect(assessGrid({ values: one }, { asOf: '2020-11-30' }).rows.map((r) => r.ref)).toEqual(['1', null, '2']);
    });
    test("a recommendation with no action ref of its own is keyed by the recommendation's number", () => {
      const withLone = [...values, ['3', 'Publish the plan', null, 'Publish it on the website', 'CEO', 'Q3 2020', 'Published', 'Complete']];
      expect(assessGrid({ values: withLone }, { asOf: '2020-11-30' }).rows.map((r) => r.ref)).toEqual(['1.1', '1.2', '2.1', '3']);
    });
  });

  describe('parts of a recommendation numbered under the action header merged over two ("Rec No. | Recomendation | Sub recommendation/")', () => {
    // a police force's plan against a super-complaint: the recommendation opens with its deadline, its parts numbered
    // in the first column under the merged "Sub recommendation/" and worded in the second
    const values = [
      ['Rec No.', 'Recomendation', 'Sub recommendation/', null, 'Rec. Owner', 'March 2026 update'],
      ['1', 'By 22/11/24, publish an action plan on the force website.', null, null, 'Chief Constables', 'Published November 2024.'],
      ['7', 'By 27/03/25, seek changes to crime recording systems.', '7.1', 'Put processes in place so the capability is used.', 'Chief Constables', ''],
      [null, null, '7.2', 'Put interim measures in place meanwhile.', 'Chief Constables', 'Interim process in place.'],
      ['10', 'By 27/03/25, review training.', '10.1', 'Review and update the training.', 'Chief Constables', 'Package launched May 2025.'],
    ];
    const merges = [{ top: 0, left: 2, bottom: 0, right: 3 }];
    test("the parts' numbers are the refs, the words beside them the actions; a recommendation with no parts is keyed by its number", () => {
      const l = readLayout({ values, merges });
      expect([l.blocks[0].columns.ref, l.blocks[0].columns.action, l.blocks[0].columns.lead]).toEqual([2, 3, 4]);
      expect(l.rows.map((r) => r.ref)).toEqual(['1', '7.1', '7.2', '10.1']);
    });
    test('with no timescale column, the deadline opening the recommendation is the due date of its parts', () => {
      const rows = assessGrid({ values, merges }, { asOf: '2026-03-31' }).rows;
      expect(rows.map((r) => [r.ref, r.timescale.due, r.state])).toEqual([
        ['1', '2024-11-22', 'complete'],
        ['7.1', '2025-03-27', 'red'],
        ['7.2', '2025-03-27', 'complete'],
        ['10.1', '2025-03-27', 'complete'],
      ]);
      expect(rows[1].reasons.join(' / ')).toContain('due date read from the objective ("27/03/25")');
    });
    // negative case: with no merged header over the parts, the codes column is the action column as headed
    test('no header merged over the two columns: read as headed', () => {
      expect(readLayout({ values }).blocks[0].columns.ref).toBe(0);
    });
  });

  describe('a ref column left without a header, its codes numbering projects and their milestones', () => {
    const plan = {
      values: [
        [null, 'Action', 'Owner', 'Current Status', 'Current Commentary'],
        ['CC1', 'Accessible, high quality services', null, null, null],
        ['CC1.1', 'Transforming local government', 'Mike', null, null],
        ['C1.1.1', 'Governance in place by June 2008', 'Jerry', 'G', 'Agreed.'],
        ['C1.1.2', 'Themes agreed by July 2008', 'Jerry', 'A', null],
        ['CC3', 'Safer communities', null, null, null],
        ['CC3.1', 'Safeguarding children', 'Ann', null, null],
        ['C3.1.1', 'Protocol launched by December 2008', 'Ann', 'G', null],
      ],
    };
    test('is found by its codes; a row whose code numbers the rows under it, with no status of its own, heads them', () => {
      const l = readLayout(plan);
      expect(l.blocks[0].columns.ref).toBe(0);
      expect(l.rows.map((r) => r.ref)).toEqual(['C1.1.1', 'C1.1.2', 'C3.1.1']);
      expect(l.sections.map((s) => s.ref)).toEqual(['CC1', 'CC1.1', 'CC3', 'CC3.1']);
    });
    test("codes under the first column of a header merged over two are the ref, the words beside them the role's", () => {
      const merged = {
        values: [
          ['SCRUTINY RECOMMENDATION', null, "DIRECTOR'S RESPONSE AND ACTION PLAN", 'UPDATE NOTES', 'TIMESCALE'],
          ['R1', 'Explore a buddy project', 'Link made with the project', 'Ongoing', 'Ongoing'],
          ['R2', 'Open a social space', 'Online group set up', 'Paused', 'September 2020'],
          ['R3', 'Widen accommodation', 'Re-commission the framework', 'Contracts awarded', 'April 2020'],
        ],
        merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
      };
      const l = readLayout(merged);
      expect(l.blocks[0].columns).toMatchObject({ ref: 0, objective: 1, action: 2 });
      expect(l.rows.map((r) => r.ref)).toEqual(['R1', 'R2', 'R3']);
      // words under both columns: no ref taken out
      const words = { ...merged, values: merged.values.map((row, i) => (i === 0 ? row : [`Recommendation about ${i}`, ...row.slice(1)])) };
      expect(readLayout(words).blocks[0].columns.ref).toBeUndefined();
    });

    test('and when the merge came apart and the next header is blank: section rows between the codes are not counted', () => {
      const apart = {
        values: [
          ['Recommendations', null, 'Assessment (RAG)', 'Evidence'],
          ['Landlords’ leadership', null, null, null],
          ['ARR 1', 'Review your mission statement so it reflects your service', null, 'Strategic plan reviewed with customers'],
          ['ARR 2', 'Review at Board level whether the service is human-centric', null, 'Service design review planned'],
          ['Staff', null, null, null],
          ['ARR 8', 'Train staff in mental health awareness and vulnerability', null, 'MHFA trained staff in each team'],
        ],
      };
      const l = readLayout(apart);
      expect(l.blocks[0].columns).toMatchObject({ ref: 0, objective: 1, rag: 2, status: 3 });
      expect(l.rows.map((r) => r.ref)).toEqual(['ARR 1', 'ARR 2', 'ARR 8']);
      // a lone word in the ref column is a heading
      expect(l.sections.map((x) => x.title)).toEqual(['Landlords’ leadership', 'Staff']);
      // negative case: words, not codes, in the first column
      const words = { values: apart.values.map((row, i) => (i === 0 || row[1] === null ? row : [`Recommendation about ${i}`, ...row.slice(1)])) };
      expect(readLayout(words).blocks[0].columns.ref).toBeUndefined();
    });
    test('a rating said in brackets to be the RAG between a standard and its actions rates the standard: not read', () => {
      const standard = {
        values: [
          ['Standard', 'Self-assessment (RAG)', 'Ref', 'Action', 'Target date', 'Status'],
          ['1. Leadership', 'Green – fully met', '1.1', 'Refresh the safeguarding policy', 'March 2018', 'Complete'],
          [null, null, '1.2', 'Name a lead member', 'June 2018', 'Not started'],
        ],
      };
      expect(readLayout(standard).blocks[0].columns.rag).toBeUndefined();
      // after the actions it rates each action
      const after = { values: standard.values.map((row) => [row[0], row[2], row[3], row[4], row[5], row[1]]) };
      expect(readLayout(after).blocks[0].columns.rag).toBe(5);
    });
    test('a row with a status of its own over numbered rows stays an action', () => {
      const rated = { values: plan.values.map((row) => (row[0] === 'CC1.1' ? ['CC1.1', 'Transforming local government', 'Mike', 'A', 'Slipping.'] : row)) };
      expect(readLayout(rated).rows.map((r) => r.ref)).toEqual(['CC1.1', 'C1.1.1', 'C1.1.2', 'C3.1.1']);
    });
    test('a blank header over words, not codes, is no ref column', () => {
      const words = { values: plan.values.map((row, i) => (i === 0 ? row : [`Note ${i} about this`, ...row.slice(1)])) };
      expect(readLayout(words).blocks[0].columns.ref).toBeUndefined();
    });
  });

  describe('a RAG column left without a header', () => {
    const plan = (entries: Array<string | null>, header: string | null = null) => ({
      values: [
        ['Ref', 'Action', 'Lead', 'Target date', 'Update', header],
        ...entries.map((e, i) => [`1.${i + 1}`, `Action ${i + 1}`, 'JB', 'March 2015', 'Work continues', e]),
      ],
    });

    test("is found by its entries: a performance system's status icons as words are the rating in words", () => {
      const a = assessGrid(plan(['Completed', 'Overdue', 'Check Progress', 'In Progress']), { asOf: '2015-01-21' });
      expect(a.layout.blocks[0].columns.rag).toBe(5);
      expect(a.rows[0].state).toBe('complete');
      // two icon words with a sentence among them are not a column of them
      expect(readLayout(plan(['Completed', 'Overdue', 'See the minutes of the March board'])).blocks[0].columns.rag).toBeUndefined();
    });

    test('is found by its entries: G, A, R are the RAG', () => {
      const a = assessGrid(plan(['G', 'A', 'R', null]), { asOf: '2015-01-21' });
      expect(a.layout.blocks[0].columns.rag).toBe(5);
      expect(a.rows.map((r) => r.state)).toEqual(['green', 'amber', 'red', 'green']);
      expect(a.rows[2].ragSource).toBe('text');
    });

    test.each([
      ['Amber', 'Red/Amber', 'Green - on track'],
      ['R/A', 'A/G', 'G'],
    ])('words and two-tone entries: %j, %j, %j', (...entries) => {
      expect(readLayout(plan(entries)).blocks[0].columns.rag).toBe(5);
    });

    // negative cases, by reason
    test.each<[string, Array<string | null>]>([
      ['notes, not colours', ['See minutes', 'Agreed at Board', 'G']],
      ['one entry is not a column of them', ['G', null, null]],
      ['more than one entry in five is something else', ['G', 'A', 'Awaiting funding', 'R', 'Delayed']],
      ['an article opening a sentence is not a letter', ['A report was written', 'A survey went out', 'A review']],
    ])('%s: not the RAG column', (_reason, entries) => {
      expect(readLayout(plan(entries)).blocks[0].columns.rag).toBeUndefined();
    });

    test('a column under a merged header is not unlabelled', () => {
      const l = readLayout({
        values: [
          ['Ref', 'Action', 'Target date', 'Progress', null],
          ['1.1', 'Train staff', 'March 2015', 'G', 'A'],
          ['1.2', 'Audit files', 'March 2015', 'A', 'R'],
        ],
        merges: [{ top: 0, left: 3, bottom: 0, right: 4 }],
      });
      expect(l.blocks[0].columns.rag).toBeUndefined();
    });
  });

  /** The rows of a plan with update columns, assessed as of 15 January 2016. */
  const updateRows = (values: string[][]) => assessGrid({ values }, { asOf: '2016-01-15' }).rows;

  test('update columns: the latest filled-in one is the status, by the dates in their headers; earlier ones are history', () => {
    const [r1, r2, r3] = updateRows([
      ['Ref', 'Action', 'Target date', 'Update Sep 2015', 'Update Jun 2015', 'Update Dec 2015'],
      ['1', 'Train staff', 'Dec 15', 'Half trained', 'Not yet started', 'Complete – all trained'],
      ['2', 'Audit', 'Sep 15', 'Audit delayed', 'Scoping', ''],
      ['3', 'Report', 'Mar 16', '', '', ''],
    ]);
    expect([r1.state, r1.updateColumn, r1.status]).toEqual(['complete', 'Update Dec 2015', 'Complete – all trained']);
    expect(r1.updates.map((u) => u.header)).toEqual(['Update Jun 2015', 'Update Sep 2015', 'Update Dec 2015']);
    expect([r2.state, r2.updateColumn, r2.status]).toEqual(['amber', 'Update Sep 2015', 'Audit delayed']);
    expect([r3.state, r3.updateColumn]).toEqual(['none', null]);
  });

  test('an update column that only says "No change" gives way to the latest one before it that says more', () => {
    const [r1, r2, r3] = updateRows([
      ['Ref', 'Action', 'Target date', 'Update Jun 2015', 'Update Sep 2015', 'Update Dec 2015'],
      ['1', 'Audit', 'Mar 16', 'Delayed by IT', 'No change', ''],
      ['2', 'Policy', 'Mar 16', 'Complete', 'No change', 'As previous'],
      ['3', 'Training', 'Mar 16', 'No change', 'No change', ''],
    ]);
    expect([r1.state, r1.updateColumn, r1.reasons[0]]).toEqual(['amber', 'Update Jun 2015', '"Update Sep 2015" says no change: read "Update Jun 2015"']);
    expect([r2.state, r2.updateColumn, r2.reasons[0]]).toEqual(['complete', 'Update Jun 2015', '"Update Dec 2015" says no change: read "Update Jun 2015"']);
    // every update says no change: the latest is read, as it is
    expect([r3.updateColumn, r3.status]).toEqual(['Update Sep 2015', 'No change']);
    // the history keeps every update
    expect(r1.updates.map((u) => u.text)).toEqual(['Delayed by IT', 'No change']);
  });

  test('an update that points back to an earlier quarter ("As Q1", "No change from Q2 update") gives way to it', () => {
    const [r1, r2, r3] = updateRows([
      ['Ref', 'Action', 'Target date', 'Q1 update', 'Q2 update', 'Q3 update'],
      ['1', 'Audit', 'Mar 16', 'Not started – dependent on 2.1', 'As Q1', ''],
      ['2', 'Policy', 'Mar 16', 'Delayed by IT', 'Complete', 'No change from Q2 update'],
      // a quarter named in words that say more is an update of its own
      ['3', 'Training', 'Mar 16', 'Delayed by IT', 'As Q1 plan, 4 sessions held', ''],
    ]);
    expect([r1.updateColumn, r1.reasons[0]]).toEqual(['Q1 update', '"Q2 update" says no change: read "Q1 update"']);
    expect([r2.state, r2.updateColumn]).toEqual(['complete', 'Q2 update']);
    expect(r3.updateColumn).toBe('Q2 update');
  });

  test('update columns with no dates in their headers are read left to right', () => {
    const a = assessGrid(
      {
        values: [
          ['No', 'Action', 'Timescale', 'Q1 update', 'Q2 update', 'Q3 update'],
          ['1', 'Do', 'March 2016', 'Started', 'On track', ''],
        ],
      },
      { asOf: '2015-10-01' },
    );
    expect([a.rows[0].updateColumn, a.rows[0].status]).toEqual(['Q2 update', 'On track']);
  });

  // a review's action plan monitored at fixed times after it was agreed (the Dorset SCR fixture): each column names its
  // time since, so both are update columns, and the later one filled is the status
  test.each([
    ['Update at 6 months', 'Update at 12 months'],
    ['6-month update', '12-month update'],
    ['Progress after three months', 'Progress after six months'],
    ['Update at 4 weeks', 'Update at 8 weeks'],
  ])('update columns %j and %j (a time since the plan began) are a series, the later one read', (first, second) => {
    const a = assessGrid(
      {
        values: [
          ['No', 'Action', 'Target date', first, second],
          ['1', 'Re-issue the policy', 'August 2006', 'Policy drafted.', 'Policy re-issued in May; complete.'],
          ['2', 'Audit the records', 'March 2007', 'Audit tool agreed.', ''],
        ],
      },
      { asOf: '2007-07-31' },
    );
    expect([a.rows[0].updateColumn, a.rows[0].state]).toEqual([second, 'complete']);
    expect([a.rows[1].updateColumn, a.rows[1].status]).toEqual([first, 'Audit tool agreed.']);
  });

  describe('a column of row labels under an action header ("Action" over "Action 1", "Action 2") is the ref', () => {
    const labelled = (second: string) => ({
      values: [
        ['Action', 'RAG rating', 'Recommendation', second, 'Target completion date', 'Progress to date'],
        ['Action 1', 'Green - completed', 'Assessments must be decision specific', 'Amend the form', 'Nov 19', 'Form changed'],
        ['Action 2', 'Amber - in progress', 'Evidence the two stage test', 'Review the training', 'Mar 20', 'Under way'],
        ['Action 3', 'Red - not started', 'Record best interests views', 'Develop a checklist', 'Apr 20', ''],
        ['Action 10', 'Green - completed', 'Refer to an IMCA', 'Add a prompt', 'Nov 19', 'Done'],
      ],
    });
    test('beside a column "Actions to be taken", the labels are the ref and the other column the action', () => {
      const l = readLayout(labelled('Actions to be taken'));
      expect(l.blocks[0].columns).toMatchObject({ ref: 0, action: 3, objective: 2 });
      expect(l.rows.map((r) => r.ref)).toEqual(['Action 1', 'Action 2', 'Action 3', 'Action 10']);
    });
    test('negative case: with no other action header, the labels stay the action, and "Action 10" is not keyed "1"', () => {
      const l = readLayout(labelled('Evidence to be provided'));
      expect(l.blocks[0].columns.action).toBe(0);
      expect(l.rows.map((r) => r.ref)).not.toContain('1');
    });
    test('"Red - not started" in the RAG cell, before its date, is not started (none), as a key saying so would make it', () => {
      const a = assessGrid(labelled('Actions to be taken'), { asOf: '2020-03-06' });
      expect(a.rows.find((r) => r.ref === 'Action 3')?.state).toBe('none');
      // negative case: once past its date it is red
      expect(assessGrid(labelled('Actions to be taken'), { asOf: '2020-05-06' }).rows.find((r) => r.ref === 'Action 3')?.state).toBe('red');
    });
  });

  describe('an objective column holding only codes on the action rows is the ref column', () => {
    // the CPSU standards plan: "Standard" over "1.1", "1.2", the standards themselves as section rows across the table
    const layoutOf = (first: string[]) =>
      readLayout({
        values: [
          ['Standard', 'Action required', 'Lead', 'Target date'],
          ['Standard 1: Policy and procedures', null, null, null],
          [first[0], 'Publish the policy', 'CEO', 'March 2019'],
          [first[1], 'Name a lead officer', 'Chair', 'June 2019'],
          ['Standard 2: Operating systems', null, null, null],
          [first[2], 'Set up the case panel', 'Lead officer', 'Sept 2019'],
          [first[3], 'Record every concern', 'Lead officer', 'Quarterly'],
        ],
      });
    test('codes ("1.1", "2.2") under "Standard": the refs, the rows keyed by them', () => {
      const l = layoutOf(['1.1', '1.2', '2.1', '2.2']);
      expect([l.blocks[0].columns.ref, l.blocks[0].columns.objective]).toEqual([0, undefined]);
      expect(l.rows.map((r) => r.ref)).toEqual(['1.1', '1.2', '2.1', '2.2']);
    });
    // a compliance plan's codes named for what they number ("Standard 3.1", as HIQA's plans write them)
    test('codes named "Standard 3.1": the refs', () => {
      const l = layoutOf(['Standard 1.1', 'Standard 1.2', 'Standard 2.1', 'Standard 2.2']);
      expect(l.rows.map((r) => r.ref)).toEqual(['Standard 1.1', 'Standard 1.2', 'Standard 2.1', 'Standard 2.2']);
    });
    // negative cases, by reason
    test('words in the column: it is the objective', () => {
      const l = layoutOf(['Safe recruitment', 'Safe recruitment', 'Reporting', 'Reporting']);
      expect([l.blocks[0].columns.ref, l.blocks[0].columns.objective]).toEqual([undefined, 0]);
    });
    test('a standard named in words ("Standard 3: Safe recruitment"): the objective', () => {
      const l = layoutOf(['Standard 1: Policy', 'Standard 1: Policy', 'Standard 2: Systems', 'Standard 2: Systems']);
      expect([l.blocks[0].columns.ref, l.blocks[0].columns.objective]).toEqual([undefined, 0]);
    });
    test('only two codes: too few to say', () => {
      const l = layoutOf(['1.1', '1.2', 'Reporting', '']);
      expect(l.blocks[0].columns.objective).toBe(0);
    });
    test("no action column: the column is where the rows' words are found, and stays the objective", () => {
      const l = readLayout({
        values: [
          ['Priority number', 'Outcome measure', 'Timescale', 'Progress to date'],
          ['1', 'Articles published', 'March 2025', 'Done'],
          ['2', 'Carers surveyed', 'June 2025', 'Under way'],
          ['3', 'Forum set up', 'May 2025', ''],
        ],
      });
      expect(l.blocks[0].columns.ref).toBeUndefined();
    });
  });

  // an Ombudsman learning log: the Ombudsman's span for each remedy beside the council's own target date
  // a health and wellbeing board's exception report: a Y / N answer, and commentary only where the answer is N
  describe('"On track? (Y/N)" is the rating: Y on track, N the exception the lead reports', () => {
    const rated = (header: string, answers: string[]) =>
      assessGrid(
        {
          values: [
            ['Action', 'Owning partnership / sub group', 'Timescale', header, 'Exception commentary'],
            ['Roll out the Family Hubs model', 'CYP Partnership', 'Sept 2024', answers[0], null],
            ['Raise take-up of funded childcare', 'Early Years', 'March 2024', answers[1], 'Take-up at 71% against 80%.'],
            ['Map the community assets', 'Public Health', 'Q3 2023/24', answers[2], 'Complete – map published.'],
          ],
        },
        { asOf: '2024-03-05' },
      ).rows.map((r) => r.state);
    test.each(['On track? (Y/N)', 'On track?', 'On track (Y/N)'])('%j: Y green, N amber, the commentary read beside them', (header) =>
      expect(rated(header, ['Y', 'N', 'Y'])).toEqual(['green', 'amber', 'complete']),
    );
    test('"Yes" and "No" too', () => expect(rated('On track?', ['Yes', 'No', 'Yes'])).toEqual(['green', 'amber', 'complete']));
    // negative case: the same letters under a RAG header that asks nothing say no colour ("N" is no exception there)
    test('Y / N under "RAG": not read as a rating', () => expect(rated('RAG', ['Y', 'N', 'Y'])[1]).toBe('green'));
  });

  describe('two timescale columns, one of spans and one of dates: the dates are the deadline', () => {
    const values = (spans: string[]) => [
      ['Ref', 'Action', 'Timescale set by LGSCO', 'Target date', 'Update', 'Status'],
      ['23 014 562', 'Apologise and pay £300', spans[0], '12/05/2024', 'Letter and payment sent.', 'Complied'],
      ['23 016 204', 'Review the care plan', spans[1], '05/09/2024', 'LGSCO agreed an extension to 31/01/2025.', 'Extension agreed'],
      ['24 004 466', 'Train the team', spans[2], '08/02/2025', 'Sessions booked.', 'On track'],
    ];
    test('"1 month", "3 months": the target dates are read', () => {
      const l = readLayout({ values: values(['1 month', '3 months', 'Within 6 months']) });
      expect(l.blocks[0].columns.timescale).toBe(3);
      const rows = assessGrid({ values: values(['1 month', '3 months', 'Within 6 months']) }, { asOf: '2025-01-10' }).rows;
      expect(rows.map((r) => [r.state, r.timescale.due])).toEqual([
        ['complete', '2024-05-12'], // "Complied": the remedy carried out
        ['amber', '2025-01-31'], // the extension the Ombudsman agreed moves the date
        ['green', '2025-02-08'],
      ]);
    });
    // negative case: the first column holds dates too, not spans: the header's rank decides, as before
    test('both columns of dates: read as ranked', () => {
      expect(readLayout({ values: values(['May 2024', 'Sept 2024', 'Feb 2025']) }).blocks[0].columns.timescale).toBe(2);
    });
  });

  describe('a table with no ref column: the number a recommendation or action opens with is its ref', () => {
    const refOf = (text: string, header = 'Recommendation') =>
      readLayout({
        values: [
          [header, 'Action', 'Lead', 'Target date'],
          [text, 'Do it', 'JS', 'March 2015'],
          ['Other', 'Do more', 'AB', 'May 2015'],
        ],
      }).rows[0].ref;

    test.each([
      ['1. Agencies should review their DV policies', '1'],
      ['3) Train staff in coercive control', '3'],
      ['Recommendation 3: GPs to record concerns', '3'],
      ['Rec 2 - Audit GP records', '2'],
      ['2.1 Review the toolkit', '2.1'],
      ['12a. Sub-recommendation', '12a'],
      ['Action 5: publish the guide', '5'],
      // the number run into its first word, as a plan pasted from Word keeps it
      ['1.Providing a range of training for frontline staff', '1'],
      ['14.Reducing the impact of fuel poverty', '14'],
    ])('%j → %j', (text, ref) => expect(refOf(text)).toBe(ref));

    // negative cases, by reason
    test.each([
      ['a count opening the words', '24 hour helpline established'],
      ['a count opening the words', '3 agencies to sign up'],
      ['a year', '2015/16 plan agreed'],
      ['no number', 'Review the policy'],
      ['a stop and a single letter (no word)', '1.e. refresh the policy'],
    ])('%s: %j has no ref', (_reason, text) => expect(refOf(text)).toBeNull());

    test.each([
      ['1. Strengthen management oversight', 'a) Introduce supervision audits', '1a'],
      ['Recommendation 2: Improve ICPC timeliness', '(b) Track S47 outcomes weekly', '2b'],
      ['3. Listen to children', '(ii) Survey children in care', '3(ii)'],
      ['3. Listen to children', 'i. Survey children in care', '3(i)'],
      // the action numbered under the recommendation's number: the action's own
      ['1. Police to share notifications', '1.1 Review the sharing process', '1.1'],
      ['Recommendation 4: Practice guidance', '4.2 Issue a seven-minute briefing', '4.2'],
      // negative cases: no number to put the letter with, or no letter; an action numbered under another number
      ['Strengthen management oversight', 'a) Introduce supervision audits', null],
      ['1. Strengthen management oversight', 'A review of supervision', '1'],
      ['1. Strengthen management oversight', '2.1 Review supervision', '1'],
    ])('%j | %j → %j (a lettered action under a numbered recommendation)', (objective, action, ref) => {
      const l = readLayout({
        values: [
          ['Area for improvement', 'Actions', 'Lead', 'Completion'],
          [objective, action, 'JS', 'March 2015'],
          ['Other', 'Do more', 'AB', 'May 2015'],
        ],
      });
      expect(l.rows[0].ref).toBe(ref);
    });

    test('lettered actions under a recommendation merged down: each is the number and its letter', () => {
      const l = readLayout({
        values: [
          ['Area for improvement', 'Actions', 'Lead', 'Completion'],
          ['1. Strengthen management oversight', 'a) Introduce supervision audits', 'JS', 'March 2023'],
          [null, 'b) Refresh the supervision policy', 'PSW', 'April 2023'],
          ['2. Improve ICPC timeliness', 'a) Track S47 outcomes weekly', 'CP', 'June 2023'],
        ],
        merges: [{ top: 1, left: 0, bottom: 2, right: 0 }],
      });
      expect(l.rows.map((r) => r.ref)).toEqual(['1a', '1b', '2a']);
    });

    test.each([
      ['2\nNew Action', '2'],
      ['1.3\n(carried over)', '1.3'],
      ['DAB 4\nadded May', 'DAB 4'],
      // negative cases: no number on a line of its own
      ['New\nAction', 'New\nAction'],
      ['2.1', '2.1'],
    ])('a ref cell %j → %j (a number on a line of its own, words under it)', (cell, ref) => {
      const l = readLayout({
        values: [
          ['Ref', 'Action', 'By when'],
          [cell, 'Do it', 'June 2016'],
        ],
      });
      expect(l.rows[0].ref).toBe(ref);
    });

    test('a ref column, even an empty cell of it, is the ref', () => {
      const l = readLayout({
        values: [
          ['Ref', 'Recommendation', 'Action', 'Target date'],
          [null, '1. Agencies should review', 'Do it', 'March 2015'],
          ['2', '2. Schools to share', 'Do more', 'May 2015'],
        ],
      });
      expect(l.rows.map((r) => r.ref)).toEqual([null, '2']);
    });

    test('a recommendation merged down over its actions numbers its first row only', () => {
      const l = readLayout({
        values: [
          ['Recommendation', 'Action', 'Lead', 'Target date'],
          ['1. Agencies to review CIN plans', 'Issue guidance', 'CSC', 'Sept 2016'],
          [null, 'Audit a sample', 'CSC', 'Dec 2016'],
        ],
        merges: [{ top: 1, left: 0, bottom: 2, right: 0 }],
      });
      expect(l.rows.map((r) => r.ref)).toEqual(['1', null]);
    });
  });

  describe('a header merged over sub-headers that split its role ("Timescale" over "Original | Revised", "Progress" over "Update | RAG")', () => {
    const plan = (timescaleSubs: [string, string], progressSubs: [string, string]) => ({
      values: [
        ['Ref', 'Action', 'Lead', 'Timescale', null, 'Progress', null],
        [null, null, null, ...timescaleSubs, ...progressSubs],
        ['1', 'Do A', 'JS', 'Dec 2014', 'Mar 2015', 'Delayed by the IT upgrade', 'A'],
        ['2', 'Do B', 'AB', 'Oct 2014', null, 'Work continues', 'G'],
      ],
      merges: [
        { top: 0, left: 3, bottom: 0, right: 4 },
        { top: 0, left: 5, bottom: 0, right: 6 },
      ],
    });

    test('the original date is the timescale, the revised one supersedes it; the words are the status, the rating the RAG', () => {
      const a = assessGrid(plan(['Original', 'Revised'], ['Update', 'RAG']), { asOf: '2015-01-21' });
      expect(a.layout.blocks[0].columns).toMatchObject({ timescale: 3, status: 5, rag: 6 });
      expect(a.layout.blocks[0].extra?.revised).toBe(4);
      expect(a.rows.map((r) => [r.timescale.due, r.originalDue, r.state, r.explicitRag])).toEqual([
        ['2015-03-31', '2014-12-31', 'amber', 'amber'],
        ['2014-10-31', '2014-10-31', 'green', 'green'],
      ]);
    });

    // negative cases, by reason
    test.each<[string, [string, string], [string, string]]>([
      ['sub-headers that do not split the role', ['Month', 'Year'], ['Lead comment', 'Sponsor comment']],
      ['only one side named', ['Revised', 'Notes'], ['RAG', 'Owner']],
    ])('%s: the parent columns stand', (_reason, timescaleSubs, progressSubs) => {
      const block = readLayout(plan(timescaleSubs, progressSubs)).blocks[0];
      expect([block.columns.timescale, block.columns.status, block.columns.rag, block.extra?.revised]).toEqual([3, 5, undefined, undefined]);
    });
  });

  describe('columns named only for periods ("Q1 | Q2 | Q3 | Q4") with no status or RAG column', () => {
    const plan = (headers: string[], entries: Array<Array<string | null>>) => ({
      values: [
        ['Ref', 'Action', 'Lead', 'End date', ...headers],
        ...entries.map((e, i) => [`${i + 1}`, `Action ${i + 1}`, 'JS', i === 1 ? 'Dec 2014' : 'March 2015', ...e]),
      ],
    });

    test('RAG letters each quarter: the latest filled-in one is the RAG', () => {
      const a = assessGrid(
        plan(
          ['Q1', 'Q2', 'Q3', 'Q4'],
          [
            ['G', 'A', 'R', null],
            ['A', 'G', 'B', null],
            [null, 'G', null, null],
          ],
        ),
        { asOf: '2015-01-21' },
      );
      expect(a.layout.blocks[0].ragUpdates?.map((u) => u.header)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
      // the period whose RAG was read is the update column used
      expect(a.rows.map((r) => [r.state, r.explicitRag, r.updateColumn])).toEqual([
        ['red', 'red', 'Q3'],
        ['complete', 'blue', 'Q3'],
        ['green', 'green', 'Q2'],
      ]);
      expect(a.missingColumns).toEqual([]);
    });

    test('quarters named with the months they cover ("Q1 Apr-Jun", "Q3: Oct – Dec") are the same series', () => {
      const a = assessGrid(plan(['Q1 Apr-Jun', 'Q2 Jul-Sep', 'Q3: Oct – Dec', 'Q4 Jan-Mar'], [['A', 'A', 'R', null]]), { asOf: '2015-01-21' });
      expect(a.layout.blocks[0].ragUpdates?.map((u) => u.header)).toEqual(['Q1 Apr-Jun', 'Q2 Jul-Sep', 'Q3: Oct – Dec', 'Q4 Jan-Mar']);
      expect(a.rows[0].state).toBe('red');
      // negative case: a quarter and one month is no period header ("Q1 April" names a meeting, not a quarter's span)
      expect(assessGrid(plan(['Q1 April', 'Q2 July'], [['A', 'R']]), { asOf: '2015-01-21' }).layout.blocks[0].ragUpdates).toBeUndefined();
    });

    test('months with years, ordered by their dates', () => {
      const a = assessGrid(plan(['Sep 2014', 'Jun 2014', 'Dec 2014'], [['Red', 'Green', null]]), { asOf: '2015-01-21' });
      expect(a.layout.blocks[0].ragUpdates?.map((u) => u.header)).toEqual(['Jun 2014', 'Sep 2014', 'Dec 2014']);
      expect(a.rows[0].state).toBe('red');
    });

    test('sentences each quarter: an update per period, the latest the status', () => {
      const a = assessGrid(
        plan(
          ['Qtr 1 2014/15', 'Qtr 2 2014/15', 'Qtr 3 2014/15'],
          [
            ['Scoping under way', 'Draft agreed by the group', 'Launched at the November Board'],
            ['Not yet started', 'Delayed by staff sickness', null],
          ],
        ),
        { asOf: '2015-01-21' },
      );
      expect(a.rows.map((r) => [r.state, r.updateColumn])).toEqual([
        ['complete', 'Qtr 3 2014/15'],
        ['amber', 'Qtr 2 2014/15'],
      ]);
    });

    test('sentences each quarter with counts and single words between (two sentences for every other entry): updates', () => {
      const a = assessGrid(
        plan(
          ['Q1 (Apr-Jun)', 'Q2 (Jul-Sep)', 'Q3 (Oct-Dec)', 'Q4 (Jan-Mar)'],
          [
            ['2 units identified', '1 unit live, 2nd delayed (repairs)', '2nd unit now expected June 15', null],
            ['6', '15 (cumulative)', '22 cumulative (target 30)', null],
            ['Scoping', 'Started', 'Refresh slipped to March 15 - waiting for data', null],
            ['Recruiting', 'IDVA in post 15/08/14', null, null],
            ['Spec drafted with Dash', 'Out to tender 12/09', 'Contract awarded, mobilisation started', null],
            ['Bid submitted to OPCC', 'Bid unsuccessful. Looking at alt. funding', 'On hold pending funding', null],
            ['Panel met twice', 'Webpages updated 30/09', 'Met Nov - comments fed in', null],
          ],
        ),
        { asOf: '2015-01-21' },
      );
      expect(a.layout.blocks[0].updates?.map((u) => u.header)).toEqual(['Q1 (Apr-Jun)', 'Q2 (Jul-Sep)', 'Q3 (Oct-Dec)', 'Q4 (Jan-Mar)']);
      expect(a.rows.slice(0, 4).map((r) => r.updateColumn)).toEqual(['Q3 (Oct-Dec)', 'Q3 (Oct-Dec)', 'Q3 (Oct-Dec)', 'Q2 (Jul-Sep)']);
      expect(a.rows[0].timescale.due).toBe('2015-06-30');
    });

    test("a dashboard's figure each quarter in a coloured cell: the newest coloured one's colour is the RAG", () => {
      // an ICB's assurance dashboard: "Target | Q1 | Q2 | Q3 | Q4", the quarter's figure coloured by hand
      const grid: Grid = plan(
        ['Q1', 'Q2', 'Q3', 'Q4'],
        [
          ['84%', '86%', null, null],
          ['3 of 4 sites', '4 of 4 sites', null, null],
          ['89%', null, null, null],
          ['91%', '92%', null, null],
        ],
      );
      grid.fills = [[], [null, null, null, null, 'FF0000', 'FFC000'], [null, null, null, null, 'FFC000', '0070C0'], [null, null, null, null, '00B050']];
      const a = assessGrid(grid, { asOf: '2014-11-15' });
      expect([a.layout.blocks[0].ragUpdates?.map((u) => u.header), a.layout.blocks[0].ragFigures]).toEqual([['Q1', 'Q2', 'Q3', 'Q4'], true]);
      // the figure is no rating: an uncoloured one (row 4) gives none, and "86%" is not read as 86% complete
      expect(a.rows.map((r) => [r.state, r.explicitRag, r.ragSource, r.updateColumn, r.status])).toEqual([
        ['amber', 'amber', 'fill', 'Q2', ''],
        ['complete', 'blue', 'fill', 'Q2', ''],
        ['green', 'green', 'fill', 'Q1', ''],
        ['none', null, null, null, ''],
      ]);
    });

    // negative cases, by reason
    test.each<[string, string[], Array<Array<string | null>>]>([
      [
        'a timeline of marks under the quarters the action runs',
        ['Q1', 'Q2', 'Q3', 'Q4'],
        [
          ['X', 'X', null, null],
          [null, 'X', 'X', 'X'],
        ],
      ],
      ['one period column is not a series', ['Q1'], [['G'], ['A']]],
      [
        'headers that are not only periods',
        ['Q1 target', 'Q2 target'],
        [
          ['G', 'A'],
          ['A', 'G'],
        ],
      ],
      [
        'entries of every kind',
        ['Q1', 'Q2'],
        [
          ['G', 'Training booked for all staff'],
          ['See minutes of the March meeting', 'A'],
        ],
      ],
      [
        'dates under the quarters (milestones), not figures',
        ['Q1', 'Q2', 'Q3'],
        [
          ['Jun 2014', 'Sep 2014', null],
          [null, 'Oct 2014', 'Dec 2014'],
        ],
      ],
    ])('%s: neither RAG nor updates', (_reason, headers, entries) => {
      const block = readLayout(plan(headers, entries)).blocks[0];
      expect([block.columns.rag, block.columns.status, block.ragUpdates, block.updates]).toEqual([undefined, undefined, undefined, undefined]);
    });

    test('beside a status column of its own, RAG letters each quarter are the RAG', () => {
      const a = assessGrid(
        {
          values: [
            ['Ref', 'Action', 'End date', 'Status', 'Q1', 'Q2'],
            ['1', 'Do it', 'March 2015', 'On track', 'G', 'A'],
            ['2', 'Do more', 'March 2015', 'Delayed', 'A', 'R'],
          ],
        },
        { asOf: '2015-01-21' },
      );
      expect([a.layout.blocks[0].columns.status, a.layout.blocks[0].ragUpdates?.length]).toEqual([3, 2]);
      expect(a.rows.map((r) => [r.status, r.state])).toEqual([
        ['On track', 'amber'],
        ['Delayed', 'red'],
      ]);
    });

    test('beside a status column of its own, sentences each quarter are not a second status', () => {
      const block = readLayout({
        values: [
          ['Ref', 'Action', 'End date', 'Status', 'Q1', 'Q2'],
          ['1', 'Do it', 'March 2015', 'On track', 'Scoping under way', 'Draft agreed by the group'],
          ['2', 'Do more', 'March 2015', 'Delayed', 'Not yet started', 'Delayed by staff sickness'],
        ],
      }).blocks[0];
      expect([block.columns.status, block.updates, block.ragUpdates]).toEqual([3, undefined, undefined]);
    });
  });

  describe('an audit schedule kept as a plan: the audit is the action, its month planned the timescale, its month completed the date done', () => {
    const schedule = (header: string[]) =>
      assessGrid(
        {
          values: [
            ['QA Sub Group – Multi-agency Audit Schedule 2019-20', null, null, null, null],
            header,
            ['Neglect: use of the Graded Care Profile', 'April 2019', 'May 2019', 'GCP2 used in 6 of 10 cases.', 'Neglect briefing to all partners.'],
            ['Children missing education', 'September 2019', null, null, null],
            ['Harmful sexual behaviour in schools', 'March 2020', null, null, null],
          ],
        },
        { asOf: '2020-02-11' },
      );

    test('"Audit | Month planned | Month completed | Findings | Actions arising"', () => {
      const a = schedule(['Audit', 'Month planned', 'Month completed', 'Findings', 'Actions arising']);
      expect(a.layout.blocks[0].columns).toMatchObject({ action: 0, timescale: 1 });
      // one row per audit, the ones with nothing arising too
      expect(a.rows.map((r) => [r.action.slice(0, 26), r.state, r.timescale.due])).toEqual([
        ['Neglect: use of the Graded', 'complete', '2019-04-30'],
        ['Children missing education', 'red', '2019-09-30'], // not done, five months past its month
        ['Harmful sexual behaviour i', 'none', '2020-03-31'],
      ]);
    });

    describe('negative cases', () => {
      test('"Actions arising" is the action where no column names the audit ("Finding | Actions arising | Lead | Target date")', () => {
        const l = readLayout({
          values: [
            ['Finding', 'Actions arising', 'Lead', 'Target date'],
            ['Supervision not recorded in 4 of 10 cases', 'Remind managers of the supervision policy', 'HoS', 'March 2020'],
          ],
        });
        expect(l.blocks[0].columns).toMatchObject({ objective: 0, action: 1, lead: 2, timescale: 3 });
      });
      test('"Agreed action" is the action beside an "Audit" column naming the audit it came from', () => {
        const l = readLayout({
          values: [
            ['Ref', 'Audit', 'Agreed action', 'Responsible officer', 'Agreed date', 'Status'],
            ['DL1', 'Payroll 2016', 'Reconcile the starters list monthly', 'Head of HR', '31/03/2017', 'Overdue'],
          ],
        });
        expect(l.blocks[0].columns).toMatchObject({ action: 2 });
      });
    });
  });

  test("an Excel table's totals row is not an action; a title above the table is not its header", () => {
    const l = readLayout({
      values: [
        ['Action plan', 'Lead', 'Timescales'],
        ['Ref', 'Action', 'Lead', 'Timescale', 'Status', 'Score'],
        ['1.1', 'Do it', 'JC', 'Dec 14', 'Complete', 1],
        ['1.2', 'Do more', 'RB', 'Jan 15', 'On track', 2],
        ['Total', null, null, null, null, 3],
      ],
    });
    expect(l.headerRows).toEqual([1]);
    expect(l.rows.map((r) => r.ref)).toEqual(['1.1', '1.2']);
    expect(l.totalRows).toEqual([4]);
  });

  describe('a totals or count row under the table is not an action', () => {
    const header = ['No', 'Action', 'Lead', 'Due', 'Status'];
    const actions = [
      ['1', 'Review the neglect strategy', 'JS', 'March 2015', 'On track'],
      ['2', 'Launch the toolkit', 'AB', 'Dec 2014', 'Complete'],
    ];
    const read = (...below: Array<Array<string | number | null>>) => {
      const a = assessGrid({ values: [header, ...actions, [null, null, null, null, null], ...below] }, { asOf: '2015-01-21' });
      return { rows: a.rows.map((r) => [r.ref, r.action, r.state]), totals: a.layout.totalRows };
    };
    const twoActions = [
      ['1', 'Review the neglect strategy', 'green'],
      ['2', 'Launch the toolkit', 'complete'],
    ];

    test('"Total actions: 2 | Complete: 1" (the grid as boards send it)', () => {
      expect(read(['Total actions: 2', 'Complete: 1', null, null, null])).toEqual({ rows: twoActions, totals: [4] });
    });

    test.each([
      [['Total', null, null, null, null]],
      [['Totals', null, 2, null, null]],
      [['Total actions: 12', null, null, null, null]],
      [['Number of actions', 12, null, null, null]],
      [['No. of actions: 2', null, null, null, null]],
      [['Summary', null, null, null, null]],
      [['Count: 5', null, null, null, null]],
      [[null, 'Complete: 5 Amber: 3', null, null, null]],
      [[null, null, null, null, 'Complete: 5, Amber: 3, Red: 1']],
      [['R: 1, A: 3, G: 5', null, null, null, '50%']],
      [['Total', 'On track - 1', null, null, 'Complete = 1']],
      // RAG letters run into their counts, and a count of the actions in words
      [['Total', '2 actions', null, null, 'B1 G1']],
      [['Total', null, null, 'G3 A4 R2', 'B1 G6 A4 R1']],
      // a state (or states joined) and its count, as a summary under the table lists them
      [['Complete', 1, null, null, null]],
      [['At risk / Off track', 2, null, null, null]],
      [['Not yet due / Deferred / no status', 3, null, null, null]],
    ])('%j', (below) => {
      expect(read(below)).toEqual({ rows: twoActions, totals: [4] });
    });

    describe('actions whose words start like a label are actions', () => {
      test.each([
        [['3', 'Total Respect training for all schools', 'JS', 'March 2015', null], '3'], // a ref, a lead and a timescale
        [['3', 'Total review of thresholds', null, null, null], '3'], // a ref alone
        [[null, 'Total review of thresholds', 'AB', null, null], null], // a lead alone
        [[null, 'Summary report to the Board', null, 'Feb 2015', null], null], // a timescale alone
        [['4', 'Count: 5 audits this year', 'QA', 'March 2015', 'Complete: 3 of 5 done'], '4'], // a count among an action's words
        [[null, 'Complete the audit', 'QA', 'March 2015', null], null], // a state's word opening an action's words
      ])('%j', (below, ref) => {
        const { rows, totals } = read(below);
        expect(rows.map((r) => r[0])).toEqual(['1', '2', ref]);
        expect(rows[2][1]).toBe(below[1]);
        expect(totals).toEqual([]);
      });
    });

    test('a number in the ref column opens an action, not a count ("12 | Complete: 1")', () => {
      expect(read(['12', 'Complete: 1', null, null, null]).rows).toHaveLength(3);
    });
  });

  describe('a numbered row over lettered sub-actions heads them: a section, not an action', () => {
    const read = (rows: Array<Array<string | number | null>>) => {
      const a = assessGrid({ values: [['Ref', 'Action', 'Lead', 'Timescale', 'Update'], ...rows] }, { asOf: '2015-01-21' });
      return a.rows.map((r) => [r.ref, r.section ? `${r.section.ref} ${r.section.title}` : null, r.action, r.state]);
    };

    test('"1 | Improve neglect practice" over "a) ..." and "b) ...": the sub-actions are 1a and 1b in section 1 (the grid as boards send it)', () => {
      expect(
        read([
          ['1', 'Improve neglect practice', null, null, null],
          ['a)', 'Review the neglect strategy', 'JS', 'March 2015', 'On track'],
          ['b)', 'Launch the toolkit', 'AB', 'Dec 2014', 'Complete'],
          ['2', 'Improve CSE response', null, null, null],
          ['a)', 'Train taxi drivers', 'CD', 'Jan 2015', 'Delayed'],
        ]),
      ).toEqual([
        ['1a', '1 Improve neglect practice', 'Review the neglect strategy', 'green'],
        ['1b', '1 Improve neglect practice', 'Launch the toolkit', 'complete'],
        ['2a', '2 Improve CSE response', 'Train taxi drivers', 'amber'],
      ]);
    });

    test.each([
      [
        ['b.', 'c.'],
        ['1b', '1c'],
      ],
      [
        ['(a)', '(b)'],
        ['1a', '1b'],
      ],
      [
        ['a', 'b'],
        ['1a', '1b'],
      ],
      [
        ['(i)', '(ii)'],
        ['1(i)', '1(ii)'],
      ],
      [
        ['i.', 'ii.'],
        ['1(i)', '1(ii)'],
      ],
      [
        ['1a', '1b'],
        ['1a', '1b'],
      ], // written with the number already: as written
      [
        ['1(a)', '1(b)'],
        ['1(a)', '1(b)'],
      ],
    ])('lettered %j → %j', (letters, refs) => {
      const rows = read([
        ['1', 'Improve neglect practice', null, null, null],
        [letters[0], 'Review the neglect strategy', 'JS', 'March 2015', 'On track'],
        [letters[1], 'Launch the toolkit', 'AB', 'Dec 2014', 'Complete'],
      ]);
      expect(rows.map((r) => r[0])).toEqual(refs);
      expect(rows.map((r) => r[1])).toEqual(['1 Improve neglect practice', '1 Improve neglect practice']);
    });

    test('"2.1" over "a)": 2.1a; the numbered action after the run is in the section it was in', () => {
      const l = readLayout({
        values: [
          ['Ref', 'Action', 'Lead', 'Timescale', 'Update'],
          ['2. Early help', null, null, null, null],
          ['2.1', 'Improve neglect practice', null, null, null],
          ['a)', 'Review the neglect strategy', 'JS', 'March 2015', 'On track'],
          ['2.2', 'Audit early help', 'QA', 'Feb 2015', 'Started'],
        ],
      });
      expect(l.rows.map((r) => [r.ref, r.section?.title])).toEqual([
        ['2.1a', 'Improve neglect practice'],
        ['2.2', 'Early help'],
      ]);
      expect(l.sections.map((s) => [s.row, s.ref, s.title])).toEqual([
        [1, '2', 'Early help'],
        [2, '2.1', 'Improve neglect practice'],
      ]);
    });

    describe('a numbered row that stays an action', () => {
      test('no lettered rows under it: a real action nobody has updated', () => {
        expect(
          read([
            ['1', 'Improve neglect practice', null, null, null],
            ['2', 'Launch the toolkit', 'AB', 'Dec 2014', 'Complete'],
          ]).map((r) => [r[0], r[3]]),
        ).toEqual([
          ['1', 'none'],
          ['2', 'complete'],
        ]);
      });
      test('it has a lead, a date or a status of its own', () => {
        expect(
          read([
            ['1', 'Improve neglect practice', 'JS', null, null],
            ['a)', 'Review the neglect strategy', 'JS', 'March 2015', 'On track'],
          ]).map((r) => r[0]),
        ).toEqual(['1', 'a)']);
        expect(
          read([
            ['1', 'Improve neglect practice', null, null, 'Overall on track'],
            ['a)', 'Review the neglect strategy', 'JS', 'March 2015', 'On track'],
          ]).map((r) => r[0]),
        ).toEqual(['1', 'a)']);
      });
      test('the lettered rows under it have nothing of their own either: all actions, as written', () => {
        expect(
          read([
            ['1', 'Improve neglect practice', null, null, null],
            ['a)', 'Review the neglect strategy', null, null, null],
          ]).map((r) => r[0]),
        ).toEqual(['1', 'a)']);
      });
      test('the row under it is numbered for another parent ("2a" under "1")', () => {
        expect(
          read([
            ['1', 'Improve neglect practice', null, null, null],
            ['2a', 'Review the neglect strategy', 'JS', 'March 2015', 'On track'],
          ]).map((r) => r[0]),
        ).toEqual(['1', '2a']);
      });
    });
  });

  test('an "Overall status" column of words is the status (and of colours, the RAG)', () => {
    const a = assessGrid(
      {
        values: [
          ['Ref', 'Action', 'Timescale', 'Overall status'],
          ['1', 'Audit', 'March 2015', 'On track'],
          ['2', 'Train', 'Dec 2014', 'Delayed - now March'],
          ['3', 'Policy', 'Dec 2014', 'Red'],
        ],
      },
      { asOf: '2015-01-21' },
    );
    expect(a.rows.map((r) => [r.status, r.state])).toEqual([
      ['On track', 'green'],
      ['Delayed - now March', 'amber'],
      ['', 'red'],
    ]);
    expect(a.rows[2].explicitRag).toBe('red');
  });

  test('a "Current status" column of words is the status', () => {
    const a = assessGrid(
      {
        values: [
          ['No', 'Action', 'Timescale', 'Current status'],
          ['1', 'Do', 'Oct 14', 'Partially implemented'],
        ],
      },
      { asOf: '2015-01-21' },
    );
    expect([a.rows[0].status, a.rows[0].state]).toEqual(['Partially implemented', 'amber']);
  });

  test('a revised date column supersedes the target date, the original kept', () => {
    const a = assessGrid(
      {
        values: [
          ['No', 'Action', 'Target date', 'Revised target date', 'Progress'],
          ['1', 'Do', 'Dec 14', 'June 2015', 'Delayed by staffing'],
        ],
      },
      { asOf: '2015-01-21' },
    );
    expect(a.rows[0]).toMatchObject({ originalDue: '2014-12-31', revisedFrom: '2014-12-31', overdue: false, state: 'amber' });
    expect(a.rows[0].timescale.due).toBe('2015-06-30');
  });

  test.each([
    ['New date agreed: June 2015', '2015-06-30'],
    ['Revised target date set as Sept 15', '2015-09-30'],
  ])('a status giving a new date (%j) revises the due date, the original kept', (status, due) => {
    const a = assessGrid(
      {
        values: [
          ['No', 'Action', 'Timescale', 'Status'],
          ['1', 'Do', 'Dec 14', status],
        ],
      },
      { asOf: '2015-01-21' },
    );
    expect(a.rows[0]).toMatchObject({ originalDue: '2014-12-31', revisedFrom: '2014-12-31', overdue: false });
    expect(a.rows[0].timescale.due).toBe(due);
  });

  test('a programme tracker (Workstream | Deliverable | Milestone | Owner | Due | % Complete | RAG | Notes) is found', () => {
    const l = readLayout({
      values: [
        ['Workstream', 'Deliverable', 'Milestone', 'Owner', 'Due', '% Complete', 'RAG', 'Notes'],
        ['Training', 'Launch the e-learning module', 'Pilot', 'JC', 'March 2015', 0.5, 'A', 'Pilot delayed'],
      ],
    });
    expect(l.found).toBe(true);
    expect(l.blocks[0].columns).toMatchObject({ objective: 0, action: 1, lead: 3, timescale: 4, rag: 6, status: 7 });
    expect(l.blocks[0].extra).toMatchObject({ percent: 5 });
  });

  describe('continuation lines (Enter pressed in a new row, not in the cell)', () => {
    const plan = (...extra: Array<Array<string | null>>) =>
      assessGrid(
        {
          values: [
            ['Ref', 'Action', 'Lead', 'Timescale', 'Progress'],
            ['1.1', 'Train staff', 'JB', 'Mar 2015', 'Training started'],
            ...extra,
            ['1.2', 'Audit files', 'KL', 'Dec 2014', 'Complete'],
          ],
        },
        { asOf: '2015-01-21' },
      );

    test('a line holding only status words goes on with the status above', () => {
      const a = plan([null, null, null, null, '50 staff trained so far; delayed by sickness']);
      expect(a.rows.map((r) => [r.ref, r.state])).toEqual([
        ['1.1', 'amber'],
        ['1.2', 'complete'],
      ]);
      expect(a.layout.lastRow).toBe(3);
    });

    test('it is the status of an action that has none', () => {
      const a = assessGrid(
        {
          values: [
            ['Ref', 'Action', 'Lead', 'Timescale', 'Progress'],
            ['1.1', 'Train staff', 'JB', 'Mar 2015', ''],
            [null, null, null, null, 'Delayed by sickness'],
          ],
        },
        { asOf: '2015-01-21' },
      );
      expect(a.rows[0]).toMatchObject({ state: 'amber', status: 'Delayed by sickness' });
    });

    test('an unnumbered line holding only more words of the action is not an action', () => {
      const a = plan([null, 'and managers', null, null, null]);
      expect(a.rows.map((r) => r.ref)).toEqual(['1.1', '1.2']);
    });

    // negative cases: a line that is an action of its own
    test.each<[string, Array<string | null>]>([
      ['it has a lead', [null, 'Brief the police', 'PC', null, null]],
      ['it has a timescale', [null, 'Brief the police', null, 'Apr 2015', null]],
      ['it has a number', ['1.1a', 'Brief the police', null, null, null]],
    ])('%s: an action', (_reason, line) => {
      expect(plan(line).rows).toHaveLength(3);
    });

    test('in a plan with no numbers, a line with only an action is an action', () => {
      const a = assessGrid(
        {
          values: [
            ['Action', 'Lead', 'Timescale', 'Progress'],
            ['Train staff', 'JB', 'Mar 2015', 'Started'],
            ['Brief the police', null, null, null],
          ],
        },
        { asOf: '2015-01-21' },
      );
      expect(a.rows).toHaveLength(2);
    });
  });

  describe('headers that explain themselves at length', () => {
    test('a plan whose headers run long is found, each read up to its explanation', () => {
      const l = readLayout({
        values: [
          [
            'Ref',
            'What will we do to achieve this? (the specific actions partners will take over the next twelve months)',
            'Lead',
            'By when',
            'Progress update (please include evidence of impact where possible)',
            'Status (RAG)',
          ],
          ['1.1', 'Train staff', 'JB', 'March 2015', 'Started', 'G'],
        ],
      });
      expect(l.found).toBe(true);
      expect(l.blocks[0].columns).toEqual({ ref: 0, action: 1, lead: 2, timescale: 3, status: 4, rag: 5 });
    });

    test('read so only when no header row is found without it: a short header row wins', () => {
      const long = 'Progress update (please include evidence of impact where possible, and the date of the last review)';
      const l = readLayout({
        values: [
          ['Ref', 'Action', 'Lead', 'Timescale', 'Status'],
          ['1.1', 'Train staff', 'JB', 'March 2015', 'Started'],
          ['Ref', 'Action', 'Lead', 'Timescale', long],
          ['1.2', 'Audit', 'KL', 'Dec 2014', 'Done'],
        ],
      });
      expect(l.headerRows).toEqual([0]);
    });

    test('in a header row found without it, a cell with guidance after its name names its role by the words before it', () => {
      const l = readLayout({
        values: [
          [
            'Recommendation from the Safeguarding Adults Review\n(To be completed by SSASPB)',
            'Relevant Agencies\n(To be completed by SSASPB)',
            'Action',
            'Timescale',
            'RAG Status',
          ],
          ['1. Partners to apply the Mental Capacity Act', 'All partners', 'Issue a briefing', 'September 2019', 'Green'],
        ],
      });
      expect(l.blocks[0].columns).toEqual({ objective: 0, lead: 1, action: 2, timescale: 3, rag: 4 });
    });
  });

  describe('a table of two columns', () => {
    const layout = (header: string[]) => readLayout({ values: [['Board action log'], header, ['Train staff', 'Done'], ['Audit files', 'Delayed']] });

    test.each<[string[], Record<string, number>]>([
      [['Action', 'Update'], { action: 0, status: 1 }],
      [['Recommendation', 'Progress'], { objective: 0, status: 1 }],
      [['Action', 'Deadline'], { action: 0, timescale: 1 }],
      [['Actions', 'RAG'], { action: 0, rag: 1 }],
    ])('%j is read when no row names three roles', (header, columns) => {
      const l = layout(header);
      expect(l).toMatchObject({ found: true, narrow: true });
      expect(l.blocks[0].columns).toEqual(columns);
      expect(l.rows).toHaveLength(2);
    });

    // negative cases: nothing to rate, or a wider table on the sheet
    test.each([[['Ref', 'Action']], [['Action', 'Lead']], [['Objective', 'Outcome']]])('%j names nothing to rate: no table', (header) => {
      expect(layout(header).found).toBe(false);
    });

    test('a row naming three roles wins over a two-column header above it', () => {
      const l = readLayout({
        values: [
          ['Action', 'Update'],
          ['Ref', 'Action', 'Lead', 'Progress'],
          ['1', 'Train staff', 'JB', 'Done'],
        ],
      });
      expect(l.narrow).toBeUndefined();
      expect(l.blocks[0].columns).toEqual({ ref: 0, action: 1, lead: 2, status: 3 });
    });

    test('in a workbook, a sheet with a full header is the plan, though a two-column sheet has more rows', () => {
      const rows = (n: number) => Array.from({ length: n }, (_, i) => [`Task ${i}`, 'Done']);
      const a = assessWorkbook(
        [
          { name: 'Log', grid: { values: [['Action', 'Update'], ...rows(20)] } },
          {
            name: 'Plan',
            grid: {
              values: [
                ['Ref', 'Action', 'Lead', 'Progress'],
                ['1', 'Train staff', 'JB', 'Done'],
                ['2', 'Audit', 'KL', 'Delayed'],
              ],
            },
          },
        ],
        { asOf: '2015-01-21' },
      );
      expect(a.sheet).toBe('Plan');
    });
  });

  describe('one column for two roles', () => {
    const columns = (header: string[]) => readLayout({ values: [header, ['1', 'Train staff', 'JB - March 2015', 'Amber - slipping']] }).blocks[0].columns;

    test.each<[string[], Record<string, number>]>([
      [['Ref', 'Action', 'Lead / Date', 'Progress'], { lead: 2, timescale: 2, status: 3 }],
      [['Ref', 'Action', 'Who and when?', 'Progress'], { lead: 2, timescale: 2, status: 3 }],
      [['Ref', 'Action', 'Timescale & lead', 'Progress'], { lead: 2, timescale: 2, status: 3 }],
      [['Ref', 'Action', 'Lead', 'RAG / Status'], { lead: 2, rag: 3, status: 3 }],
      [['Ref', 'Action', 'Lead', 'Timescale / progress'], { lead: 2, timescale: 3, status: 3 }],
    ])('%j', (header, expected) => {
      expect(columns(header)).toMatchObject(expected);
    });

    test('a status column that is the timescale too ("status/deadline") gives way to one naming the status alone', () => {
      expect(columns(['Ref', 'Action', 'progress report', 'status/deadline'])).toMatchObject({ status: 2, timescale: 3 });
    });

    test('a column naming the role alone wins over a shared one', () => {
      expect(columns(['Ref', 'Action', 'Lead / Date', 'Deadline'])).toMatchObject({ lead: 2, timescale: 3 });
    });

    // negative cases: two names for one role, or roles that do not share a column
    test.each([
      [['Ref', 'Action', 'Outcome / Impact', 'Progress'], 'timescale'],
      [['Ref', 'Recommendations / Actions', 'Lead', 'Progress'], 'timescale'],
      [['Ref', 'Action / Lead', 'Deadline', 'Progress'], 'lead'], // an action and its lead do not share a column
    ])('%j names no %s', (header, role) => {
      expect(columns(header as string[])).not.toHaveProperty(role as string);
    });

    describe('a "Timescale / progress" cell: the date, then the progress', () => {
      const rowWith = (cell: string) =>
        assessGrid(
          {
            values: [
              ['Ref', 'Action', 'Lead', 'Timescale / progress'],
              ['1', 'Issue a briefing', 'KL', cell],
            ],
          },
          { asOf: '2015-01-21' },
        ).rows[0];
      test.each([
        // the words after the date are the progress
        ['December 2014. Complete – briefing circulated on 20/12/2014.', 'complete', '2014-12-31', 'Complete – briefing circulated on 20/12/2014.'],
        ['Original date October 2014 – now expected April 2015', 'amber', '2015-04-30', 'now expected April 2015'],
        ['March 2015; draft with legal', 'green', '2015-03-31', 'draft with legal'],
        // the date alone, or what it waits for: no progress
        ['June 2015', 'none', '2015-06-30', ''],
        ['December 2014', 'red', '2014-12-31', ''],
        ['Following sign-off of the pathway', 'none', null, ''],
        // no date first: progress throughout
        ['Audit tool agreed; fieldwork starts in February 2015', 'green', '2015-02-28', 'Audit tool agreed; fieldwork starts in February 2015'],
      ])('%j → %s, due %s, progress %j', (cell, state, due, progress) => {
        const row = rowWith(cell);
        expect([row.state, row.timescale.due, row.status]).toEqual([state, due, progress]);
      });
    });

    test('the date in a "Lead / Date" cell is the due date', () => {
      const a = assessGrid(
        {
          values: [
            ['Ref', 'Action', 'Lead / Date', 'Progress'],
            ['1', 'Audit', 'KL / Dec 2014', 'Work continues'],
          ],
        },
        { asOf: '2015-01-21' },
      );
      expect(a.rows[0]).toMatchObject({ state: 'amber', overdue: true, lead: 'KL / Dec 2014' });
      expect(a.rows[0].timescale.due).toBe('2014-12-31');
    });
  });

  describe('words in the "% complete" column', () => {
    const assess = (percent: string | number, status = '') =>
      assessGrid(
        {
          values: [
            ['Ref', 'Action', 'Target date', '% complete', 'Status'],
            ['1', 'Train staff', 'Dec 2014', percent, status],
          ],
        },
        { asOf: '2015-01-21' },
      ).rows[0];

    test.each([
      ['Complete', 'complete'],
      ['Not started', 'red'], // past due, nothing started
      ['Delayed', 'amber'],
    ])('%j is the status of a row that has none → %s', (words, state) => {
      expect(assess(words)).toMatchObject({ state, percentComplete: null, status: words });
    });

    test('the status column wins when it says something', () => {
      expect(assess('Complete', 'Delayed by staffing')).toMatchObject({ state: 'amber', status: 'Delayed by staffing' });
    });

    test('a number is a percentage, not words ("50%" past due is amber)', () => {
      expect(assess('50%')).toMatchObject({ state: 'amber', percentComplete: 50, status: '' });
    });
  });

  test('a revision in the timescale ("Dec 14 (revised to March 15)") supersedes the first date, the original kept', () => {
    const a = assessGrid(
      {
        values: [
          ['No', 'Action', 'Timescale', 'Status'],
          ['1', 'Do', 'Dec 14 (revised to March 15)', 'In progress'],
        ],
      },
      { asOf: '2015-01-21' },
    );
    // the first date was missed: at least amber, as with a revised-date column
    expect(a.rows[0]).toMatchObject({ originalDue: '2014-12-31', revisedFrom: '2014-12-31', overdue: false, state: 'amber' });
    expect(a.rows[0].timescale.due).toBe('2015-03-31');
    expect(a.rows[0].revision).toMatchObject({ source: 'timescale', text: 'revised to March 15' });
  });

  test('an audit tracker\'s "Management response" is the agreed action when no column names one and another holds the progress', () => {
    const l = readLayout({
      values: [
        ['Ref', 'Finding', 'Recommendation', 'Management response', 'Responsible officer', 'Implementation date', 'Latest position'],
        ['1', 'Gaps in supervision', 'Audit supervision', 'Quarterly audit of supervision records', 'JC', 'March 2015', 'First audit done'],
      ],
    });
    expect(l.blocks[0].columns).toMatchObject({ action: 3, status: 6, timescale: 5, lead: 4 });
  });

  test.each([
    [['Ref', 'Recommendation', 'Action', 'Management response', 'Lead', 'Date'], 3], // an action column: the response is the status
    [['Ref', 'Recommendation', 'Management response', 'Lead', 'Date'], 2], // no other status: the response is the status
  ])('"Management response" stays the status in %j', (header, status) => {
    const l = readLayout({ values: [header, ['1', 'r', 'a', 'b', 'JC', 'March 2015']] });
    expect(l.blocks[0].columns.status).toBe(status);
  });

  test('fills are read for status and RAG cells only', () => {
    const l = readLayout({
      values: [
        ['No', 'Action', 'Timescale', 'RAG'],
        ['1', 'Do', 'Dec 14', null],
      ],
      fills: [[], ['FF0000', 'FF0000', null, '00B050']],
    });
    expect(l.rows[0].cells.rag!.fill).toBe('00B050');
    expect(l.rows[0].cells.action!.fill).toBeUndefined();
  });

  test('a plan with no status and no timescale column says so first', () => {
    const a = assessGrid(
      {
        values: [
          ['Objectives', 'Link', 'Key Actions'],
          ['Aim', 'CYPP 2.1', 'Do it'],
          ['Aim 2', '', 'Do more'],
        ],
      },
      { asOf: '2009-01-31' },
    );
    expect(a.missingColumns).toEqual(['status', 'timescale']);
    expect(a.warnings.join(' ')).toMatch(/No timescale column.*No status column/);
  });

  test('a bare "Date" left of the recommendation is the date it was agreed, not its deadline', () => {
    const l = readLayout({
      values: [
        ['Reference', 'Origin', 'Date', 'Area', 'Recommendation', 'Exec Date', 'Lead Officer/EM', 'Action taken', 'Status'],
        ['SR 01', 'CRP', '01/01/26', 'Finance', 'That fees be benchmarked', '01/02/26', 'DM', 'Under way', 'Ongoing'],
      ],
    });
    expect(l.blocks[0].columns.timescale).toBeUndefined();
    expect(l.blocks[0].columns.status).toBe(8);
    expect(l.missing).toContain('timescale');
  });

  // a "Date" right of the action is the action's date, as before (Stockton: "No. | Recommendation | Responsibility | Date")
  test.each([
    [['No.', 'Recommendation', 'Responsibility', 'Date', 'Progress'], 3],
    [['No', 'Action', 'Date', 'Lead', 'Status'], 2],
    [['Date', 'Timescale', 'Action', 'Lead', 'Status'], 1], // a bare Date left of the action gives way to a named timescale
  ])('%j: the timescale is column %i', (header, col) => {
    const l = readLayout({ values: [header, ['1', 'Do it', 'Dec 14', 'Board', 'Done'].slice(0, header.length)] });
    expect(l.blocks[0].columns.timescale).toBe(col);
  });

  test('"Completed" written where the date would be says the action is done; any other word does not', () => {
    const plan = (when: string, response: string) =>
      assessGrid(
        {
          values: [
            ['Recommendation', 'Response', 'Timetable', 'Lead Officer'],
            ['a) Add the figures', response, when, 'Head of Policy'],
          ],
        },
        { asOf: '2014-03-31' },
      ).rows[0];
    expect(plan('Completed', 'Agreed').state).toBe('complete');
    expect(plan('Done', '').state).toBe('complete');
    expect(plan('Completed', 'Not yet started').state).not.toBe('complete'); // the response says otherwise
    expect(plan('Ongoing', 'Agreed. Work to be scheduled.').state).toBe('green');
    expect(plan('Completed by June 2014', 'Agreed. Figures to be added.').state).toBe('green');
  });

  describe('"Assurance / evidence" (its words the other way round) is read as "Evidence / assurance" is', () => {
    const sar = (h: string) =>
      assessGrid(
        {
          values: [
            ['Recommendation', 'Action required', 'Responsible person', 'Target completion date', 'Date completed', h],
            ['Evidence MCA assessments', 'MCA audit in each agency', 'Agency leads', '01/10/2023', null, 'Audits returned from 4 of 6 agencies'],
            ['Review self-neglect procedure', 'Update the procedure and relaunch it', 'Policy sub-group', '31/12/2023', null, null],
          ],
        },
        { asOf: '2023-11-01' },
      );
    test.each(['Assurance / evidence', 'Assurance/Evidence', 'Assurance and evidence', 'Assurance & evidence'])(
      '"%s" alone is the status: the audits returned are progress past due, not no status',
      (h) => {
        expect(matchHeader(h)).toBe('status');
        expect(sar(h).rows.map((r) => r.state)).toEqual(['amber', 'none']);
      },
    );
    describe('negative cases', () => {
      test.each(['Assurance', 'Assurance level', 'Assurance opinion'])('"%s" alone may be how the board is to be assured: no status', (h) => {
        expect(matchHeader(h)).not.toBe('status');
      });
      test('beside "Status" it says what will show the action done, and is not read for an empty status', () => {
        const a = assessGrid(
          {
            values: [
              ['Ref', 'Action', 'Completion date', 'Assurance / evidence', 'Status'],
              ['SD1', 'Review the discharge lounge', 'July 2016', 'Environmental audit of the discharge lounge', null],
              ['SD2', 'Audit notes trolleys', 'March 2016', 'Monthly spot-check audit', null],
            ],
          },
          { asOf: '2016-04-13' },
        );
        expect(a.rows.map((r) => r.state)).toEqual(['none', 'red']);
      });
    });
  });

  test.each(['Evidence of completion', 'Evidence of delivery', 'Evidence of progress', 'Evidence / assurance'])(
    '"%s" beside "Status" is not read for an empty status',
    (h) => {
      const a = assessGrid(
        {
          values: [
            ['Ref', 'Action', 'Completion date', h, 'Status'],
            ['SD1', 'Review the discharge lounge', 'July 2016', 'Environmental audit of the discharge lounge', null],
            ['SD2', 'Audit notes trolleys', 'March 2016', 'Monthly spot-check audit', null],
          ],
        },
        { asOf: '2016-04-13' },
      );
      expect(a.rows.map((r) => r.state)).toEqual(['none', 'red']);
    },
  );

  test('"Evidence of progress" beside a "Status" drop-down of choices is its commentary: a new date in it is read', () => {
    const a = assessGrid(
      {
        values: [
          ['Rec', 'Action', 'Lead', 'Timescale', 'Evidence of progress', 'Status'],
          ['1', 'Update the assessment template', 'Head of Service', 'June 2019', 'Template live from 1 June 2019', 'Complete'],
          ['2', 'Review the was-not-brought policy', 'Designated Nurse', 'June 2019', 'Draft circulated; sign-off delayed to November', 'Delayed'],
          ['3', 'Train 200 practitioners', 'Training Manager', 'March 2020', '115 trained to date', 'In progress'],
          ['4', 'Brief the GPs', 'Named GP', 'July 2019', 'Briefing sent to all practices', 'Complete'],
        ],
      },
      { asOf: '2019-09-30' },
    );
    expect(a.rows.map((r) => [r.state, r.timescale.due])).toEqual([
      ['complete', '2019-06-30'],
      ['amber', '2019-11-30'],
      ['green', '2020-03-31'],
      ['complete', '2019-07-31'],
    ]);
  });

  test('"Evidence" beside "Progress" says what will show it done: not read for an empty progress, nor as its commentary', () => {
    const a = assessGrid(
      {
        values: [
          ['Recommendation', 'Action', 'Lead agency', 'Target date', 'Evidence', 'Progress'],
          ['1. Train staff', 'Include attendance in the training', 'LSCB', 'March 2017', 'Training evaluations', ''],
          ['', 'Audit CIN plans', 'CSC', 'Dec 2016', 'Audit report', 'Under way.'],
        ],
      },
      { asOf: '2016-11-30' },
    );
    expect(a.rows.map((r) => [r.state, r.status])).toEqual([
      ['none', ''],
      ['green', 'Under way.'],
    ]);
    // alone, "Evidence" is the status as before
    const b = assessGrid(
      {
        values: [
          ['No', 'Action', 'Timescale', 'Evidence'],
          ['1', 'Audit', 'Dec 2016', 'Audit report presented to the Board'],
        ],
      },
      { asOf: '2016-11-30' },
    );
    expect(b.rows[0].state).toBe('complete');
  });

  test('a key below the table ("Key", then one line per header or colour) is notes, not actions or sections', () => {
    const l = readLayout({
      values: [
        ['Reference', 'Recommendation', 'Lead Officer', 'Status'],
        ['SR 01', 'That fees be benchmarked', 'DM', 'Ongoing'],
        [null, null, null, null],
        ['Key', null, null, null],
        ['Reference: each recommendation is given a reference showing the municipal year.', null, null, null],
        ['Status: Green – achieved; Amber – acceptable progress; Red – unacceptable progress.', null, null, null],
        ['RAG key:', 'Blue = complete', 'Green = on track', 'Red = off track'],
      ],
    });
    expect(l.rows.map((r) => r.ref)).toEqual(['SR 01']);
    expect(l.sections).toEqual([]);
    expect(l.noteRows).toEqual([3, 4, 5, 6]);
  });

  test('a RAG label in a cell of its own, the colours across the row after it ("RAG: | Blue - Completed | Green - On track"), is a key', () => {
    const l = readLayout({
      values: [
        ['No', 'Action', 'Lead', 'Timescale', 'RAG'],
        ['1', 'Audit supervision', 'DM', 'July 2016', 'G'],
        [null, null, null, null, null],
        ['RAG:', 'Blue - Completed', 'Green - On track', 'Amber - Some slippage / at risk', 'Red - Not on track / no update'],
      ],
    });
    expect(l.rows.map((r) => r.ref)).toEqual(['1']);
    expect(l.noteRows).toEqual([3]);
  });
  test('a key laid across the row may open with yellow or orange ("RAG: | Yellow - on target | Orange - not on target")', () => {
    const l = readLayout({
      values: [
        ['No', 'Action', 'Lead', 'Timescale', 'RAG'],
        ['1', 'Audit supervision', 'DM', 'July 2016', 'G'],
        [null, null, null, null, null],
        ['RAG:', 'Yellow - on target', 'Orange - not on target', 'Green - achieved', null],
      ],
    });
    expect(l.rows.map((r) => r.ref)).toEqual(['1']);
    expect(l.noteRows).toEqual([3]);
  });
  test('bare numbers under "Action" beside "Action to be taken" are the ref, and the rows under each number without one are actions too', () => {
    const l = readLayout({
      values: [
        ['Action', 'Improvement Issue', 'Action to be taken', 'Who', 'By/When', 'Comments'],
        ['1', 'Prevent homelessness', 'Agree prevention work with partners', 'Head of Housing', 'Nov 2002 DONE', 'Protocols in place'],
        [null, 'Improve capacity', 'Agreements with housing associations', 'Head of Housing', 'Jan 2003', 'Officer in post'],
        ['2', 'Improve information', 'Leaflets in other languages', 'Senior Housing Officer', 'April 2003', 'Draft done'],
        ['3', 'Reduce bed and breakfast', 'Lease 20 units', 'Head of Housing', 'Dec 2003', '12 of 20 leased'],
      ],
    });
    expect(l.blocks[0].columns).toMatchObject({ ref: 0, action: 2, timescale: 4 });
    expect(l.rows.map((r) => r.ref ?? r.row)).toEqual(['1', 2, '2', '3']);
  });
  test('an action log\'s "Closed" column, holding the date or "Y", is the date done, in a row already read as the header', () => {
    const l = readLayout({
      values: [
        ['No.', 'Raised', 'Action', 'Owner', 'Due', 'Update', 'Closed'],
        [7, 43262, 'Invite the fire service to the sub group', 'Chair', 'ASAP', 'WMFS rep attending from Sept', 43353],
        [9, 43353, 'Add DoLS figures to the dashboard', 'DoLS Manager', 'Q2 data', 'Included from Q2', 'Y'],
      ],
    });
    expect(l.blocks[0].extra?.done).toBe(6);
    expect(l.rows.map((r) => r.ref)).toEqual(['7', '9']);
  });
  // negative case: "Closed" alone names no header (a data row holds it as a status)
  test('"Closed" in a data row\'s status cell does not make it a header', () => {
    const l = readLayout({
      values: [
        ['Ref', 'Action', 'Lead', 'Timescale', 'Status'],
        ['1.1', 'Audit supervision', 'DM', 'July 2016', 'Closed'],
        ['1.2', 'Review the protocol', 'JS', 'May 2016', 'Open'],
      ],
    });
    expect(l.headerRows).toEqual([0]);
    expect(l.rows.map((r) => r.ref)).toEqual(['1.1', '1.2']);
  });
  test('a template\'s guidance row under its header ("Realistic target date" under "Target Date") is a note, not an action', () => {
    const l = readLayout({
      values: [
        ['Service', 'Action', 'Evidence', 'Lead/Ownership', 'Target Date', 'Status'],
        ['Add provider and recommendation number', 'Additional action required', 'Evidence and assurance', 'Roles no names', 'Realistic target date', null],
        ['ELFT – Rec 1', 'Review liaison arrangements', 'Guidelines drafted', 'Clinical Director', '31 December 2016', 'In progress'],
      ],
    });
    expect(l.rows.map((r) => r.row)).toEqual([2]);
    expect(l.noteRows).toContain(1);
  });
  // negative cases: a first action whose words happen to repeat its headers' words is still an action
  test.each([
    [['Review the action plan', 'Lead officer for training', 'Ongoing', null], 'its timescale names no header word'],
    [['Review the action plan', 'Lead officer for training', 'Target date March 2015', null], 'its timescale is a date'],
    [['Audit supervision', 'DM', 'Target date to be agreed', 'Not started'], 'only the timescale repeats its header'],
  ])('%j under the header is an action (%s)', (cells) => {
    const l = readLayout({ values: [['Action', 'Lead officer', 'Target date', 'Status'], cells, ['Second action', 'JS', 'May 2015', 'On track']] });
    expect(l.rows.map((r) => r.row)).toEqual([1, 2]);
  });
  test('a word in capitals alone in the ref column ("PURSUE", one of the four Ps) heads a section; a short code ("ASB") stays a row', () => {
    const l = readLayout({
      values: [
        ['Ref', 'Action', 'Lead', 'Target Date', 'Status'],
        ['PREPARE', null, null, null, null],
        ['1.1', 'Recruit investigators', 'DCI', 'Sept 15', 'On track'],
        ['PURSUE', null, null, null, null],
        ['4.1', 'Use abduction warning notices', 'District', 'Monthly', 'Ongoing'],
        ['ASB', null, null, null, null],
      ],
    });
    expect(l.sections.map((s) => s.title)).toEqual(['PREPARE', 'PURSUE']);
    expect(l.rows.map((r) => r.ref)).toEqual(['1.1', '4.1', 'ASB']);
  });
  test.each(['SAFE', 'CARING', 'Well-led'])('a CQC key question alone in the ref column (%j) heads a section', (question) => {
    const l = readLayout({
      values: [
        ['No.', 'Regulation', 'Action', 'Responsible', 'Target Date', 'Status'],
        [question, null, null, null, null, null],
        ['1.1', 'Reg 18 Staffing', 'Train staff in moving and handling', 'RM', 'Dec 2023', 'In progress'],
      ],
    });
    expect(l.sections.map((s) => s.title)).toEqual([question]);
    expect(l.rows.map((r) => r.ref)).toEqual(['1.1']);
  });
  // negative cases: codes of four capitals alone in the ref column stay rows (no key question)
  test.each(['VAWG', 'MASH', 'CAMH'])('%j alone in the ref column stays a row', (code) => {
    const l = readLayout({
      values: [
        ['No.', 'Regulation', 'Action', 'Responsible', 'Target Date', 'Status'],
        ['1.1', 'Reg 18 Staffing', 'Train staff in moving and handling', 'RM', 'Dec 2023', 'In progress'],
        [code, null, null, null, null, null],
      ],
    });
    expect(l.rows.map((r) => r.ref)).toEqual(['1.1', code]);
  });
  // negative case: a RAG label with no colour after it is no key
  test('"RAG:" before words that are no colour is read as it was', () => {
    const l = readLayout({
      values: [
        ['No', 'Action', 'Lead', 'Timescale', 'RAG'],
        ['1', 'Audit supervision', 'DM', 'July 2016', 'G'],
        ['RAG:', 'Ratings agreed at the QA sub-group', null, null, null],
      ],
    });
    expect(l.noteRows).not.toContain(2);
  });

  // what is not a key: other one-cell rows keep their reading, and a row of several cells ends the key
  test.each([
    [['Key Priority 1: Neglect'], 'section'],
    [['Key actions for 2015'], 'section'],
    [['Priority 2: Early help'], 'section'],
  ])('%j after the table is a %s', (cells, kind) => {
    const l = readLayout({ values: [['Ref', 'Action', 'Timescale', 'Status'], ['1.1', 'Do it', 'Dec 14', 'Done'], cells, ['2.1', 'Do more', 'Mar 15', '']] });
    expect(kind === 'section' ? l.sections.map((x) => x.row) : l.noteRows).toEqual([2]);
    expect(l.rows.map((r) => r.ref)).toEqual(['1.1', '2.1']);
  });

  test('a key of two-cell lines after its label ("Completed | Action completed", "Amber | Some slippage") is notes', () => {
    const l = readLayout({
      values: [
        ['Priority', 'No.', 'What we will do', 'By When', 'Update Jan 2020', 'RAG'],
        [null, '4.4', 'Evaluate impact', 'Dec 2020', 'Not yet started', null],
        ['RAG Key', null, null, null, null, null],
        ['Completed', 'Action completed', null, null, null, null],
        ['Green', 'On track to be completed within timescale', null, null, null, null],
        ['Not started', 'Not started or significantly behind timescale', null, null, null, null],
        // (a row of an action's cells after it ends the key)
        [null, '4.5', 'Report to the Board', 'Mar 2021', 'In progress', null],
      ],
    });
    expect(l.rows.map((r) => r.ref)).toEqual(['4.4', '4.5']);
    expect(l.noteRows).toEqual([2, 3, 4, 5]);
  });

  test.each([
    // a status key listing its drop-down's values, several to an entry, as a rapid review tracker's does
    ['Complete / Closed', 'Action done, evidence received by Business Unit'],
    ['On track / In progress', 'Underway, within target date'],
    ['Delayed', 'Target date missed or revised – PRG to agree new date'],
    ['R / A', 'Some slippage'],
  ])('a key entry %j | %j after a "Status key:" label is a note', (mark, meaning) => {
    const l = readLayout({
      values: [
        ['Ref', 'Action', 'Target date', 'Update', 'Status'],
        ['AB1', 'Brief the GPs', 'Dec 2023', 'Briefing sent', 'Closed'],
        [null, null, null, null, null],
        ['Status key:', null, null, null, null],
        [mark, meaning, null, null, null],
        ['Not started', 'No progress reported', null, null, null],
      ],
    });
    expect(l.rows.map((r) => r.ref)).toEqual(['AB1']);
    expect(l.noteRows).toEqual([3, 4, 5]);
  });
  // negative cases: words that are not the key's marks end the key (an action after it, with a lead and a date)
  test.each(['Complete/closed date', 'Delayed by a month', 'Review the delayed cases'])('%j after a key label is no key entry', (text) => {
    const l = readLayout({
      values: [
        ['Ref', 'Action', 'Target date', 'Update', 'Status'],
        ['AB1', 'Brief the GPs', 'Dec 2023', 'Briefing sent', 'Closed'],
        ['Status key:', null, null, null, null],
        [text, 'Underway, within target date', null, null, null],
      ],
    });
    expect(l.noteRows).toEqual([2]);
  });

  test('an empty status cell, coloured grey, leaves the progress beside it to be read alone ("No update received": none before its date)', () => {
    const values = [
      ['No.', 'Aims', 'Lead', 'Target Date', 'Progress update (Jan 25)', 'Status'],
      ['13', 'Boxing sessions', 'Leisure', 'Summer 2025', 'Delivered Jul-Aug', 'Complete'],
      ['14', 'Safe Havens scheme', 'Met', 'June 2025', 'No update received', null],
    ];
    // (the status cell of row 14, grey: a fill with no words)
    const fills = values.map((row, r) => row.map((_, c) => (r === 2 && c === 5 ? 'BFBFBF' : null)));
    const grid: Grid = { values, fills };
    const rows = assessGrid(grid, { asOf: '2025-01-31' }).rows;
    expect(rows.map((r) => [r.ref, r.state])).toEqual([
      ['13', 'complete'],
      ['14', 'none'],
    ]);
  });

  test('a "Status" drop-down beside dated update columns is the rating in words, read before the latest update', () => {
    const a = assessGrid(
      {
        values: [
          ['Ref', 'What we will do', 'Timescale', 'Progress update – March 2019', 'Progress update – September 2019', 'Status'],
          ['2.1', 'Six places for care leavers', 'Aug 2019', 'Places agreed.', '2 started Aug 19, 1 withdrew. 3 places unfilled.', 'Slippage'],
          ['2.3', 'Named contacts in every campus', 'March 2019', 'Named contacts in place Ayr & Kilmarnock, Kilwinning to follow', '', 'Complete'],
          ['3.1', 'Care leavers in education or work', 'March 2020', '68%', '71% against 95%', 'Not on target'],
          ['3.2', 'Champions Board', 'June 2019', 'Planned', 'Launched 14/06/19.', 'Complete'],
          [null, null, null, null, null, null],
          ['Status key', null, null, null, null, null],
          ['On target', 'Progressing as planned, expected to meet timescale', null, null, null, null],
          ['Not on target', 'Will not meet timescale / target, action needed', null, null, null, null],
        ],
      },
      { asOf: '2019-09-30' },
    );
    expect(a.layout.blocks[0].columns.rag).toBe(5);
    expect(a.rows.map((r) => [r.ref, r.state])).toEqual([
      ['2.1', 'amber'],
      ['2.3', 'complete'],
      ['3.1', 'red'],
      ['3.2', 'complete'],
    ]);
  });

  test('a drop-down beside one commentary column ("Delivery status | Comments") is the rating in words', () => {
    const plan = (second: Array<string | null>) => ({
      values: [
        ['Ref', 'Learning activity', 'Planned date', 'Delivery status', 'Comments'],
        ['1.1', 'Level 3 course', 'Sept 2020', second[0], 'Live on the website from Sept.'],
        ['1.2', 'Neglect briefing', 'Nov 2020', second[1], 'All 14 pool trainers done.'],
        ['1.3', 'CSE course', 'Oct 2020', second[2], 'Awaiting covid restrictions to lift.'],
      ],
    });
    const a = assessGrid(plan(['Delivered', 'Completed', 'On hold']), { asOf: '2021-03-19' });
    expect(a.layout.blocks[0].columns).toMatchObject({ rag: 3, status: 4 });
    expect(a.rows.map((r) => r.state)).toEqual(['complete', 'complete', 'amber']);
    // negative case: a second column of sentences is no drop-down: the columns stay as they were read
    const words = assessGrid(plan(['Went well.', 'Needs a new venue.', 'Trainer off sick.']), { asOf: '2021-03-19' });
    expect(words.layout.blocks[0].columns.rag).toBeUndefined();
  });

  test('after a key, a row of several cells is read again', () => {
    const l = readLayout({
      values: [['Ref', 'Action', 'Timescale', 'Status'], ['1.1', 'Do it', 'Dec 14', 'Done'], ['Key'], ['Blue: complete'], ['1.2', 'Do more', 'Mar 15', '']],
    });
    expect(l.rows.map((r) => r.ref)).toEqual(['1.1', '1.2']);
  });

  test('"Milestones" carries the dates alone; beside a "Target date" the target date is the timescale', () => {
    const alone = readLayout({
      values: [
        ['Ref', 'Action', 'Milestones', 'Lead', 'RAG'],
        ['1', 'Draft policy', 'Draft by June 2016; agreed by Sept 2016', 'PSW', 'G'],
      ],
    });
    expect(alone.blocks[0].columns.timescale).toBe(2);
    const both = readLayout({
      values: [
        ['Ref', 'Action', 'Milestone', 'Target date', 'RAG'],
        ['1', 'Draft policy', 'Agreed at Board', 'Sept 2016', 'G'],
      ],
    });
    expect(both.blocks[0].columns.timescale).toBe(3);
  });

  test.each([
    [['Start', 'End'], 4],
    [['From', 'To'], 4],
    [['Start date', 'Completion date'], 4],
    // sub-headers that name no end: the merged header's first column, as before
    [['Planned', 'Actual'], 3],
    [['2016', '2017'], 3],
  ])('"Timescale" merged over %j: the timescale is column %i', (subs, col) => {
    const l = readLayout({
      values: [
        ['Ref', 'Action', 'Lead', 'Timescale', null, 'Progress'],
        [null, null, null, ...subs, null],
        ['1.1', 'Audit', 'QA', 'Apr 2016', 'Sept 2016', 'Audit done'],
      ],
      merges: [{ top: 0, left: 3, bottom: 0, right: 4 }],
    });
    expect(l.blocks[0].columns.timescale).toBe(col);
    expect(l.rows.map((r) => r.ref)).toEqual(['1.1']);
  });

  describe('a timescale over "Start | End" on a second header row, not merged: the end is the deadline', () => {
    const due = (header: Array<string | null>, subs: Array<string | null> | null, rows: Array<Array<string | null>>) =>
      assessGrid({ values: [header, ...(subs ? [subs] : []), ...rows] }, { asOf: '2015-01-21' }).rows.map((r) => [r.ref, r.timescale.due, r.state]);
    const rows = [
      ['1.1', 'Review the neglect strategy', 'JS', 'Sept 2014', 'March 2015', 'On track'],
      ['1.2', 'Launch the toolkit', 'AB', 'Oct 2014', 'Dec 2014', 'Delayed'],
    ];
    const byEnd = [
      ['1.1', '2015-03-31', 'green'],
      ['1.2', '2014-12-31', 'amber'],
    ];
    test.each([
      ['Timescale', 'Start', 'End'],
      ['Timescale', 'Start date', 'End date'],
      ['Timescale', 'Start', 'Finish'],
      ['Dates', 'From', 'To'],
      ['When', 'Start', 'End'],
      ['Timescale', 'From', 'Completion date'],
    ])('"%s" over "%s | %s"', (top, start, end) => {
      expect(due(['Ref', 'Action', 'Lead', top, null, 'Progress'], [null, null, null, start, end, null], rows)).toEqual(byEnd);
    });

    test('with a RAG column after the progress (the grid as boards send it)', () => {
      const a = assessGrid(
        {
          values: [
            ['Ref', 'Action', 'Lead', 'Timescale', null, 'Progress', 'RAG'],
            [null, null, null, 'Start', 'End', null, null],
            ['1.1', 'Review the neglect strategy', 'JS', 'Sept 2014', 'March 2015', 'On track', 'G'],
            ['1.2', 'Launch the toolkit', 'AB', 'Oct 2014', 'Dec 2014', 'Delayed', 'A'],
          ],
        },
        { asOf: '2015-01-21' },
      );
      expect(a.layout.blocks[0].columns).toEqual({ ref: 0, action: 1, lead: 2, timescale: 4, status: 5, rag: 6 });
      expect(a.rows.map((r) => [r.ref, r.timescale.due, r.action])).toEqual([
        ['1.1', '2015-03-31', 'Review the neglect strategy'],
        ['1.2', '2014-12-31', 'Launch the toolkit'],
      ]);
    });

    test('"Start date" and "End date" side by side as headers: the end date is the timescale, the start date is not read', () => {
      expect(due(['Ref', 'Action', 'Lead', 'Start date', 'End date', 'Progress'], null, rows)).toEqual(byEnd);
    });

    describe('where the start stays or no end is named', () => {
      test('sub-headers naming no end ("Planned | Actual"): the timescale column itself, as before', () => {
        expect(due(['Ref', 'Action', 'Lead', 'Timescale', null, 'Progress'], [null, null, null, 'Planned', 'Actual', null], rows)).toEqual([
          ['1.1', '2014-09-30', 'amber'], // "On track" past its date
          ['1.2', '2014-10-31', 'amber'],
        ]);
      });
      test('the row under the header is an action, whatever the cell beside its timescale says', () => {
        expect(
          due(['Ref', 'Action', 'Lead', 'Timescale', null, 'Progress'], null, [
            ['1.1', 'Review the neglect strategy', 'JS', 'March 2015', 'End', 'On track'],
            ['1.2', 'Launch the toolkit', 'AB', 'Dec 2014', null, 'Delayed'],
          ]),
        ).toEqual(byEnd);
      });
      test('"Start date" alone beside the action is no timescale: a start is not a deadline', () => {
        expect(readLayout({ values: [['Ref', 'Action', 'Lead', 'Start date', 'Progress'], rows[0]] }).blocks[0].columns.timescale).toBeUndefined();
      });
    });
  });

  describe('a performance report: targets for a year, the rating in brackets ending each half-year cell', () => {
    const report = (target: string, halfYear: string) =>
      assessGrid(
        {
          values: [
            [
              'Priority',
              'Action',
              'Lead',
              'Performance measures',
              '2014/2015 target',
              'Half year performance and rating (RED) (AMBER) (GREEN)',
              'Year-end performance and rating',
            ],
            ['Identifying need early', 'Roll out the early help assessment', 'Early Help', 'Assessments initiated', target, halfYear, null],
          ],
        },
        { asOf: '2014-10-31' },
      ).rows[0];
    test('a target naming no date is due at the end of the year the header names; one naming a date, then', () => {
      expect(report('750', '402 initiated (GREEN)').timescale.due).toBe('2015-03-31');
      expect(report('750', '402 initiated (GREEN)').timescale.assumptions.join(' ')).toMatch(/no date in the cell: the period the column's header names/);
      expect(report('Live by April 2014', 'Not yet live: supplier delays (RED)').timescale.due).toBe('2014-04-30');
    });
    test('the colour in brackets after a sentence is its rating', () => {
      expect(report('750', '26.3%, worse than the baseline (RED)').state).toBe('red');
      expect(report('750', '41%. Starts by health visitors lower than expected (AMBER)').state).toBe('amber');
      expect(report('750', 'Sessions running in all three localities this term (RED)').state).toBe('red');
    });
  });

  test('a delivery monitor\'s "What are the prospects for the future?" is read when its commentary is empty', () => {
    const row = (commentary: string | null) =>
      assessGrid(
        {
          values: [
            ['Ref', 'Milestone', 'Owner', 'Target', 'Current Status', 'Current Commentary', 'What are the prospects for the future?'],
            ['C1', 'Calculate the savings', 'JS', 'August 2008', 'A', commentary, 'Calculation now expected by November 2008.'],
          ],
        },
        { asOf: '2008-09-30' },
      ).rows[0];
    expect(row(null).timescale.due).toBe('2008-11-30');
    expect(row('Figures received from four districts.').timescale.due).toBe('2008-08-31');
  });

  test('a column of phase names beside "Target date" is not the timescale', () => {
    const l = readLayout({
      values: [
        ['Ref', 'Phase', 'Action', 'Owner', 'Target date', 'Status'],
        ['P1.1', 'Phase 1 – concern for welfare', 'Train call handlers', 'Police', 'Feb-24', 'Complete'],
      ],
    });
    expect(l.blocks[0].columns.timescale).toBe(4);
  });

  describe('a Microsoft Planner export', () => {
    const planner = (description: string, progress = 'In progress') =>
      assessGrid(
        {
          values: [
            ['Task ID', 'Task Name', 'Bucket Name', 'Progress', 'Priority', 'Assigned To', 'Due date', 'Completed Date', 'Description'],
            ['PtYgjmUhBel31iEl2hpChYgCfrL1', 'Publish the annual report', 'Executive', progress, 'Important', 'Lorna Pike', '31/03/2025', '', description],
          ],
        },
        { asOf: '2024-11-14' },
      );
    test('reads "Task Name" as the action and "Bucket Name" as the objective; "Priority" and "Task ID" are not', () => {
      expect(planner('').layout.blocks[0].columns).toEqual({ action: 1, objective: 2, status: 3, lead: 5, timescale: 6 });
    });
    test('reads "Description" as the notes on the status: "On hold – ..." beside "In progress" is on hold', () => {
      expect(planner('On hold – school lead on long-term leave; restart agreed for January.').rows[0].state).toBe('amber');
      expect(planner('').rows[0].state).toBe('green');
    });
    test('"Description" where no better-named action column stands is the action', () => {
      const l = readLayout({
        values: [
          ['Ref', 'Description', 'Progress', 'Due date'],
          ['1', 'Publish the report', 'In progress', 'March 2025'],
        ],
      });
      expect(l.blocks[0].columns.action).toBe(1);
      expect(l.blocks[0].otherStatus).toBeUndefined();
    });
  });

  describe('task board exports (Trello, Jira, monday.com)', () => {
    test('Smartsheet: "Health" over colour words is the RAG (Yellow is amber); over ticks it is a group of a matrix', () => {
      const health = assessGrid(
        {
          values: [
            ['Task Name', 'Health', 'Assigned To', 'End Date', 'Comments'],
            ['Refresh the self-neglect guidance', 'Red', 'QLP Chair', 'October 2024', 'Analyst post vacant since September.'],
            ['Publish the training offer', 'Green', 'Workforce lead', 'March 2025', 'Draft with partners.'],
            ['Dashboard of partner data', 'Yellow', 'Business manager', 'March 2025', null],
            ['Review the escalation policy', 'Gray', 'Business manager', 'June 2025', null],
          ],
        },
        { asOf: '2025-01-29' },
      );
      expect(health.layout.blocks[0].columns).toMatchObject({ action: 0, rag: 1, lead: 2, timescale: 3 });
      expect(health.rows.map((r) => r.state)).toEqual(['red', 'green', 'amber', 'none']);
      // (the same header over ticks, as a responsibility matrix has it: no RAG)
      const matrix = assessGrid(
        {
          values: [
            ['Action', 'Health', 'Police', 'Education', 'Timescale', 'Progress'],
            ['Agree the protocol', '✓', '✓', null, 'March 2025', 'Draft circulated.'],
            ['Train the designated leads', '✓', null, '✓', 'March 2025', 'Two sessions held.'],
          ],
        },
        { asOf: '2025-01-29' },
      );
      expect(matrix.layout.blocks[0].columns.rag).toBeUndefined();
    });
    test('Trello: "Card Name" the action, "List Name" the status, "Card Description" the notes after it; counts are no status', () => {
      const a = assessGrid(
        {
          values: [
            ['Card ID', 'Card Name', 'Card Description', 'Due Date', 'Comment Count', 'List Name', 'Due Complete'],
            ['66b1f3d98c2e5a0012ab3410', 'Refresh the neglect toolkit', null, '2025-03-14T12:00:00.000Z', 2, 'To Do', false],
            ['66b1f3d98c2e5a0012ab3411', 'Launch the new SCP website', null, '2025-06-18T12:00:00.000Z', 0, 'To Do', false],
            [
              '66b1f3d98c2e5a0012ab3412',
              'Revise the HSB guidance',
              'Sign-off slipped; to be launched at the website event in May 2025.',
              '2025-02-28T12:00:00.000Z',
              3,
              'Doing',
              false,
            ],
          ],
        },
        { asOf: '2025-04-04' },
      );
      expect(a.layout.blocks[0].columns).toMatchObject({ action: 1, timescale: 3, status: 5 });
      // "To Do" is work not begun: red past its date, not started before it; the notes' later date moves the third
      expect(a.rows.map((r) => [r.state, r.timescale.due])).toEqual([
        ['red', '2025-03-14'],
        ['none', '2025-06-18'],
        ['amber', '2025-05-31'],
      ]);
    });
    test('Jira: "Issue key" the ref, "Summary" the action, "Priority" no objective, the last comment read after the status', () => {
      const a = assessGrid(
        {
          values: [
            ['Issue Type', 'Issue key', 'Summary', 'Assignee', 'Priority', 'Status', 'Due date', 'Custom field (Last Comment)'],
            ['Task', 'CEIP-7', 'Hold the DfE support visit', 'Dean Carver', 'High', 'Done', '02/Jun/25 12:00 AM', 'Visit held.'],
            [
              'Task',
              'CEIP-16',
              'Deliver the practice standards training',
              'Nadia Sethi',
              'Medium',
              'To Do',
              '30/Nov/25 12:00 AM',
              'On hold until the training budget is confirmed.',
            ],
          ],
        },
        { asOf: '2025-09-30' },
      );
      expect(a.layout.blocks[0].columns).toMatchObject({ ref: 1, action: 2, lead: 3, status: 5, timescale: 6 });
      expect(a.layout.blocks[0].columns.objective).toBeUndefined();
      expect(a.rows.map((r) => [r.ref, r.state, r.timescale.due])).toEqual([
        ['CEIP-7', 'complete', '2025-06-02'],
        ['CEIP-16', 'amber', '2025-11-30'],
      ]);
    });
    test('monday.com: each group\'s repeated header a block, "Name" the action; a subitems header row is not an action', () => {
      const header = ['Name', 'Subitems', 'People', 'Status', 'Timeline', 'Updates'];
      const a = assessGrid(
        {
          values: [
            ['Board business plan 2024-25', null, null, null, null, null],
            ['Prevention', null, null, null, null, null],
            header,
            ['Safeguarding Adults Week programme of events', 'Book venues', 'Helen Bradley', 'Done', '2024-11-18 - 2024-11-24', 'Eleven events held.'],
            ['Subitems', 'Name', 'Owner', 'Status', 'Date', 'Item ID (auto generated)'],
            [null, 'Book venues', 'Helen Bradley', 'Done', '2024-10-11', '1638205301'],
            ['Refresh the self-neglect practice guidance', null, 'Dean Porter', 'Not started', '2025-02-01 - 2025-03-31', null],
            [null, null, null, null, null, null],
            ['Performance', null, null, null, null, null],
            header,
            ['Quarterly assurance reports from the partners', null, 'Aisha Khan', 'Working on it', '2024-04-01 - 2025-03-31', 'Two of four in.'],
          ],
        },
        { asOf: '2025-01-15' },
      );
      expect(a.rows.map((r) => [r.action, r.state, r.timescale.due])).toEqual([
        ['Safeguarding Adults Week programme of events', 'complete', '2024-11-24'],
        ['Refresh the self-neglect practice guidance', 'none', '2025-03-31'],
        ['Quarterly assurance reports from the partners', 'green', '2025-03-31'],
      ]);
    });
    test('a row opening with a reference number is an action, though its other cells read like header words ("No", "Complete")', () => {
      // (the counterexample fast-check found: "1.1 | Action 0 | No | ... | No | Complete" was taken for a sub-table's header)
      const a = assessGrid(
        {
          values: [
            ['Ref', 'Action', 'Target date', 'Revised date', '% complete', 'Status', 'Update Jun 2015', 'Update Sep 2015', 'RAG', 'Achieved'],
            ['1.1', 'Action 0', 'No', null, null, null, null, 'No', 'Complete', null],
            ['2.1', 'Action 1', 'Complete', 0, null, null, 0, 'Complete', 'Complete', 0],
          ],
        },
        { asOf: '2015-01-21' },
      );
      expect(a.rows.map((r) => r.ref)).toEqual(['1.1', '2.1']);
    });
    test('Datix: "Action ID" the ref; a note of one dated entry read after "Open" without its date, time and author', () => {
      const a = assessGrid(
        {
          values: [
            ['Action ID', 'Action description', 'Responsible', 'Date due', 'Action status', 'Progress notes'],
            [
              48222,
              'Offer supervision to the staff involved',
              'L Okafor',
              '29/03/2024',
              'Open',
              '27/03/2024 16:20 L Okafor: Group supervision held 25/03/2024 with the named nurse.',
            ],
          ],
        },
        { asOf: '2024-04-15' },
      );
      expect(a.rows.map((r) => [r.ref, r.state])).toEqual([['48222', 'complete']]);
    });
    test("a drop-down's word beside a log of dated entries is read with the log's newest entry, not dropped with the older ones", () => {
      const a = assessGrid(
        {
          values: [
            ['Ref', 'Agreed action', 'Target', 'Agency update log', 'SAR Group status'],
            [
              '1a',
              'Rewrite the call handling procedure',
              '14/03/2024',
              '05/03/24 – JT – Procedure rewritten.\n12/06/24 – JT – Audit of 40 calls: all escalated within 60 mins.',
              'Closed – assured',
            ],
            [
              '4a',
              'Report the audit to the Board',
              'Jun-24',
              '10/05/24 – KM – Audit started.\n03/09/24 – KM – Report delayed, now expected by January 2025.',
              'Open – slipped',
            ],
          ],
        },
        { asOf: '2024-11-20' },
      );
      expect(a.rows.map((r) => [r.ref, r.state, r.timescale.due])).toEqual([
        ['1a', 'complete', '2024-03-14'],
        ['4a', 'amber', '2025-01-31'],
      ]);
    });
    test('Airtable: US dates, "3/12/2025" month first where the column\'s "12/31/2024" can only be; day first where "31/12/2024" is', () => {
      const dues = (other: string) =>
        assessGrid(
          {
            values: [
              ['Action', 'Status', 'Owner', 'Due date', 'Update notes'],
              ['Publish the annual report', 'Done', 'Karen Wallis', other, 'Published.'],
              ['Oversee the JTAI action plan', 'In progress', 'Daniel Hope', '3/12/2025', '12 of 17 actions complete.'],
            ],
          },
          { asOf: '2025-01-31' },
        ).rows.map((r) => r.timescale.due);
      expect(dues('12/31/2024')).toEqual(['2024-12-31', '2025-03-12']);
      expect(dues('31/12/2024')).toEqual(['2024-12-31', '2025-12-03']);
    });
    test('Microsoft Project: a summary task over deeper tasks ("Outline Level") is a section, not an action', () => {
      const l = readLayout({
        values: [
          ['ID', 'Task Name', 'Outline Level', 'Finish', '% Complete', 'Resource Names', 'Notes'],
          [1, 'Improvement Plan', 1, '15 June 2023 17:00', '52%', null, null],
          [2, '   1. Front door and MASH', 2, '28 April 2023 17:00', '71%', null, null],
          [3, '      Review the MASH threshold guidance', 3, '31 January 2023 17:00', '100%', 'Head of MASH', 'Published.'],
          [4, '      Audit contacts at the front door', 3, '28 April 2023 17:00', '40%', 'QA Lead', 'Half the sample done.'],
          [5, '   2. Workforce', 2, '15 June 2023 17:00', '30%', null, null],
          [6, '      Recruit permanent team managers', 3, '15 June 2023 17:00', '30%', 'HR Lead', 'Two of six appointed.'],
        ],
      });
      expect(l.rows.map((r) => r.ref)).toEqual(['3', '4', '6']);
      expect(l.sections.map((s) => s.title)).toEqual(['Improvement Plan', '1. Front door and MASH', '2. Workforce']);
    });
    test('Microsoft Project: a summary task over deeper tasks ("Outline Number" "1" over "1.1", the project\'s "0" over all) is a section', () => {
      const l = readLayout({
        values: [
          ['ID', 'Outline Number', 'Task Name', 'Duration', 'Start', 'Finish', '% Complete', 'Resource Names'],
          [0, '0', 'Improvement Plan', '478 days', 'Mon 02/04/18', 'Fri 31/01/20', '38%', null],
          [1, '1', '4. Front Door', '260 days', 'Mon 02/04/18', 'Fri 29/03/19', '55%', null],
          [2, '1.1', 'Review the thresholds document', '60 days', 'Mon 02/04/18', 'Fri 22/06/18', '100%', 'Head of Service'],
          [3, '1.2', 'Front Door redesign live', '0 days', 'Fri 29/03/19', 'Fri 29/03/19', '0%', null],
          [4, '2', '5. Workforce', '215 days', 'Mon 04/06/18', 'Fri 29/03/19', '45%', null],
          [5, '2.1', 'Recruit permanent team managers', '150 days', 'Mon 04/06/18', 'Fri 28/12/18', '40%', 'HR Business Partner'],
          // (a last task at the top level, with nothing under it: a task)
          [6, '3', 'Report to the Improvement Board', '1 day', 'Fri 31/01/20', 'Fri 31/01/20', '0%', 'DCS'],
        ],
      });
      expect(l.rows.map((r) => r.ref)).toEqual(['2', '3', '5', '6']);
      expect(l.sections.map((s) => s.title)).toEqual(['Improvement Plan', '4. Front Door', '5. Workforce']);
    });
    describe('Smartsheet, its outline lost: a row with no owner, status or comment whose dates span the task under it is a parent row', () => {
      const header = ['Task Name', 'Start', 'Finish', 'Duration', '% Complete', 'Status', 'Assigned To', 'Comments'];
      const schedule = (parent: (string | number | null)[]) =>
        readLayout({
          values: [
            header,
            parent,
            ['Revise the safeguarding policy', '01/09/16', '31/05/17', '195d', 0.6, 'Green', 'Chief Officer', 'Draft consulted on.'],
            ['Annual safeguarding report to Council', '01/07/16', '31/10/16', '88d', 1, 'Blue', 'Head of Safeguarding', 'Reported October.'],
            ['2. A safe workforce', '01/08/16', '31/03/17', '174d', 0.58, null, null, null],
            ['Safer recruitment audit', '01/08/16', '31/03/17', '174d', 0.5, 'Yellow', 'HR Manager', null],
          ],
        });
      test('the priorities are sections over their tasks', () => {
        const l = schedule(['1. Good governance', '01/07/16', '31/05/17', '239d', 0.62, null, null, null]);
        expect(l.rows.map((r) => [r.cells.action?.text.slice(0, 14), r.section?.title])).toEqual([
          ['Revise the saf', '1. Good governance'],
          ['Annual safegua', '1. Good governance'],
          ['Safer recruitm', '2. A safe workforce'],
        ]);
      });
      // negative cases, by reason: a task of its own
      test.each([
        ['someone is assigned to it', ['Set up the audit group', '01/07/16', '31/05/17', '239d', 0.62, null, 'QA Lead', null]],
        ['it has a status', ['Set up the audit group', '01/07/16', '31/05/17', '239d', 0.62, 'Red', null, null]],
        ['it has a comment', ['Set up the audit group', '01/07/16', '31/05/17', '239d', 0.62, null, null, 'Terms agreed.']],
        ['its dates end before the task under it', ['Set up the audit group', '01/07/16', '31/03/17', '190d', 0.62, null, null, null]],
        ['its dates start after the task under it', ['Set up the audit group', '01/10/16', '31/05/17', '170d', 0.62, null, null, null]],
      ])('%s: it stays a task', (_reason, row) => {
        expect(schedule(row).rows[0].cells.action?.text).toBe('Set up the audit group');
      });
      test('a one-day task nobody is assigned to, over another that day, stays a task (no span of its own)', () => {
        const l = readLayout({
          values: [
            ['Task Name', 'Start', 'Finish', 'Duration', 'Assigned To', 'Status'],
            ['Neglect toolkit briefing', '12/03/19', '12/03/19', '1d', null, null],
            ['Safer recruitment session', '12/03/19', '12/03/19', '1d', 'HR Manager', 'Green'],
          ],
        });
        expect(l.rows.map((r) => r.cells.action?.text)).toEqual(['Neglect toolkit briefing', 'Safer recruitment session']);
      });
      test('no "Duration" column (a plan, not a schedule): a row nobody is assigned to stays a task', () => {
        const l = readLayout({
          values: [
            ['Task Name', 'Start', 'Finish', '% Complete', 'Status', 'Assigned To'],
            ['Set up the audit group', '01/07/16', '31/05/17', 0.62, null, null],
            ['Revise the safeguarding policy', '01/09/16', '31/05/17', 0.6, 'Green', 'Chief Officer'],
          ],
        });
        expect(l.rows.map((r) => r.cells.action?.text)).toEqual(['Set up the audit group', 'Revise the safeguarding policy']);
      });
    });
    test('Wrike: "Title" the action before "Description" (the notes beside it); a folder\'s path row is a section', () => {
      const l = readLayout({
        values: [
          ['Key', 'Title', 'Status', 'Assigned To', 'Due Date', 'Description'],
          [null, '/Business Plan 2022-23/Hidden harm/', null, null, null, null],
          ['LLR-12', 'Hidden harm learning event', 'Active', 'Sam Patel', '31/03/2023', null],
          ['LLR-13', 'Self-neglect audit', 'Completed', 'Jo Reid', '30/11/2022', 'Audit reported to both Boards.'],
        ],
      });
      expect(l.blocks[0].columns).toMatchObject({ action: 1, status: 2, lead: 3, timescale: 4 });
      expect(l.rows.map((r) => r.cells.action?.text)).toEqual(['Hidden harm learning event', 'Self-neglect audit']);
      expect(l.sections.map((s) => s.title)).toEqual(['/Business Plan 2022-23/Hidden harm/']);
    });
    test('a "Type" column: a RAID log\'s assumptions and decisions are records, Jira\'s epics headings; risks, issues and actions are read', () => {
      const l = readLayout({
        values: [
          ['ID', 'Type', 'Description', 'Owner', 'Due date', 'Status', 'Update'],
          ['R01', 'Risk', 'Partners may not agree the funding formula', 'Chair', '30/06/2019', 'Open', 'Two of three shares agreed.'],
          ['A01', 'Assumption', 'The training offer continues unchanged', 'Business manager', null, 'Valid', 'Checked in July.'],
          ['D01', 'Decision', 'Three subgroups, not six', 'Chair', null, 'Agreed', 'Agreed at the Executive, 20 May 2019.'],
          ['AC01', 'Action', 'Publish the new arrangements', 'Business manager', '29/06/2019', 'Closed', 'Published 28 June.'],
          ['E1', 'Epic', 'Workstream 1: the front door', 'Head of service', null, 'In Progress', null],
        ],
      });
      expect(l.rows.map((r) => r.ref)).toEqual(['R01', 'AC01']);
      expect(l.sections.map((s) => s.title)).toEqual(['Workstream 1: the front door']);
    });
    test('ClickUp: "Status" beside "List Name" (the list, no status); an empty "Comments" ("[]") no update; "Task Content" the notes', () => {
      const a = assessGrid(
        {
          values: [
            ['Task ID', 'Task Name', 'Task Content', 'Status', 'Due Date', 'List Name', 'Comments'],
            ['2kx9f4a', 'Map the domestic abuse pathways', 'null', 'to do', '1627772340000', 'Domestic abuse', '[]'],
            [
              '2kx9f4b',
              'Pilot the training course',
              'Training unit has moved the pilot course to November 2021.',
              'in progress',
              '1633042740000',
              'Workforce',
              '[]',
            ],
          ],
        },
        { asOf: '2021-10-15' },
      );
      expect(a.layout.blocks[0].columns.status).toBe(3);
      // "to do" with nothing in the notes: not started, red past its date; the notes' later date moves the second
      expect(a.rows.map((r) => [r.state, r.timescale.due])).toEqual([
        ['red', '2021-07-31'],
        ['amber', '2021-11-30'],
      ]);
    });
    // negative cases, by reason
    test('"Name" over names or words, not sentences, is no action: a list of people or things is no plan', () => {
      const l = readLayout({
        values: [
          ['Name', 'Rating'],
          ['First', null],
          ['Second', null],
          ['Third', 2],
        ],
      });
      expect(l.blocks).toEqual([]);
    });
  });

  describe("a recommendation tracker's response column, read where the progress is empty", () => {
    const row = (response: string, progress = '') =>
      assessGrid(
        {
          values: [
            ['Ref', 'Recommendation', 'Agency response', 'Action to be taken', 'Lead', 'Target date', 'Progress update'],
            ['R1', 'Strengthen the audit of self-neglect cases', response, 'Multi-agency audit of cases', 'QA chair', 'March 2015', progress],
          ],
        },
        { asOf: '2015-01-21' },
      ).rows[0];
    // accepting the recommendation is no word of progress on it: nothing done, not yet due
    test.each(['Agreed.', 'Accepted', 'Recommendation accepted'])('%j alone is no status', (response) => {
      expect([row(response).status, row(response).state]).toEqual(['', 'none']);
    });
    test('a response that says more is read, and the progress, where written, comes first', () => {
      expect(row('Agreed – audit tool drafted and first cases chosen.').status).toBe('Agreed – audit tool drafted and first cases chosen.');
      expect(row('Accepted', 'Audit under way.').status).toBe('Audit under way.');
    });
  });

  describe('"Date completed" entries that do not say it is done', () => {
    const stateWith = (entry: string | number) =>
      assessGrid(
        {
          values: [
            ['Ref', 'Action', 'Target date', 'Progress', 'Date completed'],
            ['1', 'Do it', 'Oct 2016', 'Work under way', entry],
          ],
          numberFormats: [[], [null, null, null, null, typeof entry === 'number' ? 'dd/mm/yyyy' : null]],
        },
        { asOf: '2016-11-30' },
      ).rows[0].state;
    test.each([
      'Ongoing',
      'In progress',
      'Awaiting evidence',
      'Partially',
      'Due March 2017',
      'Target Dec 16',
      'Dec 2016',
      'N/A',
      'x',
      'Not known',
      'N/K',
      42735,
      'Termly', // a round of work, not the day it was done
      'Annually',
      'P', // partly achieved, in a Y / P / N column
      'Partly',
      'N – reopened', // a letter for no, with its reason (a closure column's reopened action)
    ])('%j → not complete', (entry) => {
      expect(stateWith(entry)).toBe('amber');
    });
    test.each(['Sept 2016', '12/10/2016', 'Yes', '✓', 42655])('%j → complete', (entry) => {
      expect(stateWith(entry)).toBe('complete');
    });
    // a closure column's reopened action: "N" with its reason is no, whatever the progress said when it was closed
    test('"N – reopened" under "Closed (Y/N)" beside progress: not complete', () => {
      const values = [
        ['Ref', 'Action', 'Target date', 'Progress', 'Closed (Y/N)'],
        ['1', 'Add a section on taxi licensing', 'Oct 2016', 'Section in the approved policy. Reopened May 2017 for the new standards.', 'N – reopened'],
      ];
      expect(assessGrid({ values }, { asOf: '2017-06-30' }).rows[0].state).not.toBe('complete');
    });

    // a plain "No" in the completion column beside words saying the work was done: the board's answer stands
    test.each([
      ['Temp fix done by staff.', 'N', 'green'],
      ['Completed.', 'No', 'green'],
      ['Done – policy updated', 'x', 'green'],
      // nothing said to be done: read as before
      ['Not yet booked.', 'N', 'none'],
      ['Completed.', 'Y', 'complete'],
    ])('%j beside %j in "Completed Y/N" → %s', (update, answer, state) => {
      const values = [
        ['No.', 'Action', 'By when', 'Update', 'Completed Y/N'],
        ['14', 'Repair the fire door', 'June 2019', update, answer],
      ];
      expect(assessGrid({ values }, { asOf: '2019-05-20' }).rows[0].state).toBe(state);
    });

    describe('an action log\'s "Date closed / Comments"', () => {
      const log = (status: string, comment: string) =>
        assessGrid(
          {
            values: [
              ['No.', 'Action', 'Lead', 'Due date', 'Status', 'Date closed / Comments'],
              ['1', 'Draft the specification', 'Carol', 'March 2011', status, comment],
            ],
          },
          { asOf: '2011-03-08' },
        ).rows[0];
      test('beside "Open" or "On agenda" a comment closes nothing, and is read after the status', () => {
        expect(log('Open', 'Draft specification sent to the forum for comment on 1/3/11.').state).toBe('green');
        expect(log('On agenda', 'Item 8.').state).not.toBe('complete');
        expect(log('Complete', '01/03/11').state).toBe('complete');
      });
      test('a comment that moves the work on is read as the status would be', () => {
        const r = log('Deferred', 'Joint meeting moved to June 2011 at the request of the Chair.');
        expect([r.state, r.timescale.due]).toEqual(['amber', '2011-06-30']);
      });
    });

    describe('a "Date completed" column that is the table\'s only date column', () => {
      // a school's Prevent duty risk assessment: the term the work was done in, or is to be done by
      const prevent = (rows: Array<[string, string]>) =>
        assessGrid(
          {
            values: [
              ['Prevent Vulnerability/Risk Area', 'Risk Y/N', 'Action taken/already in place to mitigate/address risk', 'Who', 'Date Completed'],
              ...rows.map(([action, when], i) => [`Area ${i + 1}`, 'N', action, 'Headteacher', when]),
            ],
          },
          { asOf: '2017-03-17' },
        );
      test('is read as the timescale too: a target where the status says the work is yet to be done, or the date is to come', () => {
        const a = prevent([
          ['DSLs completed the Prevent WRAP training.', 'Autumn 2 2016'], // done then
          ['Visiting speaker checking procedure to be written.', 'Spring 1 2017'], // a target, missed
          ['AUP signed by all staff; KS1 still to do.', 'Autumn 2 2016'], // part done, missed
          ['Staff meeting on British Values planned.', 'Spring 1 2017'], // planned, missed
          ['Governor Prevent training booked.', 'Summer 1 2017'], // to come
          ['The Prevent Lead updates governors.', 'Termly'], // a round of work
          // a date in words is when, not a comment on the work: the status alone says nothing is done yet
          ['Annual filtering review to be carried out with the IT service.', 'By end of academic year'],
        ]);
        expect(a.rows.map((r) => [r.state, r.timescale.due])).toEqual([
          ['complete', '2016-12-31'],
          ['red', '2017-02-28'],
          ['amber', '2016-12-31'],
          ['amber', '2017-02-28'],
          ['green', '2017-05-31'],
          ['green', null],
          ['none', '2017-08-31'],
        ]);
        expect(a.rows[1].timescale.assumptions.join(' ')).toMatch(/no timescale column: due date read from the completion column/);
        expect(a.warnings.join(' ')).toMatch(/completion column's dates are read as due dates too/);
      });
      test('beside a timescale column, it is not: a date there is when the work was done', () => {
        const a = assessGrid(
          {
            values: [
              ['Ref', 'Action', 'Target date', 'Progress', 'Date completed'],
              ['1', 'Do it', 'Oct 2016', 'Visiting speaker procedure to be written.', 'Sept 2016'],
            ],
          },
          { asOf: '2016-11-30' },
        );
        expect([a.rows[0].state, a.rows[0].timescale.due]).toEqual(['complete', '2016-10-31']);
      });
    });

    describe('a green rating beside a date done, in a plan whose RAG has no colour for complete', () => {
      // a programme's record of its commitments: "Target delivery date | Date achieved | RAG rating | Explanation"
      const record = (rows: Array<[string | null, string, string]>) =>
        assessGrid(
          {
            values: [
              ['Commitment', 'Target delivery date', 'Date achieved', 'RAG rating', 'Explanation'],
              ...rows.map(([achieved, rag, words], i) => [`Commitment ${i + 1}`, 'April 2013', achieved, rag, words]),
            ],
          },
          { asOf: '2014-12-31' },
        ).rows;
      test('is complete: the plan records it delivered, and green is the best it gives', () => {
        const rows = record([
          ['January 2013', 'Green', 'Guidance sent to commissioners in January 2013.'],
          [null, 'Red', 'Few areas have started.'],
        ]);
        expect(rows.map((r) => [r.state, r.contradiction])).toEqual([
          ['complete', null],
          ['red', null],
        ]);
        expect(rows[0].reasons[0]).toContain("the plan's RAG has no colour for complete");
      });
      describe('negative cases', () => {
        test('a plan with a colour for complete (Blue): done, and its green flagged as a rating not moved on', () => {
          const rows = record([
            ['January 2013', 'Green', 'Guidance sent.'],
            ['March 2013', 'Blue', 'Register in place.'],
          ]);
          expect(rows[0].state).toBe('complete');
          expect(rows[0].contradiction).toMatch(/marked green but the status says it was done: the rating was not moved on/);
        });
        test('a plan with a colour for complete: a green beside a step reported stays green', () => {
          const rows = record([
            [null, 'Green', 'Guidance sent to commissioners.'],
            ['March 2013', 'Blue', 'Register in place.'],
          ]);
          expect(rows[0].state).toBe('green');
        });
        test('a green beside "Complete." opening the status, in a plan with no colour for complete: complete', () => {
          const a = assessGrid(
            {
              values: [
                ['Ref', 'Action', 'Target date', 'Progress', 'R/A/G'],
                ['1', 'Agree the specification', 'March 2015', 'Complete.', 'G'],
                ['2', 'Train staff', 'March 2015', 'Slipped', 'A'],
              ],
            },
            { asOf: '2015-06-30' },
          );
          expect(a.rows.map((r) => [r.state, r.contradiction])).toEqual([
            ['complete', null],
            ['amber', null],
          ]);
        });
        test('a green beside a status that is one claim the whole was done ("Full compliance achieved."): complete', () => {
          const a = assessGrid(
            {
              values: [
                ['Ref', 'Action', 'Target date', 'Progress', 'R/A/G'],
                ['1', 'Review compliance with the standard', 'March 2015', 'Full compliance achieved.', 'G'],
                ['2', 'Audit the files', 'March 2015', 'Audit complete; 34 files re-written.', 'G'], // more than the one claim
                ['3', 'Train staff', 'March 2015', 'Slipped', 'A'],
              ],
            },
            { asOf: '2015-03-15' },
          );
          // before the due date, a green beside more than the one claim is on track
          expect(a.rows.map((r) => r.state)).toEqual(['complete', 'green', 'amber']);
        });
        test('a green kept past the due date beside work reported done is complete, unless the words say the work goes on', () => {
          const a = assessGrid(
            {
              values: [
                ['Ref', 'Action', 'Target date', 'Progress', 'R/A/G'],
                ['1', 'Hold a learning event', 'Nov 2024', 'Learning event held on 14 November 2024, 86 attendees.', 'G'],
                ['2', 'Launch the policy and audit its use', 'Nov 2024', 'Policy launched in November 2024; audits continue each quarter.', 'G'],
                ['3', 'Train staff', 'Nov 2024', 'Slipped', 'A'],
              ],
            },
            { asOf: '2025-01-31' },
          );
          expect(a.rows.map((r) => [r.state, r.contradiction])).toEqual([
            ['complete', null],
            ['green', expect.stringMatching(/marked green/)],
            ['amber', null],
          ]);
        });
        test('a green beside progress words alone stays on track: boards keep an action green while its work goes on', () => {
          const a = assessGrid(
            {
              values: [
                ['Ref', 'Action', 'Target date', 'Progress', 'R/A/G'],
                ['1', 'Launch the policy and audit its use', 'March 2015', 'Policy launched in March 2015; audits continue each quarter.', 'G'],
                ['2', 'Train staff', 'March 2015', 'Slipped', 'A'],
              ],
            },
            { asOf: '2015-06-30' },
          );
          expect(a.rows[0].state).toBe('green');
        });
      });
    });

    test.each([
      ['Yes', 'complete'],
      ['No', 'amber'],
    ])('a "Completed?" column: %j → %s', (entry, state) => {
      const values = [
        ['Ref', 'Action', 'Target date', 'Progress', 'Completed?'],
        ['1', 'Do it', 'Oct 2016', 'Work under way', entry],
      ];
      expect(assessGrid({ values }, { asOf: '2016-11-30' }).rows[0].state).toBe(state);
    });

    describe('words there are the latest word on it, read after the status', () => {
      const rowWith = (progress: string, entry: string) =>
        assessGrid(
          {
            values: [
              ['Recommendation', 'Action to take', 'Target Date', 'Key milestones achieved', 'Date of completion and Outcome'],
              ['1', 'Review the policy', 'Dec 2016', progress, entry],
            ],
          },
          { asOf: '2016-11-30' },
        ).rows[0];
      test.each([
        // the work goes on, slipped: amber, and the date it slipped to is the due date
        ['Policy review started', 'Ongoing – review delayed to February 2017', 'amber', '2017-02-28'],
        ['', 'Ongoing – review delayed to February 2017', 'amber', '2017-02-28'],
        // part done, not yet due: on the way
        ['Draft written', 'Partially complete', 'green', '2016-12-31'],
        ['', 'Not yet complete', 'green', '2016-12-31'],
      ])('%j beside %j → %s, due %s', (progress, entry, state, due) => {
        const row = rowWith(progress, entry);
        expect([row.state, row.timescale.due]).toEqual([state, due]);
        expect(row.reasons[0]).toBe(`the completion column says "${entry}": not done`);
      });

      // not read as words, grouped by reason
      test.each([
        ['No', 'a bare no says only that it is not done'],
        ['x', 'a bare mark says only that it is not done'],
        ['N/A', 'a bare mark says only that it is not done'],
        ['Due March 2017', 'a target, not progress'],
        ['Target Dec 16', 'a target, not progress'],
        ['12/10/2016', 'a date: done then'],
        ['Complete', 'says it is done'],
      ])('%j is not read as words saying it is not done (%s)', (entry) => {
        expect(rowWith('Draft written', entry).reasons.join('; ')).not.toMatch(/the completion column says/);
      });
    });
  });
});

describe('no progress, and the outcome column says the work is done', () => {
  const row = (impact: string, progress: string | null, rag: string | null = null) =>
    assessGrid(
      {
        values: [
          ['Ref', 'Action', 'Timescale', 'Evidence of impact', 'Progress update', 'RAG'],
          ['4.3', 'Roll out the app to all children in care', '31/10/2023', impact, progress, rag],
        ],
      },
      { asOf: '2024-01-31' },
    ).rows[0];
  test('"Complete – app in use by every team" is the update: complete', () => {
    const r = row('Complete – app in use by every team; 214 statements sent', null);
    expect(r.state).toBe('complete');
    expect(r.reasons[0]).toContain('no status: the outcome column says "Complete – app in use');
  });
  describe('negative cases', () => {
    test('an outcome that only measures is not an update: past due with nothing said', () => expect(row('214 statements sent', null).state).toBe('red'));
    test('the progress, when there is one, is read', () => expect(row('Complete – app in use', 'Roll-out delayed').state).toBe('amber'));
  });
});

// a school's safeguarding development plan: "Review" merged over the three terms' reviews, no status column named
describe('a review header that names no role, over a column for each term', () => {
  const values = [
    ['No.', 'Action', 'Lead', 'Timescale', 'Success criteria', 'Review', null, null],
    [null, null, null, null, null, 'Autumn', 'Spring', 'Summer'],
    ['1.1', 'Update the policy', 'DSL', 'Sept 2023', 'Policy on the website', 'Policy ratified at FGB 3 October 2023.', null, null],
    ['1.2', 'Train the deputies', 'DSL', 'Spring term 2024', 'Certificates on file', 'Booked.', 'Half trained.', null],
  ];
  const review = { top: 0, left: 5, bottom: 0, right: 7 };
  test.each([
    ['merged', [review]],
    ['its merge lost', []],
  ])('%s: the latest filled-in review is the status', (_how, merges) => {
    const l = readLayout({ values, merges });
    expect(l.rows.map((r) => [r.ref, r.cells.status?.text ?? null, r.statusFrom ?? null])).toEqual([
      ['1.1', 'Policy ratified at FGB 3 October 2023.', 'Review Autumn'],
      ['1.2', 'Half trained.', 'Review Spring'],
    ]);
  });
  describe('negative cases', () => {
    test('beside a status column of its own, the review columns are not a second status', () => {
      const withStatus = values.map((row, r) => (r === 0 ? row.map((v, c) => (c === 4 ? 'Progress' : v)) : row));
      expect(readLayout({ values: withStatus, merges: [review] }).rows[1].cells.status?.text).toBe('Certificates on file');
    });
    test('sub-headers that name no period ("Lead | Date"): not one column per period', () => {
      const noPeriods = values.map((row, r) => (r === 1 ? [null, null, null, null, null, 'By', 'Date', 'Notes'] : row));
      // (its merge lost: merged over three columns and naming no role, the title would not be a header at all)
      const l = readLayout({ values: noPeriods });
      expect(l.rows.map((r) => [r.ref, r.cells.status?.text ?? null])).toEqual([
        ['1.1', null],
        ['1.2', null],
      ]);
    });
  });
});

describe('a header over two rows, its cells merged down over the row of sub-headers', () => {
  // an NHS trust's work plan: "Ref ... Progress update" merged down over two rows, "RAG rating" across the quarters
  const values = [
    ['Ref', 'Action', 'Lead', 'Timescale', 'Progress update', 'RAG rating', null, null, null],
    [null, null, null, null, null, 'Q1', 'Q2', 'Q3', 'Q4'],
    ['1.1', 'Quarterly report to the committee', 'Director of Nursing', 'Quarterly', 'Q1 to Q3 presented', 'G', 'G', 'G', null],
    ['1.2', 'Refresh the policy', 'Named nurse', 'Dec 2019', 'Out for consultation', 'G', 'A', 'A', null],
  ];
  const down = [0, 1, 2, 3, 4].map((c) => ({ top: 0, left: c, bottom: 1, right: c }));
  const across = { top: 0, left: 5, bottom: 0, right: 8 };
  test('the sub-headers row is part of the header: the actions are the rows below it', () => {
    const l = readLayout({ values, merges: [...down, across] });
    expect(l.rows.map((r) => r.ref)).toEqual(['1.1', '1.2']);
    expect(l.rows[1].ragFrom).toBe('RAG rating Q3');
  });
  // the quarters typed "Jun-19", "Sep-19": Excel keeps each as a date (1 June 2019) and shows it "mmm-yy" (the Reading
  // child exploitation plan): read as shown, the latest filled quarter the rating
  test('sub-headers that are date cells shown as months ("Jun-19") are the periods, read as shown', () => {
    const dated = [
      values[0],
      [null, null, null, null, null, 43617, 43709, 43800, 43891],
      ['1.1', 'Train the schools', 'Lead', 'Dec 2019', '7 of 10 done', 'A', 'G', null, null],
      values[3],
    ];
    const text = dated.map((row, r) => row.map((_, c) => (r === 1 && c >= 5 ? ['Jun-19', 'Sep-19', 'Dec-19', 'Mar-20'][c - 5] : null)));
    const l = readLayout({ values: dated, text, merges: [...down, across] });
    expect(l.rows.map((r) => r.ragFrom)).toEqual(['RAG rating Sep-19', 'RAG rating Dec-19']);
    // negative case: with no text shown, a serial number names no period, and the merged header is one RAG column
    expect(readLayout({ values: dated, merges: [...down, across] }).rows[0].ragFrom).not.toBe('RAG rating Sep-19');
  });
  describe("a rating left in an earlier quarter than the table's latest", () => {
    const rated = (due: string, q2: string | null, q3: string | null, progress: string | null, asOf = '2020-01-15') =>
      assessGrid(
        {
          values: [...values.slice(0, 3), ['1.3', 'Audit the referrals', 'Named nurse', due, progress, 'G', q2, q3, null]],
          merges: [...down, across],
        },
        { asOf },
      ).rows[1];
    test('past due with no rating at the latest update: the words decide, not the old green', () => {
      const r = rated('Dec 2019', 'G', null, null);
      expect(r.state).toBe('red');
      expect(r.reasons[0]).toContain('older than the table\'s ("RAG rating Q3")');
    });
    describe('negative cases', () => {
      test('not yet due: the old rating stands', () => expect(rated('March 2020', 'G', null, null).state).toBe('green'));
      test('rated at the latest update: it stands', () => expect(rated('Dec 2019', 'G', 'G', null).state).toBe('green'));
      // a finished action is not rated again: "Complete" (or "B") in an earlier quarter and nothing after
      test.each(['Complete', 'B'])('a rating of done, %j, stands', (done) => expect(rated('Dec 2019', done, null, null).state).toBe('complete'));
    });
  });

  describe('negative cases', () => {
    test('the row under a header merged only across (no cell merged down over it) is read as it always was', () => {
      const l = readLayout({ values: [values[0], ['1.0', 'Set up the group', 'DN', 'May 2019', 'Done', 'G', null, null, null], values[2]], merges: [across] });
      expect(l.rows.map((r) => r.ref)).toEqual(['1.0', '1.1']);
    });
  });
});

describe('a "Date of last update" column', () => {
  const header = ['Ref', 'Action', 'Timescale', 'Progress update', 'Date of last update', 'RAG'];
  // as of 31 January 2024: a row rated, and last updated, on the date given
  const rated = (due: string, progress: string | null, updated: string | number | null, rag: string | null, fill: string | null = null) =>
    assessGrid(
      {
        values: [header, ['3.1', 'Supervision audit', due, progress, updated, rag]],
        fills: [[], [null, null, null, null, null, fill]],
      },
      { asOf: '2024-01-31' },
    ).rows[0];
  test.each<[string, string]>([
    ['Date of last update', 'updated'],
    ['Last updated', 'updated'],
    ['Date last updated', 'updated'],
    ['Date updated', 'updated'],
    ['Last reviewed', 'updated'],
  ])('"%s" is the date the row was last updated', (h) => {
    const l = readLayout({
      values: [
        ['Ref', 'Action', 'Timescale', 'Progress', h, 'RAG'],
        ['1', 'Audit', 'Dec 2023', 'Done', '15/09/2023', 'G'],
      ],
    });
    expect(l.blocks[0].extra?.updated).toBe(4);
  });
  test('a green given in September, before the December date that has since passed: the words decide (amber)', () => {
    const r = rated('31/12/2023', 'On track – policy agreed; audit scheduled for November.', '15/09/2023', null, '00B050');
    expect(r.state).toBe('amber');
    expect(r.reasons[0]).toBe(
      'the row was last updated on 15 Sep 2023, before its due date (31 Dec 2023), which has passed: its rating (green) no longer stands; read the words',
    );
  });
  test('a date cell (a serial number formatted as a date) is read as the date', () => {
    const r = assessGrid(
      { values: [header, ['3.1', 'Audit', '31/12/2023', 'On track', 45184, 'Green']], numberFormats: [[], [null, null, null, null, 'dd/mm/yyyy', null]] },
      { asOf: '2024-01-31' },
    ).rows[0];
    expect(r.state).toBe('amber');
    expect(r.reasons[0]).toContain('last updated on 15 Sep 2023');
  });
  describe('negative cases', () => {
    describe('the rating stands', () => {
      test('updated after the due date', () => expect(rated('31/12/2023', 'On track', '10/01/2024', 'Green').state).toBe('green'));
      test('not yet due', () => expect(rated('31/03/2024', 'On track', '15/09/2023', 'Green').state).toBe('green'));
      test('a rating of done: the work was done before the date', () =>
        expect(rated('31/12/2023', 'Policy agreed', '15/09/2023', 'Blue').state).toBe('complete'));
      test('a later date the progress gives, not yet passed', () =>
        expect(rated('31/12/2023', 'On track; audit moved to March 2024', '15/09/2023', 'Green').state).toBe('green'));
    });
    test('no date in the column: the rating stands', () => expect(rated('31/12/2023', 'On track', 'n/a', 'Green').state).toBe('green'));
    test('"Last update" alone heads words, not a date: it is not this column', () => {
      const l = readLayout({
        values: [
          ['Ref', 'Action', 'Timescale', 'Last update', 'RAG'],
          ['1', 'Audit', 'Dec 2023', 'Done', 'G'],
        ],
      });
      expect(l.blocks[0].extra?.updated).toBeUndefined();
    });
  });
});

describe('more than one lead column', () => {
  const leads = (grid: Parameters<typeof assessGrid>[0]) => assessGrid(grid, { asOf: '2015-01-21' }).rows.map((r) => r.lead);

  test('"Lead officer | Lead agency": both name the row\'s leads', () => {
    const values = [
      ['Ref', 'Action', 'Lead officer', 'Lead agency', 'Timescale', 'Status'],
      ['1', 'Audit', 'J. Smith', 'Police', 'March 2015', 'On track'],
      ['2', 'Train', null, 'Health', 'March 2015', 'On track'],
    ];
    expect(leads({ values })).toEqual(['J. Smith / Police', 'Health']);
  });

  test('"Lead" merged over "Officer | Agency" on the row below: both sub-columns name leads', () => {
    const values = [
      ['Ref', 'Action', 'Lead', null, 'Timescale', 'Status'],
      [null, null, 'Officer', 'Agency', null, null],
      ['1', 'Audit', 'J. Smith', 'Police', 'March 2015', 'On track'],
      ['2', 'Train', 'A. Jones', null, 'Dec 2014', 'Delayed'],
    ];
    expect(leads({ values, merges: [{ top: 0, left: 2, bottom: 0, right: 3 }] })).toEqual(['J. Smith / Police', 'A. Jones']);
  });

  describe('negative cases', () => {
    // a lead header merged over an action row (no sub-header row): only the lead column is read
    test('a merged "Lead" header with an action row under it reads one column', () => {
      const values = [
        ['Ref', 'Action', 'Lead', null, 'Timescale', 'Status'],
        ['1', 'Audit', 'J. Smith', 'note', 'March 2015', 'On track'],
      ];
      expect(leads({ values, merges: [{ top: 0, left: 2, bottom: 0, right: 3 }] })).toEqual(['J. Smith']);
    });
    // one lead column: as written
    test('one lead column is read as written', () => {
      const values = [
        ['Ref', 'Action', 'Lead', 'Timescale', 'Status'],
        ['1', 'Audit', 'J. Smith / Police', 'March 2015', 'On track'],
      ];
      expect(leads({ values })).toEqual(['J. Smith / Police']);
    });
  });
});

describe('a claim that only something made ready for the work was agreed ("Audit tool agreed.")', () => {
  // as of 21 January 2015
  const row = (action: string, status: string, due = 'Dec 2014', outcome = 'Better practice', rag: string | null = null) =>
    assessGrid(
      {
        values: [
          ['Ref', 'Action', 'Timescale', 'Outcome', 'Progress', 'RAG'],
          ['1.3', action, due, outcome, status, rag],
        ],
      },
      { asOf: '2015-01-21' },
    ).rows[0];
  // action, status, due → state
  test.each([
    ['Multi-agency audit of unborn babies on child protection plans', 'Audit tool agreed.', 'Dec 2014', 'amber'],
    ['Multi-agency audit of unborn babies on child protection plans', 'Audit tool agreed.', 'March 2015', 'green'],
    ['Set up a neglect sub group', 'Terms of reference approved by the Board in November.', 'March 2015', 'green'],
    ['Commission an independent review of the front door', 'Specification agreed.', 'Dec 2014', 'amber'],
    ['Roll out the graded care profile', 'Project plan has been signed off', 'March 2015', 'green'],
    // the questions a survey will ask
    ['Run the annual staff survey', 'Questions agreed with the Staff Forum; the survey runs in May 2015.', 'March 2015', 'green'],
    // the money the work needs, bid for
    ['Mentoring for young people on the youth justice caseload', 'Bid submitted to the Youth Endowment Fund; outcome awaited.', 'March 2015', 'green'],
    ['Commission a young carers service', 'Funding application submitted to the Home Office.', 'Dec 2014', 'amber'],
  ])('%j: %j, due %s → %s', (action, status, due, state) => {
    const r = row(action, status, due);
    expect(r.state).toBe(state);
    expect(r.reasons.join(' ')).toContain('a step towards the action (what the work needs made ready), not the action done');
  });
  test('past due: overdue, with the days', () => {
    const r = row('Multi-agency audit of unborn babies', 'Audit tool agreed.');
    expect([r.overdue, r.daysOverdue]).toEqual([true, 21]);
  });
  test('the work itself given a date after its own: slipped, due then (the step done does not make it history)', () => {
    const r = row('Multi-agency audit of unborn babies', 'Audit tool agreed. Audit to be carried out in April 2015.', 'March 2015');
    expect([r.state, r.timescale.due, r.originalDue]).toEqual(['amber', '2015-04-30', '2015-03-31']);
    expect(r.reasons[0]).toContain('the action itself now due 30 Apr 2015, after its date (31 Mar 2015): slipped');
  });
  test('beside a green that the plan\'s key makes cover work done ("G – on track / achieved"): on track, not done', () => {
    const plan = (status: string) =>
      assessGrid(
        {
          values: [
            ['Ref', 'Action', 'Lead', 'Timescale', 'Progress', 'RAG'],
            ['C5', "Young people's safeguarding survey through schools", 'Business Manager', '2019/20', status, 'G'],
            [null, null, null, null, null, null],
            ['RAG key: G – on track / achieved   A – some slippage   R – not achieved', null, null, null, null, null],
          ],
        },
        { asOf: '2019-03-31' },
      ).rows[0];
    const step = plan('Survey questions agreed with the Youth Council.');
    expect(step.state).toBe('green');
    expect(step.reasons[0]).toContain('a step towards the action');
    // the work itself reported done: the key's green is the work delivered
    expect(plan('Survey completed in all secondary schools in February.').state).toBe('complete');
  });
  test('or in a "Further actions needed" column beside the progress', () => {
    const a = assessGrid(
      {
        values: [
          ['What are we going to do?', 'Progress so far', 'Further actions needed', 'Lead', 'Time Scale'],
          [
            'Audit the timeliness of strategy meetings',
            'Audit tool agreed by the QA Sub Group',
            'Audit to be held in April 2015',
            'QA Sub Group',
            'March 2015',
          ],
        ],
      },
      { asOf: '2015-01-21' },
    );
    expect([a.layout.blocks[0].extra?.left, a.rows[0].state, a.rows[0].timescale.due]).toEqual([2, 'amber', '2015-04-30']);
  });
  describe('negative cases', () => {
    describe('the thing is what the action or its outcome asks for: done', () => {
      test.each([
        ['Develop a multi-agency audit tool', 'Audit tool agreed.', 'Better practice'],
        ['Develop multi-agency audit tools', 'Audit tools agreed.', 'Better practice'],
        ['Map current process for managing case review', 'SCR Framework completed.', 'Fit for purpose Case Review Framework'],
        ['Agree terms of reference for the sub group', 'Terms of reference approved.', 'Better practice'],
        ['Agree the questions for the staff survey', 'Questions agreed with the Staff Forum.', 'Better practice'],
        ['Submit a bid to the Youth Endowment Fund for mentoring', 'Bid submitted to the Youth Endowment Fund.', 'Better practice'],
      ])('%j: %j (outcome %j) → complete', (action, status, outcome) => expect(row(action, status, 'Dec 2014', outcome).state).toBe('complete'));
    });
    test('more than the preparation claimed: done', () =>
      expect(row('Multi-agency audit of unborn babies', 'Audit tool agreed and the audit completed in December.').state).toBe('complete'));
    test('a rating of done stands', () =>
      expect(row('Multi-agency audit of unborn babies', 'Audit tool agreed.', 'Dec 2014', 'Better practice', 'Blue').state).toBe('complete'));
    test('no preparation word: done', () => expect(row('Multi-agency audit of unborn babies', 'Audit agreed by the Board.').state).toBe('complete'));
  });
});

describe('a RAG column after each update column ("Update Oct | RAG | Update Nov | RAG")', () => {
  const header = ['Ref', 'Action', 'Target date', 'Progress update October 2025', 'RAG', 'Progress update November 2025', 'RAG'];
  const read = (oct: string | null, octRag: string | null, nov: string | null, novRag: string | null, due = 'March 2026') =>
    assessGrid({ values: [header, ['1', 'Audit strategy meetings', due, oct, octRag, nov, novRag]] }, { asOf: '2025-11-30' }).rows[0];
  test('the layout pairs each RAG with the update before it', () => {
    const l = readLayout({ values: [header, ['1', 'Audit', 'March 2026', 'Started', 'Amber', 'Going well', 'Green']] });
    expect(l.blocks[0].ragUpdates?.map((u) => [u.col, u.header])).toEqual([
      [4, 'RAG (Progress update October 2025)'],
      [6, 'RAG (Progress update November 2025)'],
    ]);
  });
  test("the RAG beside the latest update is the row's rating", () => {
    const r = read('Interviews booked', 'Green', 'Candidate withdrew; post re-advertised', 'Amber');
    expect([r.state, r.explicitRag, r.updateColumn]).toEqual(['amber', 'amber', 'Progress update November 2025']);
  });
  test('a month with nothing new: the latest filled-in update and its RAG', () => {
    const r = read('Audit under way', 'Green', null, null);
    expect([r.state, r.explicitRag, r.updateColumn]).toEqual(['green', 'green', 'Progress update October 2025']);
  });
  describe('negative cases', () => {
    test('one RAG column for two updates: it is the RAG, read beside whichever update is read', () => {
      const l = readLayout({
        values: [
          ['Ref', 'Action', 'Target date', 'Progress update October 2025', 'Progress update November 2025', 'RAG'],
          ['1', 'Audit', 'March 2026', 'Started', 'Going well', 'Green'],
        ],
      });
      expect([l.blocks[0].ragUpdates, l.blocks[0].columns.rag]).toEqual([undefined, 5]);
    });
    test('RAG columns not after each update (both at the end): not paired', () => {
      const l = readLayout({
        values: [
          ['Ref', 'Action', 'Target date', 'Progress update October 2025', 'Progress update November 2025', 'RAG', 'RAG'],
          ['1', 'Audit', 'March 2026', 'Started', 'Going well', 'Amber', 'Green'],
        ],
      });
      expect(l.blocks[0].ragUpdates).toBeUndefined();
    });
  });
});

describe('a row of guidance under the header, asking what goes in each column', () => {
  const header = ['RECOMMENDATION', 'Scope of recommendation', 'Action to be taken', 'Lead Agency', 'Target date', 'Progress indicator', 'Agency response'];
  const guidance = [
    'What is the over-arching recommendation?',
    'Local, regional, or national level?',
    'How will the agency make this recommendation happen?',
    null,
    'From date of publication of report –\n13 October 2016.',
    'Red\nAmber\nGreen',
    null,
  ];
  const rec = [
    'Recommendation 1: review the GP referral protocol',
    'Local',
    'Review the protocol',
    'CCG',
    'Within 3 months of publication',
    null,
    'Protocol reviewed and reissued in December.',
  ];
  test('is a note, not an action', () => {
    const l = readLayout({ values: [header, guidance, rec] });
    expect(l.rows.map((r) => r.row)).toEqual([2]);
    expect(l.noteRows).toContain(1);
  });
  test('its publication date dates "Within 3 months of publication"', () => {
    const r = assessGrid({ values: [header, guidance, rec] }, { asOf: '2017-02-28' }).rows[0];
    expect(r.timescale.due).toBe('2017-01-13');
  });
  describe('negative cases', () => {
    test('an action asked as a question, one cell: an action', () => {
      const l = readLayout({
        values: [header, ['Recommendation 1', 'Local', 'Can the referral protocol be simplified?', 'CCG', 'March 2017', null, 'Under review']],
      });
      expect(l.rows).toHaveLength(1);
    });
    test('questions only in cells other than the action and the objective: an action', () => {
      const l = readLayout({ values: [header, ['Recommendation 1', 'Local or regional?', 'Review the protocol', 'CCG?', 'March 2017', null, 'Under review']] });
      expect(l.rows).toHaveLength(1);
    });
  });
});

describe('a group header naming no role merged over sub-headers that do ("Delivery" over "Lead | By when")', () => {
  const values = [
    ['Ref', 'Action', 'Delivery', null, 'Monitoring', null, 'RAG'],
    [null, null, 'Lead', 'By when', 'Measure', 'Source', null],
    ['1', 'Train the panel', 'ASB Officer', 'Sept 2014', 'Attendance', 'Register', 'G'],
  ];
  const merges = [
    { top: 0, left: 0, bottom: 1, right: 0 },
    { top: 0, left: 1, bottom: 1, right: 1 },
    { top: 0, left: 2, bottom: 0, right: 3 },
    { top: 0, left: 4, bottom: 0, right: 5 },
    { top: 0, left: 6, bottom: 1, right: 6 },
  ];
  test('each sub-header names its column', () => {
    const l = readLayout({ values, merges });
    expect(l.blocks[0].columns).toMatchObject({ ref: 0, action: 1, lead: 2, timescale: 3, rag: 6 });
    expect(l.rows.map((r) => r.row)).toEqual([2]);
  });
  test('negative case: with no merge, the words on the row below are not read as sub-headers', () => {
    const l = readLayout({ values });
    expect(l.blocks[0]?.columns.timescale).toBeUndefined();
  });
});

describe("a highlight report's lines and columns (PRINCE2 templates)", () => {
  const header = ['Ref', 'Milestone', 'Lead', 'Due date', 'Last Period', 'This Period', 'Comments'];
  const values = [
    header,
    ['Workstream 1: Leadership', null, null, null, null, null, null],
    [null, 'Overall status', 'Chief Executive', null, 'A', 'A', 'Member attendance at training remains low.'],
    ['1.1', 'Corporate parenting training for all members', 'Cabinet Member', 'March 2015', 'A', 'R', '22 of 49 members trained.'],
    ['Key risks:', 'Turnover in the senior leadership team.', null, null, null, null, null],
    ['Decisions required:', 'Board to agree the role description.', null, null, null, null, null],
  ];
  test('"Last Period | This Period" is the RAG each period, this period the one read', () => {
    const rows = assessGrid({ values }, { asOf: '2015-03-06' }).rows;
    expect(rows.map((r) => [r.ref, r.state])).toEqual([['1.1', 'red']]);
  });
  test('"Overall status", "Key risks:" and "Decisions required:" lines are notes, not actions', () => {
    const l = readLayout({ values });
    expect(l.rows.map((r) => r.row)).toEqual([3]);
    expect(l.noteRows).toEqual(expect.arrayContaining([2, 4, 5]));
  });
  describe('negative cases', () => {
    test('an action about risks, with a timescale: an action', () => {
      const l = readLayout({ values: [header, ['1.2', 'Key risks: review the register', 'Chair', 'June 2015', 'G', 'G', 'On track']] });
      expect(l.rows).toHaveLength(1);
    });
    test('an action whose words start "Overall": an action', () => {
      const l = readLayout({ values: [header, ['1.3', 'Overall review of the front door', 'Chair', 'June 2015', 'G', 'G', 'On track']] });
      expect(l.rows).toHaveLength(1);
    });
    test('"Overall" with a ref of its own beside it: an action', () => {
      const l = readLayout({ values: [header, ['2', 'Overall', 'Chair', 'June 2015', 'G', 'G', 'On track']] });
      expect(l.rows).toHaveLength(1);
    });
  });
});

describe("an easy read or young people's plan", () => {
  const header = ['Ref', 'You said', 'We did', "What's next", 'How are we doing?'];
  const rows = [
    ['1', 'Learn the Ten Wishes', 'Every new starter learns them.', 'All ten by the end of the school year.', '🟢'],
    ['2', 'Keep the same social worker', "We haven't started it yet.", 'A plan by the end of the school year.', '🔴'],
    ['3', 'Sign our own consent forms', 'The dental service now asks.', 'Every health service by the end of the school year.', '🟠'],
  ];
  test('a second status column holding only ratings is the RAG; "What\'s next" dates the rows', () => {
    const a = assessGrid({ values: [header, ...rows] }, { asOf: '2022-03-31' });
    expect(a.rows.map((r) => [r.ref, r.state, r.timescale.due])).toEqual([
      ['1', 'green', '2022-08-31'],
      ['2', 'red', '2022-08-31'],
      ['3', 'amber', '2022-08-31'],
    ]);
  });
  test('"What we said" is the action', () => {
    const l = readLayout({
      values: [
        ['What we said', 'When', 'What we did'],
        ['Hold 8 meetings', 'Every year', 'We held 8.'],
      ],
    });
    expect(l.blocks[0].columns.action).toBe(0);
  });
  describe('negative cases', () => {
    test('a "Status" column of RAG words beside "Comments" stays the status (read as the rating in words)', () => {
      const l = readLayout({
        values: [
          ['Action', 'Due', 'Status', 'Comments'],
          ['A', 'March 2015', 'Green', 'On track.'],
          ['B', 'March 2015', 'Amber', 'Late.'],
        ],
      });
      expect([l.blocks[0].columns.status, l.blocks[0].columns.rag]).toEqual([2, undefined]);
    });
    test('a second status column of sentences is no RAG', () => {
      const values = [header, ...rows.map((r) => [...r.slice(0, 4), 'Going well.'])];
      expect(readLayout({ values }).blocks[0].columns.rag).toBeUndefined();
    });
    test('"Still to do" beside "What we did" gives no due date of its own (an annual report: the year\'s end)', () => {
      const values = [
        ['What we said we would do', 'What we did', 'Still to do'],
        ['Refresh the guidance', 'Drafted.', 'To the Board in July 2017.'],
      ];
      expect(assessGrid({ values }, { asOf: '2017-05-31' }).rows[0].timescale.due).not.toBe('2017-07-31');
    });
  });
});

describe('the header again in Welsh under the English, as a bilingual plan heads its table', () => {
  const header = ['Ref', 'Priority', 'Action', 'Lead', 'Timescale', 'Status'];
  const welsh = ['Cyf.', 'Blaenoriaeth', 'Cam Gweithredu', 'Arweinydd', 'Amserlen', 'Statws'];
  const row = ['1.1', 'Exploitation', 'Agree a regional strategy', 'Chair', 'Hydref 2019', 'On track'];
  test('is a note, not an action', () => {
    const l = readLayout({ values: [header, welsh, row] });
    expect(l.rows.map((r) => r.row)).toEqual([2]);
    expect(l.noteRows).toContain(1);
  });
  describe('negative cases', () => {
    test('an action whose cells name one Welsh word among English ones: an action', () => {
      const l = readLayout({ values: [header, ['1.1', 'Exploitation', 'Agree the targed list with partners', 'Chair', 'Hydref 2019', 'On track']] });
      expect(l.rows).toHaveLength(1);
    });
    test('a Welsh row below the first action row: an action (only the row straight under the header is read so)', () => {
      const l = readLayout({ values: [header, row, ['1.2', 'Cyf. 2', 'Cam Gweithredu', 'Arweinydd', 'Amserlen', 'Statws']] });
      expect(l.rows).toHaveLength(2);
    });
  });
});

describe('"Complete" over tick boxes (TRUE / FALSE from a checkbox)', () => {
  const grid = (rows: Array<[string, string, string, string | null, boolean | string | null]>) => ({
    values: [['Ref', 'Action', 'Due', 'Status', 'Complete'], ...rows],
  });
  test('the column is whether the action is done', () => {
    expect(readLayout(grid([['1', 'Audit', 'Dec 2014', 'In progress', true]])).blocks[0].extra?.done).toBe(4);
  });
  // status, tick → state, as of 21 January 2015, due December 2014
  test.each<[string | null, boolean, string]>([
    ['In progress', true, 'complete'], // ticked: done, whatever the drop-down still says
    [null, true, 'complete'],
    ['In progress', false, 'amber'], // not ticked, past due, under way
    [null, false, 'red'], // not ticked, nothing said, past due
  ])('status %j, ticked %s → %s', (status, ticked, state) => {
    const r = assessGrid(grid([['1', 'Audit', 'Dec 2014', status, ticked]]), { asOf: '2015-01-21' }).rows[0];
    expect(r.state).toBe(state);
    if (ticked) expect(r.reasons[0]).toBe('the "Complete" box is ticked');
  });
  describe('negative cases', () => {
    test('"Complete" over words, not booleans, is not this column (the word is a status a row holds)', () => {
      expect(readLayout(grid([['1', 'Audit', 'Dec 2014', 'In progress', 'Yes']])).blocks[0].extra?.done).toBeUndefined();
    });
    test('a column of booleans under a header no tick-box word names is not this column', () => {
      const l = readLayout({
        values: [
          ['Ref', 'Action', 'Due', 'Status', 'Priority'],
          ['1', 'Audit', 'Dec 2014', 'In progress', true],
        ],
      });
      expect(l.blocks[0].extra?.done).toBeUndefined();
    });
  });
});

describe('the lines that open a new page above the header repeated there', () => {
  const header = ['Action', 'Who/where', 'Agency leads', 'Timescales', 'Comments/progress'];
  const line = (text: string) => [text, null, null, null, null];
  const values = [
    line('We promise that children will be involved in their care.'),
    line('Priority 1'),
    line('CIOC Strategic Action Plan'),
    header,
    ['1. Support the Children in Care Council', 'CICC', 'Head of Service', 'Ongoing', 'Meets monthly'],
    line('We promise to find you a home that is right for you.'),
    line('Priority 2'),
    line('CIOC Strategic Action Plan'),
    header,
    ['5. Recruit 20 new foster carers', 'Fostering', 'Fostering manager', '2019/20', 'Campaign under way'],
  ];
  test('are not actions: the priority is the section, the plan title repeated on each page a note', () => {
    const l = readLayout({ values });
    expect(l.rows.map((r) => [r.row, r.section?.title ?? null])).toEqual([
      [4, null],
      [9, 'Priority 2'],
    ]);
    expect(l.noteRows).toContain(7);
  });
  describe('negative cases', () => {
    test("a line of more words of the action, right of the table's left edge, is not a page title", () => {
      const l = readLayout({
        values: [
          ['Link', 'Objectives', 'Key Actions', 'LSCB', 'TRAINING SUB'],
          ['WT', 'Multi-Agency Training', '*Training strategy to be agreed', 'X', 'X'],
          [null, null, '*Training strategy to incorporate gaps', null, null],
          ['2. Core Statutory Business Objectives', null, null, null, null],
          ['Link', 'Objectives', 'Key Actions', 'LSCB', 'TRAINING SUB'],
          [null, null, '"Whole family" focus training', 'X', 'X'],
        ],
      });
      expect(l.sections.map((s) => s.title)).toEqual(['Core Statutory Business Objectives']);
    });
  });
});

describe('an "Open / Closed" column, the open rows coloured', () => {
  const row = (word: string | null, fill: string | null, progress: string | null, due = 'Dec 2021') =>
    assessGrid(
      {
        values: [
          ['Ref', 'Action', 'Timescale', 'Progress update', 'Open / Closed'],
          ['1.2', 'Audit', due, progress, word],
        ],
        fills: [[], [null, null, null, null, fill]],
      },
      { asOf: '2022-04-30' },
    ).rows[0];
  test('is the RAG: the colour of an open row is its rating', () => {
    const r = row('Open', 'FFC000', 'Audit under way');
    expect([r.state, r.explicitRag]).toEqual(['amber', 'amber']);
    expect(r.reasons.join(' ')).not.toContain('in words');
  });
  test('"Closed" is done', () => expect(row('Closed', null, 'Guidance revised and issued').state).toBe('complete'));
  test('"Closed" beside a log of dated comments is done: the word, then the latest comment', () => {
    const r = row('Closed', null, '12/03/22 – added to the visit template.\n18/04/22 – 14 visits completed using it.');
    expect(r.state).toBe('complete');
  });
  describe('negative cases', () => {
    test('"Open" with no colour: the words decide (past due, under way)', () => expect(row('Open', null, 'Audit under way').state).toBe('amber'));
    test('"Open" with no colour and nothing said, past due: red', () => expect(row('Open', null, null).state).toBe('red'));
  });
});

describe('tick boxes applied down a whole column (Google Sheets, Excel): an unticked box on a section row shows nothing', () => {
  test('a section title in the Ref column with unticked boxes beside it heads the rows under it', () => {
    const a = assessGrid(
      {
        values: [
          ['Ref', 'Action needed', 'Who', 'By when', 'Done?'],
          ['Safer recruitment', null, null, null, false],
          ['2.1', 'DBS checks for all who work with children', 'Vicar', '31/05/2016', true],
          ['2.2', 'Keep a record of the checks', 'Churchwarden', '30/06/2016', false],
        ],
      },
      { asOf: '2016-07-31' },
    );
    expect(a.rows.map((r) => [r.ref, r.section?.title, r.state])).toEqual([
      ['2.1', 'Safer recruitment', 'complete'],
      ['2.2', 'Safer recruitment', 'red'],
    ]);
  });
});

describe('a standards self-assessment\'s "Met?" and a tracker\'s "Closure agreed": completion columns', () => {
  const met = (progress: string, said: string, timescale = 'Mar-20') =>
    assessGrid(
      {
        values: [
          ['Standard', 'Action required', 'Lead', 'Target date', 'Progress update (October 2019)', 'Met?'],
          ['1.1', 'Publish the safeguarding contacts on every club page', 'Communications Manager', timescale, progress, said],
        ],
      },
      { asOf: '2019-10-31' },
    ).rows[0];
  test('"Met" is done', () => expect(met('Details added to the website in June 2019.', 'Met', 'Sep-19').state).toBe('complete'));
  test('"Not met" alone says only that it is not done: the status says where it stands', () => {
    expect(met('Not started.', 'Not met').state).toBe('none');
    expect(met('Draft written; consultation in November.', 'Not met').state).toBe('green');
  });
  const closure = (agreed: string) =>
    assessGrid(
      {
        values: [
          ['Ref', 'Area for improvement', 'Lead', 'Target date', 'Update', 'Proposed for closure', 'Closure agreed'],
          ['P22-08', 'Improve the quality of DASH risk assessments', 'DCI Lee', '31/07/2023', 'Audit shows 92% of forms complete.', '10/08/2023', agreed],
        ],
      },
      { asOf: '2023-09-01' },
    ).rows[0];
  test('a date the closure was agreed: done', () => expect(closure('24/08/2023').state).toBe('complete'));
  describe('negative cases', () => {
    test('"No" with its reason in a completion column: not done', () => {
      expect(closure('No – further evidence requested').state).not.toBe('complete');
      expect(met('Details added to the website in June 2019.', 'No – the app still to be updated', 'Sep-19').state).not.toBe('complete');
    });
  });
});

describe('a task list exported from SharePoint: "Task Status" is the status, "Comments" beside it', () => {
  const task = (status: string, percent: number, comment: string) =>
    assessGrid(
      {
        values: [
          ['Title', 'Assigned To', 'Due Date', '% Complete', 'Task Status', 'Comments'],
          ['Recruit six team managers', 'Jones, Karen', '31/01/2018', percent, status, comment],
        ],
      },
      { asOf: '2018-03-16' },
    );
  test('"Completed" at 100%, a comment beside it: complete', () => {
    const a = task('Completed', 1, 'All six posts filled; the last manager started on 8 January.');
    expect(a.layout.blocks[0].columns).toMatchObject({ action: 0, lead: 1, timescale: 2, status: 4 });
    expect(a.rows[0].state).toBe('complete');
  });
});

describe('a RAG whose key rates compliance with a standard (a self-assessment)', () => {
  const key = [
    ['Rag rating key:', null, null, null, null, null],
    ['Green', 'Fully compliant (remains subject to continuous quality improvement)', null, null, null, null],
    ['Amber', 'Partially compliant - plans in place to ensure full compliance', null, null, null, null],
    ['Red', 'Non-compliant (standards not met)', null, null, null, null],
  ];
  const header = ['Standard', 'Evidence (embed or attach evidence including audits)', 'RAG', 'Action required', 'Target date', 'Progress update January 2017'];
  const row = (rag: string, progress: string | null, due = 'Dec 2016', evidence = 'Protocol signed 2015') =>
    assessGrid({ values: [...key, header, ['1.1 Leadership', evidence, rag, 'Publish the chart', due, progress]] }, { asOf: '2017-01-31' }).rows[0];
  test('rates the standard, not the action: the words decide', () => {
    const r = row('Amber', 'Return received and reviewed – complete.');
    expect(r.state).toBe('complete');
    expect(r.reasons[0]).toBe("the RAG rates compliance with the standard (the plan's key says so), not the action: read the words");
  });
  test('"Evidence (embed ...)" beside the progress is not read for an empty progress: past due, nothing said', () =>
    expect(row('Green', null).state).toBe('red'));
  test('"to start in February" is still to begin: not started, not yet due', () =>
    expect(row('Amber', 'Audit to start in February once the HR system upgrade is live.', 'March 2017').state).toBe('none'));
  // a red row whose words say it is done, under a key written on one line above the header
  const underKey = (keyLine: string) =>
    assessGrid(
      {
        values: [
          [keyLine, null, null, null, null, null],
          header,
          ['1.1', 'x', 'Red', 'Publish', 'Dec 2016', 'Done – approved by the governors and on the website.'],
        ],
      },
      { asOf: '2017-01-31' },
    ).rows[0].state;
  // a school's section 175 audit tool: how far each requirement was in place at the audit
  test('a key of how far a requirement is in place, on one line: rates the requirement, the words decide', () =>
    expect(underKey('RAG rating: Red – requirement not in place; Amber – partly in place; Green – fully in place')).toBe('complete'));
  describe('negative cases', () => {
    test('how far something is in place, with no requirement or standard named: a key of progress, the RAG stands', () =>
      expect(underKey('Key: Red – not in place; Amber – partly in place; Green – fully in place')).toBe('red'));
    test('a key rating progress: the RAG stands', () => {
      const values = [
        ['Key: Green – on track; Amber – some slippage; Red – off track', null, null, null, null, null],
        header,
        ['1.1', 'x', 'Amber', 'Publish', 'March 2017', 'Under way'],
      ];
      expect(assessGrid({ values }, { asOf: '2017-01-31' }).rows[0].state).toBe('amber');
    });
  });
});

describe('"Theme | We said… | We did…" with each theme merged down over its commitments', () => {
  // the LeDeR table writes its theme on every row; a local copy merges it down: each commitment is still a row
  const values = [
    ['LeDeR priorities 2024/25: progress at Q2'],
    ['Theme', 'We said…', 'We did…', 'Lead'],
    ['Annual health checks', 'We will increase uptake to 75% by March 2025.', '68% at Q2.', 'ICB'],
    [null, 'We will audit the pathway in Q2.', 'Audit moved to Q3.', 'ICB'],
    ['Autistic people', 'We will roll out Tier 2 training by March 2025.', 'Awaiting funding.', 'ICB'],
    [null, 'We will publish the easy-read guide by July 2024.', 'Published in July.', 'ICB'],
  ];
  const merges = [
    { top: 2, left: 0, bottom: 3, right: 0 },
    { top: 4, left: 0, bottom: 5, right: 0 },
  ];
  test('every commitment is an action, with the date in its words', () => {
    const rows = assessGrid({ values, merges }, { asOf: '2024-10-31' }).rows;
    expect(rows.map((r) => [r.row, r.objective, r.timescale.due])).toEqual([
      [3, 'Annual health checks', '2025-03-31'],
      [4, 'Annual health checks', '2024-12-31'], // moved to Q3 by its progress
      [5, 'Autistic people', '2025-03-31'],
      [6, 'Autistic people', '2024-07-31'],
    ]);
  });
});

describe('a heading named and numbered on a row of its own is a section, even in the action column', () => {
  const read = (heading: string) =>
    assessGrid(
      {
        values: [
          ['Actions', 'Indicators', 'Lead', 'Timescale', 'Update March 2024', 'Status'],
          [heading],
          ['Deliver training to frontline staff', '100% trained', 'MSP', 'March 2024', '82% trained', 'Ongoing'],
          ['Share the toolkit', 'Toolkit on website', 'MSP', 'Q2', 'Published', 'Complete'],
        ],
      },
      { asOf: '2024-04-30' },
    );
  test.each([
    'Outcome 1: All frontline staff are aware of the Modern Slavery and Exploitation Strategy and Toolkit',
    'Priority 2 – Protect',
    'Theme 3. Workforce',
    'Strategic objective 4: Raise awareness',
    'Workstream 2: Data',
    'Section 3: Prevent',
    // a council's corporate priorities, numbered with their letters, and its objectives
    'Priority CP2: Improvement',
    'Council Objective 12: Workforce',
  ])('%j', (heading) => {
    const a = read(heading);
    expect(a.rows.map((r) => r.row)).toEqual([3, 4]);
    expect(a.rows[0].section?.title).toBe(heading);
  });
  describe('negative cases', () => {
    test.each([
      ['Action 1: Brief the safeguarding leads', 'an action numbered as one'],
      ['Outcome measures to be agreed with partners', 'no number after the word'],
      ['Priority actions for the coming year: refresh the toolkit', 'no number after the word'],
      ['Priority DCSF: agree the grant', 'letters and no number after the word'],
    ])('%j is an action (%s)', (heading) => {
      expect(read(heading).rows.map((r) => r.row)).toEqual([2, 3, 4]);
    });
  });
});

describe('a "Year" column of the plan\'s own years', () => {
  const read = (cells: string[], title = 'Homelessness Strategy 2022 to 2025 – Action plan') =>
    assessGrid(
      {
        values: [[title], ['Action', 'Year', 'Progress'], ...cells.map((c, i) => [`Action ${i + 1}`, c, 'Ongoing'])],
      },
      { asOf: '2023-04-30' },
    ).rows.map((r) => r.timescale.due);
  test('"1", "2", "3", "1 and 2" are the plan\'s financial years, counted from the period its title states', () => {
    expect(read(['1', '2', '3', '1 and 2', '2-3'])).toEqual(['2023-03-31', '2024-03-31', '2025-03-31', '2024-03-31', '2025-03-31']);
  });
  describe('negative cases', () => {
    test.each([
      ['2024', 'a calendar year, read as one', '2024-12-31'],
      ['Ongoing', 'no year', null],
      ['12', 'no plan runs twelve years', null],
    ])('%j (%s)', (cell, _why, due) => {
      expect(read([cell, '1'])[0]).toBe(due);
    });
    test('with no period stated, a bare year number is no date', () => {
      expect(read(['1', '2'], 'Homelessness Strategy – Action plan')).toEqual([null, null]);
    });
  });
});

describe('an outcome with no action or objective column beside it is what each row delivers', () => {
  // the header of a CAMHS transformation plan's monitoring template, the action written inside the outcome cell
  const header = [
    'Outcome and measurement description',
    '5 year forward plan target/FIM target',
    'Quarterly Target and performance',
    'Lead',
    'Completion By:',
    'Rag Status',
    'Evidence/Commentary',
  ];
  const rows = [
    [
      'Improve access to CAMHS\nAction: To set up a task and finish group',
      '35% by 2020',
      'Q1 28%',
      'K. Allen',
      'Dec 17',
      'Amber',
      'Group set up; first meeting held.',
    ],
    [
      'Reduce waits for the eating disorder service\nAction: recruit two clinicians',
      '95% in 4 weeks',
      'Q1 88%',
      'S. Ali',
      'March 2018',
      'Green',
      'Posts advertised.',
    ],
  ];
  test('the table is found, each outcome read as the action', () => {
    const a = assessGrid({ values: [['Future in Minds LTP Monitoring'], header, ...rows] }, { asOf: '2017-09-30' });
    expect(a.messages).toEqual([]);
    expect(a.rows.map((r) => [r.row, r.action.split('\n')[0], r.state, r.timescale.due])).toEqual([
      [3, 'Improve access to CAMHS', 'amber', '2017-12-31'],
      [4, 'Reduce waits for the eating disorder service', 'green', '2018-03-31'],
    ]);
  });
  describe('negative cases', () => {
    test('beside an action column, the outcome stays the outcome', () => {
      const a = assessGrid({ values: [['Action', ...header], ...rows.map((r) => ['Do it', ...r])] }, { asOf: '2017-09-30' });
      expect(a.rows.map((r) => r.action)).toEqual(['Do it', 'Do it']);
    });
    test('with no date beside it, an outcome and a lead are no plan', () => {
      const a = assessGrid(
        {
          values: [
            ['Outcome', 'Lead', 'Comments'],
            ['Fewer exclusions', 'Schools', 'Figures improving'],
          ],
        },
        { asOf: '2017-09-30' },
      );
      expect(a.rows).toEqual([]);
    });
  });
});

describe('rows lettered under a numbered section row take its number', () => {
  const read = (values: (string | null)[][]) => readLayout({ values }).rows.map((r) => [r.ref, r.section?.title ?? null]);
  const header = ['No.', 'Recommendation', 'Action', 'Lead', 'Timescale', 'Progress'];
  test('"2." with its words alone on the row, over "a." and "b.": "2a", "2b"; the next number is out of the section', () => {
    expect(
      read([
        header,
        ['1.', 'Support national work', 'Submit every notification', 'CDOP', 'Ongoing', 'On time'],
        ['2.', 'Reduce infant mortality, specifically:', null, null, null, null],
        ['a.', 'Unsafe sleeping', 'Relaunch the campaign', 'Public Health', 'September 2021', 'Relaunched'],
        ['b.', 'Smoking in pregnancy', 'Refer to the service', 'Midwifery', 'December 2021', 'Under way'],
        ['3.', 'Report Covid-19 deaths', 'Quarterly report', 'CDOP', 'Quarterly', 'Reported'],
      ]),
    ).toEqual([
      ['1.', null],
      ['2a', 'Reduce infant mortality, specifically:'],
      ['2b', 'Reduce infant mortality, specifically:'],
      ['3.', null],
    ]);
  });
  describe('negative cases', () => {
    test('numbered actions under a numbered section keep their refs', () => {
      expect(
        read([
          header,
          ['2.', 'Early help', null, null, null, null],
          ['2.1', 'Train staff', 'Train', 'LA', 'June 2021', 'Done'],
          ['2.2', 'Audit', 'Audit', 'LA', 'July 2021', 'Done'],
        ]),
      ).toEqual([
        ['2.1', 'Early help'],
        ['2.2', 'Early help'],
      ]);
    });
  });
});

describe("a highlight report's milestone table: the milestones are the actions", () => {
  const table = (header: string[], rows: (string | null)[][]) => assessGrid({ values: [header, ...rows] }, { asOf: '2018-03-12' });
  test('"Milestone | Baseline date | Forecast date | Actual date | RAG | Commentary"', () => {
    const a = table(
      ['Milestone', 'Baseline date', 'Forecast date', 'Actual date', 'RAG', 'Commentary'],
      [
        ['Data analysis complete', '31.03.2018', '31.03.2018', null, 'G', 'On target'],
        ['Comms plan agreed', '31.01.2018', '28.02.2018', '28.02.2018', 'B', 'Agreed.'],
        ['Options appraisal to Cabinet', '30.04.2018', '31.05.2018', null, 'A', 'Decision now expected in May.'],
      ],
    );
    expect(a.layout.blocks[0].columns).toMatchObject({ action: 0, timescale: 1, rag: 4, status: 5 });
    expect(a.rows.map((r) => [r.cells.action?.text, r.state, r.timescale.due])).toEqual([
      ['Data analysis complete', 'green', '2018-03-31'],
      ['Comms plan agreed', 'complete', '2018-02-28'], // revised to its forecast
      ['Options appraisal to Cabinet', 'amber', '2018-05-31'],
    ]);
  });
  describe('negative cases', () => {
    test('beside an action column, "Milestones" are the dates', () => {
      const a = table(['Action', 'Milestones', 'Lead', 'Progress'], [['Audit case files', 'March 2018', 'JS', 'Under way']]);
      expect(a.layout.blocks[0].columns).toMatchObject({ action: 0, timescale: 1 });
    });
    test('with no other date column, a "Milestone" column of sentences is the action, its dates in its words', () => {
      const a = table(
        ['Milestone', 'Owner', 'Current Status', 'Current Commentary'],
        [
          ['Making sure governance structures are in place and operating by June 2017', 'JS', 'G', 'Agreed and in place.'],
          ['Publishing the partnership compact with the voluntary sector by September 2018', 'MB', 'A', 'Draft out to consultation.'],
        ],
      );
      expect(a.rows.map((r) => [r.state, r.timescale.due])).toEqual([
        ['complete', '2017-06-30'],
        ['amber', '2018-09-30'],
      ]);
    });
    test('with no other date column, a "Milestone" column of dates is not taken for the action', () => {
      const a = table(['Milestone', 'Lead', 'Progress'], [['March 2018', 'JS', 'Under way']]);
      expect(a.layout.blocks).toEqual([]);
    });
  });
});

describe('a timeline of quarters marked "X" in place of a timescale column: due at the end of the last quarter marked', () => {
  // laid out as a business plan: the year merged over its quarters on a second header row
  const plan = (marks: (string | null)[][], extra: { timescale?: boolean } = {}) => {
    const head = ['No.', 'How are we going to do it?', 'Who will lead?', ...(extra.timescale ? ['Timescale'] : []), '2017/18', null, null, null, 'Progress'];
    const at = head.indexOf('2017/18');
    const sub = head.map((_, c) => (c >= at && c < at + 4 ? `Q${c - at + 1}` : null));
    const values = [
      head,
      sub,
      ...marks.map((m, k) => [
        `1.${k + 1}`,
        `Action ${k + 1}`,
        'Chair',
        ...(extra.timescale ? ['March 2018'] : []),
        ...m,
        k === 0 ? 'Delayed to April 2018.' : null,
      ]),
    ];
    const merges = [
      { top: 0, left: at, bottom: 0, right: at + 3 },
      ...head.flatMap((h, c) => (c < at || c > at + 3 ? [{ top: 0, left: c, bottom: 1, right: c }] : [])),
    ];
    return assessGrid({ values, merges }, { asOf: '2017-12-31' });
  };
  test('the last quarter marked, in the year above it', () => {
    const a = plan([
      [null, 'X', 'X', null],
      ['X', 'X', 'X', 'X'],
      ['x', null, null, null],
    ]);
    expect(a.rows.map((r) => [r.ref, r.state, r.timescale.due])).toEqual([
      ['1.1', 'amber', '2018-04-30'], // Q3 2017/18, moved to April by its progress
      ['1.2', 'none', '2018-03-31'], // every quarter: the year's end
      ['1.3', 'red', '2017-06-30'], // Q1, nothing said since
    ]);
    expect(a.missingColumns).toEqual([]);
  });
  test('a Gantt chart: "2018" and "2019" merged over their months; the days a session runs, "tbc", or a month shaded with nothing in it, mark it', () => {
    const head = ['Ref', 'Activity', 'Lead', 'Status', '2018', null, null, '2019', null];
    const months = [null, null, null, null, 'Oct', 'Nov', 'Dec', 'Jan', 'Feb'];
    const a = assessGrid(
      {
        values: [
          head,
          months,
          ['1.1', 'Neglect course', 'Trainer', 'On track', '16th', null, '3rd & 17th', null, null],
          ['1.2', 'Exploitation course', 'Trainer', 'Booked', null, 'X', null, 'tbc', null],
          ['1.3', 'Audit of strategy meetings', 'QA', 'On track', null, null, null, null, null],
        ],
        fills: [[], [], [], [], [null, null, null, null, null, null, null, 'B4C6E7', 'B4C6E7']],
        merges: [
          { top: 0, left: 4, bottom: 0, right: 6 },
          { top: 0, left: 7, bottom: 0, right: 8 },
          ...[0, 1, 2, 3].map((c) => ({ top: 0, left: c, bottom: 1, right: c })),
        ],
      },
      { asOf: '2018-11-14' },
    );
    expect(a.rows.map((r) => [r.ref, r.timescale.due])).toEqual([
      ['1.1', '2018-12-31'],
      ['1.2', '2019-01-31'],
      ['1.3', '2019-02-28'],
    ]);
  });
  describe('months headed as Excel writes a date formatted "mmm-yy" ("Apr-23 | May-23 | Jun-23"): the year after a hyphen', () => {
    const gantt = (months: string[], marks: (string | null)[][]) =>
      assessGrid(
        {
          values: [
            ['Objective', 'Task', 'Responsible', ...months, 'Status update'],
            ...marks.map((m, k) => [k === 0 ? 'Embed MSP' : null, `Task ${k + 1}`, 'BM', ...m, null]),
          ],
        },
        { asOf: '2023-08-15' },
      );
    test.each([
      [
        ['Apr-23', 'May-23', 'Jun-23', 'Jul-23'],
        ['2023-05-31', '2023-07-31'],
      ],
      [
        ['Sep-2023', 'Oct-2023', 'Nov-2023', 'Dec-2023'],
        ['2023-10-31', '2023-12-31'],
      ],
      [
        ['Sept–23', 'Oct–23', 'Nov–23', 'Dec–23'],
        ['2023-10-31', '2023-12-31'],
      ],
    ])('%j: due at the end of the last month marked', (months, due) => {
      const a = gantt(months, [
        ['x', 'x', null, null],
        [null, null, 'x', 'x'],
      ]);
      expect(a.rows.map((r) => r.timescale.due)).toEqual(due);
      expect(a.missingColumns).toEqual([]);
    });
    test('months typed as date cells (Excel serials shown "Apr-23"): read by the text the sheet shows', () => {
      const serials = [45017, 45047, 45078, 45108]; // 1 April, 1 May, 1 June, 1 July 2023
      const shown = ['Apr-23', 'May-23', 'Jun-23', 'Jul-23'];
      const a = assessGrid(
        {
          values: [
            ['Objective', 'Task', 'Responsible', ...serials, 'Status update'],
            ['Embed MSP', 'Task 1', 'BM', 'x', 'x', null, null, null],
            [null, 'Task 2', 'BM', null, null, 'x', 'x', null],
          ],
          text: [[null, null, null, ...shown, null]],
        },
        { asOf: '2023-08-15' },
      );
      expect(a.rows.map((r) => r.timescale.due)).toEqual(['2023-05-31', '2023-07-31']);
      // (a date cell with nothing shown for it is not read as a month: there are no words to read)
      const bare = assessGrid(
        {
          values: [
            ['Objective', 'Task', 'Responsible', ...serials, 'Status update'],
            ['Embed MSP', 'Task 1', 'BM', 'x', 'x', null, null, null],
          ],
        },
        { asOf: '2023-08-15' },
      );
      expect(bare.layout.blocks[0]?.timeline).toBeUndefined();
    });
    test('a RAG given each month under "Apr-23 | May-23 | Jun-23" is the RAG, the latest the RAG now', () => {
      const a = assessGrid(
        {
          values: [
            ['Action', 'Lead', 'Target date', 'Apr-23', 'May-23', 'Jun-23'],
            ['Publish the neglect toolkit', 'BM', 'March 2024', 'G', 'A', 'R'],
            ['Audit strategy meetings', 'QA', 'March 2024', 'A', 'G', null],
          ],
        },
        { asOf: '2023-07-01' },
      );
      expect(a.rows.map((r) => r.explicitRag)).toEqual(['red', 'green']);
    });
    describe('negative cases', () => {
      test.each([
        ['words after the hyphen name no year', ['Apr-update', 'May-update', 'Jun-update']],
        ['a quarter with a hyphenated number is not read as a month of a year', ['Q1-24', 'Q2-24', 'Q3-24']],
        ['a month and a year with more words after them', ['Apr-23 update', 'May-23 update', 'Jun-23 update']],
      ])('%s: no timeline', (_why, months) => {
        const a = gantt(months, [
          ['x', null, null],
          [null, 'x', 'x'],
        ]);
        expect(a.layout.blocks[0].timeline).toBeUndefined();
      });
    });
  });
  describe('negative cases', () => {
    test('beside a timescale column, the marks are not read', () => {
      const a = plan(
        [
          ['X', null, null, null],
          [null, 'X', null, null],
        ],
        { timescale: true },
      );
      expect(a.rows.map((r) => r.timescale.due)).toEqual(['2018-04-30', '2018-03-31']);
    });
    test('quarters holding mostly words, a mark or two among them, are no timeline', () => {
      const a = plan([
        ['X', 'Started', 'On track', 'Drafted'],
        ['x', 'Begun', 'Agreed', 'Late'],
      ]);
      expect(a.layout.blocks[0].timeline).toBeUndefined();
    });
    test('quarters holding words, not marks, are no timeline', () => {
      const a = plan([
        ['Started', 'On track', null, null],
        [null, 'Drafted', null, null],
      ]);
      expect(a.layout.blocks[0].timeline).toBeUndefined();
      expect(a.rows[1].timescale.due).toBeNull();
    });
  });
});

describe('"Detail of action" (or "Details of actions required") is the action', () => {
  test.each(['Detail of action', 'Details of action', 'Detail of actions', 'Details of actions required', 'Details of action to be taken'])(
    '"%s": action',
    (h) => {
      expect(matchHeader(h)).toBe('action');
    },
  );
  test('a tracker headed "Action No | Detail of action | Accountable lead | Deadline for completion" is found and read', () => {
    const a = assessGrid(
      {
        values: [
          ['Action No', 'Detail of action', 'Accountable lead', 'Deadline for completion', 'Progress RAG', 'Progress narrative'],
          ['A1', 'Refresh the escalation policy', 'BM', '31/10/2022', 'Green', 'Policy redrafted'],
          ['A2', 'Audit of ICPC timeliness', 'QA', '31/08/2022', 'Red', 'Not started - capacity'],
        ],
      },
      { asOf: '2022-10-10' },
    );
    expect(a.layout.blocks[0].columns.action).toBe(1);
    expect(a.rows.map((r) => [r.ref, r.state, r.timescale.due])).toEqual([
      ['A1', 'green', '2022-10-31'],
      ['A2', 'red', '2022-08-31'],
    ]);
  });
  describe('negative cases', () => {
    test.each(['Details of action taken', 'Detail of actions taken', 'Details of actions taken to date'])(
      '"%s" is what was done: the status, not the action',
      (h) => {
        expect(matchHeader(h)).toBe('status');
      },
    );
    test.each(['Detail', 'Details of agency', 'Detail of progress'])('"%s" names no action', (h) => {
      expect(matchHeader(h)).not.toBe('action');
    });
  });
});

describe('the areas an inspection found and the difference an action should make, in other words', () => {
  test.each([
    ['Areas for improvement', 'objective'],
    ['Areas for development', 'objective'],
    ['Strategic aim', 'objective'],
    ['Strategic aims', 'objective'],
    ['Intended impact', 'outcome'],
    ['Expected impact', 'outcome'],
    ['Desired impact', 'outcome'],
    ['What will success look like?', 'outcome'],
    ['What does success look like?', 'outcome'],
    ['What does good look like?', 'outcome'],
  ])('"%s": %s', (h, role) => {
    expect(matchHeader(h)).toBe(role);
  });
  test('"Areas for improvement | Action | Lead | By when | What will success look like? | Progress": the finding is the objective, the success the outcome, neither the action', () => {
    const a = assessGrid(
      {
        values: [
          ['Areas for improvement', 'Action', 'Lead', 'By when', 'What will success look like?', 'Progress'],
          ['Supervision is not regular', 'Audit supervision records quarterly', 'PSW', 'March 2024', '80% of supervision monthly', 'First audit done'],
          [null, 'Train managers in reflective supervision', 'WFD', 'June 2024', 'All managers trained', '20 of 30 trained'],
        ],
      },
      { asOf: '2024-04-15' },
    );
    expect(a.layout.blocks[0].columns).toMatchObject({ objective: 0, action: 1, outcome: 4, status: 5 });
  });
  describe('negative cases', () => {
    test.each(['Impact to date', 'What difference has it made?'])('"%s" is still what the action has made so far (an outcome update), not a new role', (h) => {
      expect(matchHeader(h)).toBe('outcome');
    });
    test.each(['Success', 'Good practice', 'Strategy'])('"%s" alone names neither', (h) => {
      expect(['objective', 'outcome']).not.toContain(matchHeader(h));
    });
  });
});

describe('what the lead reports ("Lead agency update", "Action owner comments") is the status, not a second lead', () => {
  test.each([
    'Lead agency update',
    'Lead officer progress update',
    'Action owner comments',
    'Owner commentary',
    'Responsible officer response',
    'Lead partner narrative',
  ])('"%s": status', (h) => {
    expect(matchHeader(h)).toBe('status');
  });
  test('"Lead agency | Action | Target date | Lead agency update": the update is read, and a new date in it', () => {
    const a = assessGrid(
      {
        values: [
          ['Ref', 'Action', 'Lead agency', 'Target date', 'Lead agency update'],
          ['1', 'Refresh the escalation policy', 'Police', '31/03/2024', 'Delayed to June 2024 awaiting legal advice'],
          ['2', 'Audit strategy discussions', 'LA', '31/03/2024', 'Complete - reported to the Board 12/03/2024'],
        ],
      },
      { asOf: '2024-04-15' },
    );
    expect(a.layout.blocks[0].columns).toMatchObject({ lead: 2, status: 4 });
    expect(a.rows.map((r) => [r.state, r.timescale.due])).toEqual([
      ['amber', '2024-06-30'],
      ['complete', '2024-03-31'],
    ]);
  });
  describe('negative cases', () => {
    test.each(['Lead agency', 'Lead officer', 'Action owner', 'Responsible officer', 'Lead officer position', 'Lead officer (name and role)'])(
      '"%s" names the lead',
      (h) => {
        expect(matchHeader(h)).toBe('lead');
      },
    );
  });
});

describe('an NHS tracker\'s "Executive lead", a "Completion status" drop-down and its "Closed date"', () => {
  test.each([
    ['Executive lead', 'lead'],
    ['Operational lead', 'lead'],
    ['Completion status', 'status'],
    ['Closed date', 'done'],
  ])('"%s": %s', (h, role) => {
    expect(matchHeader(h)).toBe(role);
  });
  test('"Action | Executive lead | Target date | Completion status | Closed date": read, the date closed the date done', () => {
    const a = assessGrid(
      {
        values: [
          ['Ref', 'Action', 'Executive lead', 'Target date', 'Completion status', 'Closed date'],
          ['1', 'Refresh the safeguarding supervision policy', 'Chief Nurse', '31/03/2024', 'Complete', '12/03/2024'],
          ['2', 'Audit the use of the MCA', 'Medical Director', '31/03/2024', 'Partially complete', null],
        ],
      },
      { asOf: '2024-04-15' },
    );
    expect(a.layout.blocks[0].columns).toMatchObject({ action: 1, lead: 2, timescale: 3, status: 4 });
    expect(a.layout.blocks[0].extra).toMatchObject({ done: 5 });
    expect(a.rows.map((r) => r.state)).toEqual(['complete', 'amber']);
  });
  describe('negative cases', () => {
    test.each(['Executive', 'Executive lead update', 'Executive summary'])('"%s" names no lead', (h) => {
      expect(matchHeader(h)).not.toBe('lead');
    });
  });
});

describe('a plan pasted from Word: cells split over rows, page breaks inside the table', () => {
  test("an unnumbered line whose words run on from the numbered action above is part of it, and its status's words run on too", () => {
    const a = assessGrid(
      {
        values: [
          ['No.', 'Action', 'Lead', 'Target', 'Progress', 'Status'],
          ['4.2', 'DENS hostel staff to complete', 'Operations Manager', 'March 2024', '6 of 9 staff trained. Other 3 on the', 'Behind'],
          [null, 'DA Champions training.', null, null, 'April course – now expected end of April.', null],
          ['2.1', 'Review call handling for repeat callers', 'DI', 'Jan 2024', 'Review done.', null],
          [null, 'from the same address within 12 months', null, null, 'Storm live since 08/01/24.', null],
        ],
      },
      { asOf: '2024-03-12' },
    );
    expect(a.rows.map((r) => [r.ref, r.state, r.timescale.due])).toEqual([
      ['4.2', 'amber', '2024-04-30'],
      ['2.1', 'complete', '2024-01-31'],
    ]);
  });
  test("negative case: a bullet's own progress under an action with a status of its own leaves that status standing", () => {
    const a = assessGrid(
      {
        values: [
          ['No.', 'Action', 'Lead', 'Target', 'Progress', 'Status'],
          ['3.3', 'Body worn video used at every domestic abuse incident:', 'Superintendent', 'December 2018', null, 'On track'],
          [null, '• issue cameras to all response officers', null, null, 'Cameras issued to all response officers in July.', null],
          [null, '• monthly compliance report to the Board', null, null, 'Reports from August.', null],
        ],
      },
      { asOf: '2018-09-30' },
    );
    expect(a.rows.map((r) => [r.ref, r.state])).toEqual([['3.3', 'green']]);
  });
  test("a page number and the plan's title repeated as a page's header are notes; a one-cell action in words of its own is still an action", () => {
    const a = assessGrid(
      {
        values: [
          ['Corporate Safeguarding Action Plan 2024/25 – position at 16 August 2024', null, null, null],
          ['Action', 'Lead', 'By when', 'Progress'],
          ['Refresh the safeguarding policy', 'Safeguarding Lead', 'Sept 2024', 'Draft agreed'],
          ['Corporate Safeguarding Action Plan 2024/25', null, null, null],
          ['Page 2 of 4', null, null, null],
          ['Train all licensing staff', 'Licensing Manager', 'Dec 2024', 'Booked'],
          ['Map the safeguarding leads in every service', null, null, null],
        ],
      },
      { asOf: '2024-08-16' },
    );
    expect(a.rows.map((r) => r.action)).toEqual([
      'Refresh the safeguarding policy',
      'Train all licensing staff',
      'Map the safeguarding leads in every service',
    ]);
  });
  test('"Revised" alone beside the due date is the revised date', () => {
    const a = assessGrid(
      {
        values: [
          ['Rec', 'Agreed action', 'Officer', 'Due', 'Revised', 'Position at Aug 24'],
          ['1', 'Build the safeguarding record', 'Safeguarding Lead', '31/03/2024', '30/09/2024', 'Record built on SharePoint; training dates being added'],
        ],
      },
      { asOf: '2024-08-16' },
    );
    expect([a.rows[0].timescale.due, a.rows[0].originalDue]).toEqual(['2024-09-30', '2024-03-31']);
  });
});

describe("a title alone on its row over another table's header names that table, not an action", () => {
  test('"4. Risks and Issues" over a risk table', () => {
    const a = assessGrid(
      {
        values: [
          ['Milestone', 'Baseline date', 'Forecast date', 'RAG', 'Commentary'],
          ['Data analysis complete', '31.03.2018', '31.03.2018', 'G', 'On target'],
          ['4. Risks and Issues', null, null, null, null],
          ['Risk / Issue', 'Impact', 'Mitigation', 'Owner', 'RAG'],
          ['Data set late', 'Analysis delayed', 'Escalate to the DfE', 'JC', 'A'],
        ],
      },
      { asOf: '2018-03-12' },
    );
    expect(a.rows.map((r) => r.row)).toEqual([2, 5]); // sheet rows (1-based): the milestone and the risk, not the title between;
  });
});

describe('a short title alone on its row over detailed actions is a theme heading, not an action', () => {
  // laid out as a charity's workplan: section rows, theme rows under them, then the recommendations
  const plan = (
    theme: string,
    next: (string | null)[] = ['Recommendation 46: revise the PSEA policy', 'Policy revised and implemented.', 'Head of Safeguarding', 'November 2020'],
  ) =>
    assessGrid(
      {
        values: [
          ['Recommendation', 'Oxfam response', 'Lead', 'Timescale'],
          ['Section 1 – Actions completed since September 2020', null, null, null],
          [theme, null, null, null],
          next,
          ['Recommendation 52: second-reviewer sign-off', 'Built into the case system.', 'Global Safeguarding Team', 'December 2020'],
        ],
      },
      { asOf: '2021-02-25' },
    );
  test.each([
    'Systems and procedures',
    'People and culture',
    'Governance',
    'Strategy, planning and impact',
    // the initials of the board the part is for, as a joint boards' audit schedule heads its parts
    "Children's audits (HSCB)",
    'Adults’ audits (HSAB)',
  ])('%j heads the rows under it', (theme) => {
    const a = plan(theme);
    expect(a.rows.map((r) => [(r.cells.action ?? r.cells.objective)?.text.slice(0, 17), a.layout.sections.find((s) => s === r.section)?.title])).toEqual([
      ['Recommendation 46', theme],
      ['Recommendation 52', theme],
    ]);
  });
  test('a longer title (up to a dozen words) heads the rows under it where an earlier title of the table stood alone as it does', () => {
    const l = readLayout({
      values: [
        ['Action', 'Lead', 'Timescale', 'Q1 Update', 'RAG'],
        ['Start healthy and stay healthy', null, null, null, null],
        ['Roll out the Early Help Assessment', 'EI Service Manager', 'April 2015', 'Launched 1st April', 'G'],
        ['Are safe at home, in school and in the community', null, null, null, null],
        ['Set up Early Intervention panels in each locality', 'EI Locality Managers', 'June 2015', 'Panels running', 'G'],
        ['Make friends and take part in activities', null, null, null, null],
        ['Extend the holiday activity offer', 'Youth Service', 'Sept 2015', 'Offer extended', 'G'],
      ],
    });
    expect(l.rows.map((r) => [r.cells.action?.text.slice(0, 12), r.section?.title])).toEqual([
      ['Roll out the', 'Start healthy and stay healthy'],
      ['Set up Early', 'Are safe at home, in school and in the community'],
      ['Extend the h', 'Make friends and take part in activities'],
    ]);
    // negative case: words saying what is to be done stay an action, however the table's titles stand
    const plain = readLayout({
      values: [
        ['Action', 'Lead', 'Timescale', 'Q1 Update', 'RAG'],
        ['Start healthy and stay healthy', null, null, null, null],
        ['Roll out the Early Help Assessment', 'EI Service Manager', 'April 2015', 'Launched 1st April', 'G'],
        ['Policies to be reviewed in line with the new guidance', null, null, null, null],
        ['Set up Early Intervention panels in each locality', 'EI Locality Managers', 'June 2015', 'Panels running', 'G'],
      ],
    });
    expect(plain.rows.map((r) => r.cells.action?.text.slice(0, 12))).toEqual(['Roll out the', 'Policies to ', 'Set up Early']);
  });
  describe('negative cases: an action nobody has filled in', () => {
    test.each([
      ['Review the safeguarding strategy', 'it opens with a verb'],
      ['Train staff', 'it opens with a verb'],
      ['Policies to be reviewed in line with the new guidance', 'more than five words'],
      ['Governance review 2021', 'a number'],
      ['Governance.', 'closing punctuation'],
      ['governance and assurance', 'no capital: a sentence cut short, not a title'],
      ['Review the audit programme (HSCB)', 'it opens with a verb, the initials after it'],
      ['Neglect audit (see the report to the Board)', 'words in the brackets, not initials'],
    ])('%j (%s)', (text) => {
      expect(plan(text).rows.map((r) => (r.cells.action ?? r.cells.objective)?.text)).toContain(text);
    });
    test('no detailed action under it', () => {
      expect(
        plan('Governance', ['Recommendation 46: revise the PSEA policy', null, null, null]).rows.map((r) => (r.cells.action ?? r.cells.objective)?.text),
      ).toContain('Governance');
    });
  });
});

describe('a title numbered in its own words, alone on its row in a table with no ref column, is a section heading', () => {
  // laid out as a council's placement sufficiency action plan: "Details | Deadline | Lead | Progress | RAG", each area a
  // numbered line of its own over its actions
  const layout = (first: string) =>
    readLayout({
      values: [
        ['Details', 'Deadline', 'Lead individual', 'Progress update', 'RAG'],
        [first, null, null, null, null],
        ['Make sure the voice of the child is heard', 'August 2021', 'HoS', 'Pack in use', 'G'],
        ['Ensure processes are efficient', 'October 2021', 'HoS', 'Review underway', 'A'],
      ],
    });
  test.each(['1. Process improvements', '2. Safeguarding our children', '3) Permanence', '4. Fostering recruitment and retention'])(
    "%j heads the rows under it, its number the section's",
    (title) => {
      const l = layout(title);
      expect(l.rows.map((r) => [r.cells.action?.text.slice(0, 12), r.section?.title, r.section?.ref])).toEqual([
        ['Make sure th', title, title.slice(0, 1)],
        ['Ensure proce', title, title.slice(0, 1)],
      ]);
    },
  );
  // negative cases, by reason: an action nobody has filled in
  test.each([
    ['it opens with a verb', '1. Review the safeguarding strategy'],
    ['more than five words', '1. Children in care have a say in the services they use'],
    ['its label names it an action', 'Action 1: Brief the safeguarding leads'],
  ])('%s: %j stays an action keyed by its number', (_reason, text) => {
    expect(layout(text).rows[0]).toMatchObject({ ref: '1', cells: { action: { text } } });
  });
});

describe('progress written on the rows under each action, where the table has no status column', () => {
  const header = ['Action Point', 'Intended Outcome', 'Performance Indicator', 'By who and By when'];
  // (each row under an action merged across the table, as a report pasted from Word lays it out)
  const plan = (below: (string | null)[][]) => {
    const values = [
      header,
      ['1. Provide information in five languages', 'Access for all', 'Leaflets issued', 'Director\nApril 2016'],
      ...below,
      ['2. Screen policies', 'Fair policies', 'Reports published', 'Director\nMarch 2016'],
      ['What we did over the last year', null, null, null],
      ['Four policies were screened and the reports published.', null, null, null],
    ];
    const merges = values.flatMap((row, r) => (row.slice(1).every((v) => v === null) ? [{ top: r, left: 0, bottom: r, right: 3 }] : []));
    return assessGrid({ values, merges }, { asOf: '2016-03-31' });
  };
  test('a label row, then the words: the action above reads them', () => {
    const a = plan([
      ['What we did over the last year', null, null, null],
      ['Leaflets produced in five languages; the policy is drafted.', null, null, null],
    ]);
    expect(a.rows.map((r) => [r.ref, r.status])).toEqual([
      ['1', 'Leaflets produced in five languages; the policy is drafted.'],
      ['2', 'Four policies were screened and the reports published.'],
    ]);
    expect(a.missingColumns).toEqual([]);
  });
  test('the label and the words in one cell', () => {
    expect(plan([['Progress: leaflets produced in five languages.', null, null, null]]).rows[0].status).toBe('leaflets produced in five languages.');
  });
  test('the labels a plan writes in the action cell serve here too ("Q3 update", "Latest update:")', () => {
    const below = (label: string) =>
      plan([
        [label, null, null, null],
        ['Leaflets produced.', null, null, null],
      ]).rows[0].status;
    expect([below('Q3 update'), below('Latest update:')]).toEqual(['Leaflets produced.', 'Leaflets produced.']);
  });
  describe('negative cases', () => {
    test('a one-cell row with no label before it is a note, not progress', () => {
      expect(plan([['Note: the policy covers all member agencies.', null, null, null]]).rows[0].status).toBe('');
    });
  });
});

describe("a Word form's prompt nobody replaced is an empty cell", () => {
  // an academy's audit form pasted into the trust's tracker: Word's content controls keep their prompts
  const read = (done: string | null, rag: string | null, progress: string | null = 'DSL to re-check the files in June.') =>
    assessGrid(
      {
        values: [
          ['Ref', 'Action', 'Timescale', 'Progress', 'Date completed', 'RAG'],
          ['2.3', 'Complete the single central record checks', 'Summer term 2017', progress, done, rag],
        ],
      },
      { asOf: '2017-05-19' },
    ).rows[0];
  test.each([
    ['Click or tap to enter a date.', null],
    ['Click here to enter a date.', null],
    [null, 'Choose an item.'],
    ['Click or tap here to enter text.', 'Choose an item'],
  ])('%j in "Date completed", %j in the RAG: not done, not rated', (done, rag) => {
    const r = read(done, rag);
    expect([r.state, r.explicitRag]).toEqual(['green', null]);
  });
  test('prompts in every cell but the action: nothing said, nothing to rate', () => {
    const r = read('Click or tap to enter a date.', 'Choose an item.', 'Click or tap here to enter text.');
    expect([r.state, r.status]).toEqual(['none', '']);
  });
  describe('negative cases: words of its own', () => {
    test.each([
      ['Choose an item from the list agreed by the Board', false],
      ['Click here to book a place', false],
      ['Choose an item.', true],
      [' click or tap to enter a date ', true],
    ])('%j → placeholder %s', (text, placeholder) => expect(isFormPlaceholder(text)).toBe(placeholder));
    test('a date typed over the prompt is the date done', () => expect(read('12/05/2017', null).state).toBe('complete'));
  });
});

describe('milestones grouped under a line giving the date they are due by ("By September 2015"), with no timescale column', () => {
  const plan = (lines: Array<Array<string | null>>) =>
    assessGrid(
      {
        values: [
          ['Milestones and outputs', 'Lead', 'Progress update – January 2016', 'RAG'],
          ...lines,
          [null, null, null, null],
          ['RAG key: Blue – achieved; Green – on track; Amber – some slippage; Red – off track', null, null, null],
        ],
      },
      { asOf: '2016-01-29' },
    );
  const lines = [
    ['By September 2015', null, null, null],
    ['Revised MACSEs and the Vulnerable Children’s Panel launched', 'Head of Service', 'Launched in July 2015; meets monthly.', 'Blue'],
    ['Clear information on referral pathways available to agencies', 'DSCB Business Manager', 'Pathway published in October 2015.', 'Blue'],
    ['By June 2016', null, null, null],
    ['CSE awareness events rolled out to business and community sectors', 'Community Safety Partnerships', 'Taxi driver sessions agreed.', 'Green'],
  ];
  test('"Milestones and outputs" holding sentences is the action; each line heads the rows under it, and gives them their date', () => {
    const a = plan(lines);
    expect(a.layout.blocks[0].columns).toMatchObject({ action: 0, lead: 1, status: 2, rag: 3 });
    expect(a.rows.map((r) => [r.action.slice(0, 20), r.section?.title, r.timescale.due])).toEqual([
      ['Revised MACSEs and t', 'By September 2015', '2015-09-30'],
      ['Clear information on', 'By September 2015', '2015-09-30'],
      ['CSE awareness events', 'By June 2016', '2016-06-30'],
    ]);
    expect(a.rows[2].timescale.assumptions).toContain('the plan has no timescale column: due date read from the heading over it ("June 2016")');
  });
  test.each(['By September 2015', 'By end of March 2016', 'By the end of March 2016', 'Due by Q3 2016/17', 'By Summer 2016', 'By 2017/18', 'Deadline: Dec 15'])(
    '%j is a deadline heading',
    (line) => expect(DEADLINE_HEADING.test(line)).toBe(true),
  );
  describe('negative cases', () => {
    test.each([
      ['By December 2015, train all staff', 'an action with its date'],
      ['By the Board', 'no date'],
      ['Launched September 2015', 'no "by"'],
      ['By 10 agencies', 'a count, not a date'],
    ])('%j is no deadline heading (%s)', (line) => expect(DEADLINE_HEADING.test(line)).toBe(false));
    test('a timescale column of its own: the rows keep their own dates', () => {
      const a = assessGrid(
        {
          values: [
            ['Action', 'Lead', 'Timescale', 'Progress'],
            ['By September 2015', null, null, null],
            ['Launch the revised MACSEs', 'HoS', 'July 2015', 'Launched in July.'],
          ],
        },
        { asOf: '2016-01-29' },
      );
      expect(a.rows.map((r) => r.timescale.due)).toEqual(['2015-07-31']);
    });
  });
});

describe('a yes-or-no completion column ("Delivered? | Y") with no timescale column', () => {
  const read = (delivered: string) =>
    assessGrid(
      {
        values: [
          ['Course Title', 'Venue', 'Delivered?', 'Comments'],
          ['Safeguarding Children Level 3', 'Town Hall', delivered, '18 attended.'],
        ],
      },
      { asOf: '2016-01-07' },
    ).rows[0];
  test.each([
    ['Y', 'complete'],
    ['Yes', 'complete'],
    ['N', 'green'],
  ])('%j: %s, and no date is looked for in the answer', (delivered, state) => {
    const r = read(delivered);
    expect(r.state).toBe(state);
    expect(r.timescale.assumptions.join(' ')).not.toContain('no date could be read');
  });
  describe('negative cases', () => {
    test('a date in the completion column is still the date done', () => {
      expect(read('12/05/2015').timescale.due).toBe('2015-05-12');
    });
  });
});

describe('a "Status" column of an audit or scrutiny tracker\'s implementation words beside its dated responses and updates', () => {
  const plan = (statuses: string[]) =>
    assessGrid(
      {
        values: [
          ['Rec No.', 'Recommendation', 'Executive response (Cabinet 14/10/19)', 'Lead officer', 'Target date', 'Progress update - January 2022', 'Status'],
          ...statuses.map((st, i) => [
            String(i + 1),
            `Recommendation ${i + 1}`,
            'Agreed',
            'Head of Service',
            'September 2021',
            'Update given to the committee.',
            st,
          ]),
        ],
      },
      { asOf: '2022-01-12' },
    );
  test('is the rating in words: "Implemented" done, "Not taken forward" closed', () => {
    const a = plan(['Implemented', 'Partially implemented', 'Not taken forward', 'Implemented']);
    expect(a.layout.blocks[0].columns.rag).toBe(6);
    expect(a.rows.map((r) => r.state)).toEqual(['complete', 'amber', 'complete', 'complete']);
  });
  test('negative case: a column of sentences stays a second status, not the rating', () =>
    expect(
      plan(['Agreed by Cabinet in October.', 'Funding bid submitted.', 'To be reviewed next year.', 'Done in May.']).layout.blocks[0].columns.rag,
    ).toBeUndefined());
});

describe('an "Achieved (Y/P/N)" column: Y done, N and P (part done) not', () => {
  const plan = (answer: string, progress: string) =>
    assessGrid(
      {
        values: [
          ['No.', 'Action required', 'Lead', 'Timescale', 'Progress update', 'Achieved (Y/P/N)'],
          ['1', 'Publish the annual report', 'DO', 'June 2019', progress, answer],
        ],
      },
      { asOf: '2019-05-31' },
    ).rows[0].state;
  test('Y beside words that do not say it: complete', () => expect(plan('Y', 'This report')).toBe('complete'));
  test.each([
    ['P', 'Draft with the Head of Service'],
    ['N', 'Draft with the Head of Service'],
  ])('%j: not complete', (answer, progress) => expect(plan(answer, progress)).not.toBe('complete'));
});

describe('an annual report\'s look back ("What we said we would do | By when | What we did | How did we do?")', () => {
  test('the verdict is the rating in words beside what was done', () => {
    const a = assessGrid(
      {
        values: [
          ['What we said we would do', 'By when', 'What we did', 'How did we do?'],
          ['Publish a neglect statement', 'Sept 2016', 'Statement agreed; to be reviewed next year', 'Achieved'],
          ['Audit neglect cases', 'Q3 2016/17', 'Audit postponed twice', 'Not achieved'],
          ['Brief frontline staff', 'Dec 2016', '4 briefings held', 'Partially achieved'],
        ],
      },
      { asOf: '2017-03-31' },
    );
    expect(a.layout.blocks[0].columns).toMatchObject({ status: 2, rag: 3 });
    expect(a.rows.map((r) => r.state)).toEqual(['complete', 'red', 'amber']);
  });
});

describe('periods each merged over the same sub-headers ("Q1 (Apr-Jun)" over "Progress | RAG"): a progress and a RAG per period', () => {
  const grid = (q3: [string | null, string | null]): Grid => ({
    values: [
      ['Ref', 'Action', 'Lead', 'By when', 'Q1 (Apr-Jun)', null, 'Q2 (Jul-Sep)', null, 'Q3 (Oct-Dec)', null],
      [null, null, null, null, 'Progress', 'RAG', 'Progress', 'RAG', 'Progress', 'RAG'],
      ['1.1', 'Relaunch the self-neglect guidance', 'P&P', 'Sept 2019', 'Draft out for comment', 'G', 'Comments slow - to Nov Board', 'A', ...q3],
    ],
    merges: [4, 6, 8].map((c) => ({ top: 0, left: c, bottom: 0, right: c + 1 })),
  });
  test('the latest quarter filled in is read', () => {
    const a = assessGrid(grid(['Signed off at Nov Board. On website 02/12/19', 'B']), { asOf: '2020-01-16' });
    expect(a.layout.blocks[0].columns).toMatchObject({ status: 8, rag: 9 });
    expect(a.rows[0].state).toBe('complete');
  });
  test('a quarter left empty: the one before it', () => {
    const a = assessGrid(grid([null, null]), { asOf: '2020-01-16' });
    expect(a.rows[0].state).toBe('amber');
  });
  // negative case: one period over "Progress | RAG" is no series
  test('a single period over the pair is read as before', () => {
    const a = assessGrid(
      {
        values: [
          ['Ref', 'Action', 'Lead', 'By when', 'Q3 (Oct-Dec)', null],
          [null, null, null, null, 'Progress', 'RAG'],
          ['1.1', 'Relaunch the guidance', 'P&P', 'Sept 2019', 'Signed off at Nov Board', 'B'],
        ],
        merges: [{ top: 0, left: 4, bottom: 0, right: 5 }],
      },
      { asOf: '2020-01-16' },
    );
    expect(a.layout.blocks[0].columns).toMatchObject({ status: 4, rag: 5 });
  });
});

describe("a year's target is the timescale only where no other header names one", () => {
  test('"Target perform 2011/12" beside "When by": "When by" is the timescale', () => {
    const l = readLayout({
      values: [
        ['Issue', 'Action needed', 'Target perform 2011/12', 'When by', 'Lead'],
        ['1.1 Rating low', '1.1.1 Re-audit the notes', '85', 'Jan 2011', 'Matron'],
      ],
    });
    expect(l.blocks[0].columns.timescale).toBe(3);
  });
  // negative case: alone, the year's target is the timescale
  test('"2014/2015 target" alone is the timescale', () => {
    const l = readLayout({
      values: [
        ['Ref', 'Action', '2014/2015 target', 'Lead'],
        ['1', 'Raise attendance', '95%', 'Head'],
      ],
    });
    expect(l.blocks[0].columns.timescale).toBe(2);
  });
});
