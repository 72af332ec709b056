/**
 * Header words for each column role, as boards write them. Data, not code: add a synonym here.
 *
 * A header cell matches a synonym when, lower-cased with spaces collapsed, it equals the synonym, or (unless the
 * synonym is `exact`) starts with it followed by punctuation or "and"/"&" ("Status, evidence & sign off/follow up").
 * When several synonyms match, the longest wins ("Current status" is the RAG column, not the status column).
 */

export type ColumnRole = 'ref' | 'objective' | 'action' | 'timescale' | 'lead' | 'outcome' | 'status' | 'rag' | 'link';

/**
 * Columns read beside the main roles (kept apart from `ColumnRole` so that every map of the main roles stays
 * complete): a revised due date, a percentage complete, the date an action was actually done, the date its row
 * was last updated, and the date it was raised (a visit, a decision, a meeting's log).
 */
export type ExtraRole = 'revised' | 'percent' | 'done' | 'updated' | 'raised' | 'left' | 'agreed';

export const EXTRA_ROLES: readonly ExtraRole[] = ['revised', 'percent', 'done', 'updated', 'raised', 'left', 'agreed'];

/** Any role a header may name. */
export type HeaderRole = ColumnRole | ExtraRole;

export const COLUMN_ROLES: readonly ColumnRole[] = ['ref', 'objective', 'action', 'timescale', 'lead', 'outcome', 'status', 'rag', 'link'];

/**
 * The headers of a work plan whose rows are documents to review ("Chapter / procedure", "Policy / procedure",
 * "Document title"), as a procedures group or a policy sub-group keeps it: the document is the action, and its
 * "Review date" the timescale where no other column gives one.
 */
export const REVIEWED_DOCUMENTS: readonly string[] = [
  'chapter / procedure',
  'chapter/procedure',
  'chapter',
  'procedure',
  'procedures',
  'policy / procedure',
  'policy/procedure',
  'policy / procedure / guidance',
  'policy/procedure/guidance',
  'policy or procedure',
  'policy',
  'policies',
  'policy title',
  'policy name',
  'procedure title',
  'document',
  'documents',
  'document title',
  'document name',
  'guidance document',
];

/**
 * The groups that oversee a plan for a board, named before the status or RAG they give it ("SAR Group status", "Sub-group
 * RAG", "Panel status"; the group's initials before it are read past: `BODY_INITIALS`).
 */
const OVERSEEING_BODIES: readonly string[] = ['group', 'sub-group', 'subgroup', 'panel', 'committee', 'board'];

/**
 * Whoever writes an update, named before it ("District Update" in the districts' joint plan, "Lead update", "Agency
 * update log").
 */
const UPDATE_WRITERS: readonly string[] = [
  'district',
  'partner',
  'agency',
  'lead',
  'officer',
  'owner',
  'council',
  'trust',
  'service',
  'provider',
  'school',
  'partnership',
  'force',
];

/**
 * The bodies a plan's answers come from, as a header names whose status or rating a column holds ("Force Status" beside
 * "HMICFRS Status", "Trust RAG" beside each school's).
 */
const ANSWERING_BODIES: readonly string[] = [
  'force',
  'agency',
  'council',
  'trust',
  'service',
  'organisation',
  'provider',
  'school',
  'partnership',
  'department',
];

export interface HeaderSynonym {
  text: string;
  /** Only the whole cell matches (short, common words such as "No" or "Date"). */
  exact?: boolean;
}

export const HEADER_SYNONYMS: Readonly<Record<ColumnRole, readonly HeaderSynonym[]>> = {
  ref: [
    { text: 'no', exact: true },
    { text: 'no.', exact: true },
    // "NOS": numbers, as an improvement tracker heads its refs
    { text: 'nos', exact: true },
    { text: 'nos.', exact: true },
    { text: 'ref', exact: true },
    { text: 'ref.', exact: true },
    { text: 'ref no', exact: true },
    { text: 'reference', exact: true },
    { text: 'item', exact: true },
    { text: 'item no', exact: true },
    { text: 'number', exact: true },
    { text: 'action no', exact: true },
    { text: 'action ref', exact: true },
    { text: '#', exact: true },
    { text: 'id', exact: true },
    // a performance system's code for each action ("CIP 002.01")
    { text: 'code', exact: true },
    { text: 'rec no', exact: true },
    // a recommendation tracker's "Rec" ("1", "CF1")
    { text: 'rec', exact: true },
    { text: 'rec.', exact: true },
    { text: 'rec. no', exact: true },
    { text: 'recommendation no', exact: true },
    { text: 'action ref. no', exact: true },
    { text: 'ref. no', exact: true },
    { text: 'action ref no', exact: true },
    // a standard's number in an audit tool ("Standard No.")
    { text: 'standard no', exact: true },
    { text: 'standard number', exact: true },
    // written out in full ("Action Ref Number", as a police force's HMIC action plan heads its codes)
    { text: 'ref number', exact: true },
    { text: 'action ref number', exact: true },
    // numbers in the plural, and the plan's own refs ("Plan Ref Nos", as a regional strategy's progress report heads them)
    { text: 'ref nos', exact: true },
    { text: 'ref. nos', exact: true },
    { text: 'action ref nos', exact: true },
    { text: 'ref numbers', exact: true },
    { text: 'reference numbers', exact: true },
    { text: 'plan ref', exact: true },
    { text: 'plan ref no', exact: true },
    { text: 'plan ref nos', exact: true },
    { text: 'reference no', exact: true },
    { text: 'reference number', exact: true },
    { text: 'action reference', exact: true },
    { text: 'action reference number', exact: true },
    { text: 'action number', exact: true },
    { text: 'item number', exact: true },
    { text: 'recommendation number', exact: true },
    // an inspection's areas for improvement, numbered ("AFI", "AFI No.", as a police force's HMICFRS tracker heads them)
    { text: 'afi', exact: true },
    { text: 'afi no', exact: true },
    { text: 'afi ref', exact: true },
    // the inspectorate's own numbering, as a force's tracker heads it (a body's initials longer than `BODY_INITIALS` reads)
    { text: 'hmicfrs ref', exact: true },
    { text: 'hmicfrs ref no', exact: true },
    { text: 'hmicfrs reference', exact: true },
    // a task tool's key for each row, as its people cite it (Jira's "Issue key": "CEIP-6"; an incident system's
    // "Action ID"); not the long keys a board tool gives each card ("Task ID", "Card ID", "Item ID")
    { text: 'issue key', exact: true },
    { text: 'action id', exact: true },
    // an audit tool's question number ("Q no.", "Question no"), each question a row
    { text: 'q no', exact: true },
    { text: 'q no.', exact: true },
    { text: 'question no', exact: true },
    { text: 'question number', exact: true },
    // the report's paragraph each recommendation comes from, as a case review's action plan numbers its rows ("Para":
    // "11.1.1"), in a Scottish committee's plan or a standards plan
    { text: 'para', exact: true },
    { text: 'para.', exact: true },
    { text: 'para no', exact: true },
    { text: 'paragraph', exact: true },
    { text: 'paragraph no', exact: true },
  ],
  objective: [
    { text: 'objective' },
    // "You said… | We are doing…": what people asked for, which the action answers
    { text: 'you said', exact: true },
    { text: 'what you said', exact: true },
    { text: 'objectives' },
    { text: 'key objective' },
    { text: 'key objectives' },
    // a health board's implementation plan ("IMPROVEMENT OBJECTIVES | KEY OUTCOMES | DELIVERY STRATEGIES | PROGRESS")
    { text: 'improvement objective' },
    { text: 'improvement objectives' },
    { text: 'recommendation' },
    { text: 'recommendations' },
    // an inspection report's table of good practice recommendations (CSCI's "No. | Refer to Standard | Good Practice
    // Recommendations | ..."), pasted into a provider's plan
    { text: 'good practice recommendation' },
    { text: 'good practice recommendations' },
    // a Microsoft Planner export's bucket: the group of tasks, as a theme is ("Task Name | Bucket Name | Progress")
    { text: 'bucket name', exact: true },
    { text: 'bucket', exact: true },
    { text: 'priority' },
    { text: 'priorities' },
    { text: 'what do we want to achieve' },
    { text: 'what we want to achieve' },
    { text: 'what are we aiming to achieve' },
    { text: 'aim' },
    { text: 'aims' },
    { text: 'outcome we want', exact: true },
    { text: 'strategic objective' },
    { text: 'strategy objective' },
    { text: 'area' },
    { text: 'theme' },
    { text: 'issue' },
    { text: 'area for improvement' },
    // the plural, as an inspection's report lists them ("Areas for improvement | Action | Lead"), and a strategy's aims
    { text: 'areas for improvement' },
    { text: 'areas for development' },
    { text: 'strategic aim' },
    { text: 'strategic aims' },
    // a scrutiny review's recommendations ("SCRUTINY RECOMMENDATION | DIRECTOR'S RESPONSE AND ACTION PLAN | ...")
    { text: 'scrutiny recommendation' },
    { text: 'review recommendation' },
    // a care provider's CQC plan: "CQC Action Requirements and Recommendations" (the inspector's findings)
    { text: 'action requirements' },
    // question headers: "What?" is what the board wants; with "How?" beside it, "How?" is the action
    { text: 'what', exact: true },
    { text: 'what do we want to do' },
    { text: 'what are we trying to achieve' },
    { text: 'why', exact: true },
    { text: 'finding' },
    { text: 'findings' },
    { text: 'learning point' },
    { text: 'outcome sought' },
    { text: 'goal' },
    { text: 'goals' },
    { text: 'strategic priority' },
    { text: 'key priority' },
    // programme and risk logs: "Workstream | Deliverable | ...", "Risk / Issue | Mitigating actions | ..."
    { text: 'workstream' },
    { text: 'work stream' },
    // a risk log's risk, not a "Risk" rating column (High/Medium/Low) beside an objective
    { text: 'risk / issue', exact: true },
    { text: 'risk/issue', exact: true },
    { text: 'risk description' },
    { text: 'work area' },
    { text: 'requirement' },
    // a plan benchmarked against statutory guidance, a row per requirement ("Guidance - summary of activity required")
    { text: 'guidance' },
    { text: 'standard', exact: true },
    { text: 'learning' },
    { text: 'key learning' },
    { text: 'lesson learned' },
    { text: 'lessons learned' },
    { text: 'lesson learnt' },
    { text: 'lessons learnt' },
    // the Prevent duty risk assessment that schools and colleges keep: "Prevent Vulnerability/Risk Area | Risk Y/N |
    // Action taken/already in place to mitigate/address risk | Who | Date Completed"
    { text: 'prevent vulnerability/risk area' },
    { text: 'vulnerability/risk area' },
    { text: 'risk area' },
  ],
  action: [
    { text: 'action' },
    { text: 'actions' },
    { text: 'key actions' },
    { text: 'key action' },
    { text: 'specific actions' },
    { text: 'specific action' },
    { text: 'what will it do' },
    { text: 'what we will do' },
    // an easy read plan's own words for its commitments ("What we said | When | What we did | What happens next")
    { text: 'what we said', exact: true },
    // a form's question, as its responses sheet heads the answers ("What will your organisation do? (one action per
    // response)", a tracker kept as a Google or Microsoft Form's responses)
    { text: 'what will your organisation do' },
    { text: 'what will your agency do' },
    { text: 'what will you do' },
    { text: 'action point', exact: true },
    { text: 'action points', exact: true },
    // a programme office's tracker, a project a row ("Project title", "Project name"; not "Project" alone, which plans
    // use for a group of actions, nor "Project sponsor" or "Project manager", who lead it)
    { text: 'project title', exact: true },
    { text: 'project name', exact: true },
    // how each outcome is to be delivered ("IMPROVEMENT OBJECTIVES | KEY OUTCOMES | DELIVERY STRATEGIES", as a CAMHS
    // framework's implementation plan sets it out)
    { text: 'delivery strategies', exact: true },
    { text: 'delivery strategy', exact: true },
    // "We said… | We did…" (as LeDeR's action-from-learning reports and "You said, we did" tables lay out what was
    // committed and what was done)
    { text: 'we said', exact: true },
    { text: 'we said we would', exact: true },
    { text: 'what we said we would do', exact: true },
    { text: "what we said we'd do", exact: true },
    { text: 'what we said we will do', exact: true },
    // a plan on a page turned into a table: "Priority | We will | How we will know" ("The SAB will", "The Board will")
    { text: 'we will', exact: true },
    { text: 'the sab will', exact: true },
    { text: 'the board will', exact: true },
    { text: 'the partnership will', exact: true },
    { text: 'the lscb will', exact: true },
    { text: 'the scp will', exact: true },
    { text: "we said we'd do", exact: true },
    { text: 'how will we do it' },
    { text: 'how we will do it' },
    { text: 'how we will do this' },
    { text: 'how we will achieve this' },
    { text: 'tasks' },
    { text: 'task' },
    { text: 'activity' },
    { text: 'activities' },
    { text: 'actions required' },
    { text: 'action required' },
    // an audit or inspection follow-up tracker's
    { text: 'follow-up action', exact: true },
    { text: 'follow up action', exact: true },
    { text: 'how', exact: true },
    { text: 'how will we do this' },
    { text: 'how will we achieve this' },
    { text: 'how are we going to do it' },
    { text: 'how are we going to do this' },
    { text: 'how are we going to achieve this' },
    { text: 'how will it be done' },
    { text: 'what will we do' },
    { text: 'what we are going to do' },
    { text: 'action to be taken' },
    { text: 'actions to be taken' },
    { text: 'agreed action' },
    { text: 'agreed actions' },
    { text: 'management action' },
    { text: 'planned action' },
    { text: 'planned actions' },
    // a scrutiny or audit response's "SCRUTINY RECOMMENDATION | PROPOSED ACTION", "Recommended action"
    { text: 'proposed action' },
    { text: 'proposed actions' },
    { text: 'recommended action' },
    { text: 'recommended actions' },
    { text: 'action text' },
    { text: 'what needs to happen' },
    // question headers as boards write them ("What are we going to do?", "What needs to be done?")
    { text: 'what are we going to do' },
    { text: 'what are we doing' },
    { text: 'what we are doing' },
    { text: 'what needs to be done' },
    { text: 'what do we need to do' },
    { text: 'what we need to do' },
    { text: 'what will be done' },
    { text: 'what action will be taken' },
    { text: 'what action will we take' },
    { text: 'what we plan to do' },
    { text: 'what will we do to achieve this' },
    { text: 'what are we going to do about it' },
    { text: 'key tasks' },
    { text: 'key task' },
    { text: 'deliverable' },
    { text: 'deliverables' },
    { text: 'mitigating actions' },
    { text: 'mitigating action' },
    // a risk register's actions against each risk ("Risk Code | Risk | ... | Risk Actions | Due Date | Progress")
    { text: 'risk actions', exact: true },
    { text: 'risk action', exact: true },
    { text: 'mitigation' },
    { text: 'mitigations' },
    { text: 'what we will deliver' },
    { text: 'what action is needed' },
    { text: 'what action is required' },
    { text: 'what actions are needed' },
    { text: 'what actions are required' },
    { text: 'key deliverables' },
    { text: 'key deliverable' },
    // a task list exported from SharePoint, Planner or Wrike ("Title | Assigned To | Start Date | Due Date | % Complete"):
    // the task's name, before its "Description" (read as the notes beside it)
    { text: 'title', exact: true },
    { text: 'description' },
    { text: 'action description' },
    // the action in words, as a partnership's tracker heads it ("Action No | Detail of action | Accountable lead")
    ...['detail', 'details'].flatMap((d) =>
      ['action', 'actions', 'action required', 'actions required', 'action to be taken', 'actions to be taken'].map((a) => ({ text: `${d} of ${a}` })),
    ),
    { text: 'details', exact: true },
    { text: 'improvement action' },
    { text: 'improvement actions' },
    // "CTS Improvement and Action Plan (and Evidence)": the provider's actions against each requirement
    { text: 'improvement and action plan' },
    // a forward plan's items; a scrutiny review's "Director's Response and Action Plan"
    { text: 'agenda item', exact: true },
    { text: 'agenda items', exact: true },
    { text: "director's response and action plan", exact: true },
    { text: 'response and action plan', exact: true },
    { text: 'required action' },
    { text: 'required actions' },
    { text: 'next steps' },
    // a council's corporate plan monitoring, as Welsh councils keep it against each well-being objective ("Steps | Lead
    // Member | Lead Directorate | Q1 | Q2 ...")
    { text: 'steps', exact: true },
    { text: 'key steps', exact: true },
    { text: 'intervention' },
    { text: 'interventions' },
    { text: 'commitment' },
    { text: 'commitments' },
    // what a board says it will put first ("What will we prioritise in the next two years:")
    { text: 'what will we prioritise' },
    { text: 'what we will prioritise' },
    // a training programme's course ("Title/Topic | Duration | Frequency | ... | Dates | Comments")
    { text: 'title/topic', exact: true },
    // a registered provider's actions in its compliance plan ("Provider's actions (from compliance plan response)")
    { text: "provider's actions" },
    { text: "provider's action" },
    // an audit programme's audits ("Month | Audit topic | Type of audit | Audit lead")
    { text: 'audit topic', exact: true },
    // (or "Audit" alone over them, as a sub group's schedule heads its audits: "Audit | Month planned | Month completed")
    { text: 'audit', exact: true },
    { text: 'audit title', exact: true },
    // what an audit led to: the action where nothing else is ("Finding | Actions arising | Lead"), not where the
    // audit itself is ("Audit | Month planned | ... | Actions arising")
    { text: 'actions arising' },
    { text: 'action arising' },
    { text: 'course title', exact: true },
    // a recommendation split into the parts to be done ("Recommendation | Sub recommendation/ | Rec. Owner")
    { text: 'sub recommendation', exact: true },
    { text: 'sub recommendation/', exact: true },
    { text: 'sub-recommendation', exact: true },
    { text: 'sub recommendations', exact: true },
    // a task tool's export: Trello's "Card Name", Jira's "Summary", monday.com's and Asana's "Name" (the item's own name)
    { text: 'card name', exact: true },
    { text: 'summary', exact: true },
    { text: 'name', exact: true },
    { text: 'item name', exact: true },
    { text: 'card description', exact: true },
    // ClickUp's "Task Content" beside "Task Name"
    { text: 'task content', exact: true },
    // the action the body answering the plan takes, beside what it answers ("Audit question | Trust action")
    ...ANSWERING_BODIES.flatMap((who) => [
      { text: `${who} action`, exact: true },
      { text: `${who} actions`, exact: true },
    ]),
    // a procedures group's or policy sub-group's work plan, a document to review a row ("No. | Chapter / procedure |
    // Lead | Review date | Status"): the document is the work
    ...REVIEWED_DOCUMENTS.map((text) => ({ text, exact: true })),
  ],
  timescale: [
    { text: 'timescale' },
    // a modern slavery statement's "Timing"
    { text: 'timing', exact: true },
    // an audit programme's schedule ("Month | Audit topic | ... | Status"); a compliance plan's "Date to be complied with"
    { text: 'month', exact: true },
    // (or its quarter: "Quarter" over "Q2", "Q3–Q4", an audit programme's)
    { text: 'quarter', exact: true },
    { text: 'date to be complied with' },
    { text: 'timings', exact: true },
    { text: 'timescales' },
    // a project's "Outputs and proposed timelines"; an audit action plan's "Action by date" (not "Action by", the lead)
    { text: 'proposed timeline', exact: true },
    { text: 'proposed timelines', exact: true },
    { text: 'proposed timescale', exact: true },
    { text: 'action by date', exact: true },
    { text: 'agreed timescale' },
    { text: 'agreed timescales' },
    { text: 'agreed date' },
    { text: 'time scale' },
    { text: 'time-scale' },
    { text: 'time-scales' },
    { text: 'timeframe' },
    { text: 'time frame' },
    { text: 'by when' },
    // (written with a slash, as a plan pasted from Word heads it: "By/When")
    { text: 'by/when' },
    { text: 'by / when' },
    { text: 'deadline' },
    // the YJB action planning tool's "Completion deadline"
    { text: 'completion deadline', exact: true },
    // a programme's go-live milestones ("Target go-live", "Go-live date")
    { text: 'target go-live', exact: true },
    { text: 'target go live', exact: true },
    { text: 'go-live date', exact: true },
    { text: 'go live date', exact: true },
    { text: 'date', exact: true },
    // over "Start | End" sub-headers: the end is the deadline (see TIMESCALE_END_SUBHEADERS)
    { text: 'dates', exact: true },
    { text: 'when', exact: true },
    // the plan's own years ("Year | 1, 2, 3", as a three-year strategy's action plan gives each action its year)
    { text: 'year', exact: true },
    { text: 'plan year', exact: true },
    { text: 'delivery year', exact: true },
    { text: 'year of delivery', exact: true },
    { text: 'target date' },
    { text: 'planned completion date' },
    // "Planned completion", "Expected completion": the date, with the word "date" left off
    { text: 'planned completion' },
    { text: 'expected completion' },
    { text: 'target completion' },
    { text: 'anticipated completion' },
    { text: 'completion date' },
    { text: 'due date' },
    { text: 'due', exact: true },
    { text: 'target', exact: true },
    { text: 'date for completion' },
    { text: 'timeline' },
    { text: 'when will it be done' },
    { text: 'when will this be done' },
    { text: 'when will we do it' },
    // an easy read plan's "When we will do it by"
    { text: 'when we will do it' },
    { text: 'when we will do it by' },
    { text: 'when will we do it by' },
    { text: 'when by' },
    // an independent school's action plan ("Date by which the action will be taken")
    { text: 'date by which' },
    { text: 'original target date' },
    // beside "Revised timescale" ("Original timescale | Revised timescale | Progress update")
    { text: 'original timescale' },
    // an audit tracker's first date beside its "Revised due date" (the revision supersedes it)
    { text: 'original due date' },
    { text: 'original deadline' },
    { text: 'original completion date' },
    { text: 'original implementation date' },
    { text: 'original date' },
    { text: 'target completion date' },
    { text: 'agreed completion date' },
    // an audit tracker's agreed date ("Agreed implementation date", "Agreed action date") and a MAPPA plan's "Target
    // review/completion date" (or "Target/review completion date"): when the action is due
    { text: 'agreed implementation date' },
    { text: 'agreed action date' },
    { text: 'target review/completion date' },
    { text: 'target/review completion date' },
    { text: 'review/completion date' },
    { text: 'implementation date' },
    { text: 'finish date' },
    { text: 'end date' },
    { text: 'target date for completion' },
    { text: 'timescale for completion' },
    { text: 'timetable' },
    // milestones, last: beside a "Target date" they are narrative, alone they carry the dates
    { text: 'milestone' },
    { text: 'milestones' },
    { text: 'key milestones' },
    { text: 'key milestone' },
    // a school trust's improvement plan: the review points its evaluation falls at ("By February Review")
    { text: 'evaluation milestones' },
    { text: 'milestone date' },
    { text: 'due by' },
    { text: 'date due' },
    { text: 'complete by' },
    { text: 'completion by' },
    { text: 'to be completed by' },
    { text: 'target completion' },
    { text: 'completion target' },
    { text: 'expected completion date' },
    { text: 'estimated completion date' },
    { text: 'estimated completion' },
    { text: 'forecast completion date' },
    { text: 'expected completion' },
    { text: 'target end date' },
    { text: 'planned end date' },
    { text: 'delivery date' },
    { text: 'target delivery date' },
    { text: 'target timescale' },
    { text: 'when will it be completed' },
    { text: 'date to be completed by' },
    { text: 'date to be completed' },
    // the date by which it is to be achieved, implemented, delivered or shown ("Date to be achieved by", "Date to be
    // evidenced by"), or the order to do it by then ("Achieve by", "Implement by"); not "Implemented by" or "To be
    // actioned by", which name who
    { text: 'date to be achieved by' },
    { text: 'date to be implemented by' },
    { text: 'date to be delivered by' },
    { text: 'date to be evidenced by' },
    { text: 'date to be in place by' },
    { text: 'to be achieved by' },
    { text: 'to be in place by' },
    { text: 'achieve by', exact: true },
    { text: 'implement by', exact: true },
    // "Action date": when the action is due (not the action itself)
    { text: 'action date' },
    { text: 'action due date' },
    // an audit schedule's or plan's planned date or month ("Audit | Month planned | Month completed")
    { text: 'planned date', exact: true },
    { text: 'date planned', exact: true },
    { text: 'month planned', exact: true },
    { text: 'planned month', exact: true },
    { text: 'month due', exact: true },
    { text: 'due month', exact: true },
    { text: 'target month', exact: true },
    // the second of two date columns ("Start | Completion", "Start | End", "Start | Finish")
    { text: 'completion', exact: true },
    { text: 'end', exact: true },
    { text: 'finish', exact: true },
    // a highlight report's milestone table ("Milestone | Baseline date | Forecast date | Actual date | RAG")
    { text: 'baseline date' },
    { text: 'baseline end date' },
    // a board's forward plan ("Meeting Date | Agenda Item | Lead Officer | Purpose | Status"): each item is due at its
    // meeting (last of the words for the timescale, as an action log's "Meeting date" beside its "Due date" is when the
    // action was raised)
    { text: 'meeting date', exact: true },
    // a delivery phase with its months ("Phase | Phase 2 (Jan – Jun 2023)"): last of all, as a column of phase names
    // beside "Target date" is not the timescale
    { text: 'phase', exact: true },
    { text: 'delivery phase', exact: true },
  ],
  lead: [
    { text: 'reporting' },
    { text: 'lead' },
    { text: 'person responsible', exact: true },
    // an audit programme's lead for each audit ("Audit | Month planned | Audit lead")
    { text: 'audit lead', exact: true },
    // one person or several ("Person/s Responsible", "Person(s) Responsible")
    { text: 'person/s responsible', exact: true },
    { text: 'person(s) responsible', exact: true },
    { text: 'persons responsible', exact: true },
    { text: 'leads' },
    { text: 'lead officer' },
    { text: 'lead agency' },
    { text: 'owner' },
    { text: 'rec. owner', exact: true },
    { text: 'rec owner', exact: true },
    { text: 'recommendation owner' },
    { text: 'responsible' },
    { text: 'responsibility' },
    { text: 'by whom' },
    { text: 'who will lead' },
    { text: 'who', exact: true },
    { text: 'by who', exact: true },
    { text: 'lead person' },
    { text: 'accountable' },
    { text: 'responsible officer' },
    { text: 'sub group' },
    { text: 'sub-group' },
    { text: 'lead sub group' },
    { text: 'action owner' },
    { text: 'action by' },
    { text: 'actioned by' },
    { text: 'lead officer/agency' },
    { text: 'responsible person' },
    { text: 'lead organisation' },
    { text: 'lead agency/officer' },
    { text: 'responsible manager' },
    { text: 'named lead' },
    { text: 'who will do it' },
    { text: 'who is responsible' },
    { text: 'lead partner' },
    { text: 'lead role' },
    { text: 'who is leading' },
    // a programme's senior responsible owner, as the government's major projects portfolio and councils' programme
    // offices head the column
    { text: 'sro', exact: true },
    { text: 'senior responsible owner' },
    { text: 'senior responsible officer' },
    { text: 'who will be responsible' },
    { text: 'who leads' },
    { text: 'who will do this' },
    { text: 'who is involved' },
    { text: 'who by' },
    { text: 'subgroup' },
    { text: 'sub group lead' },
    { text: 'responsible group' },
    { text: 'relevant agencies' },
    { text: 'relevant agency' },
    { text: 'delivery group' },
    { text: 'lead group' },
    { text: 'agency' },
    { text: 'agencies' },
    { text: 'lead agencies' },
    { text: 'responsible agency' },
    { text: 'responsible lead' },
    { text: 'action lead' },
    { text: 'lead body' },
    { text: 'lead manager' },
    { text: 'senior responsible officer' },
    { text: 'named officer' },
    // an "Officer" or "Sponsor" column names who is accountable ("Officer | Target date"); not "Officer comments"
    { text: 'officer', exact: true },
    { text: 'officers', exact: true },
    { text: 'sponsor', exact: true },
    { text: 'executive sponsor' },
    // an NHS plan's board-level lead ("Executive lead | Operational lead")
    { text: 'executive lead' },
    { text: 'operational lead' },
    { text: 'lead member' },
    { text: 'officer responsible' },
    // a task list exported from SharePoint or Planner
    { text: 'assigned to' },
    // a task tool's export (Jira's "Assignee", monday.com's "People")
    { text: 'assignee', exact: true },
    { text: 'assignees', exact: true },
    { text: 'people', exact: true },
  ],
  outcome: [
    { text: 'outcome' },
    { text: 'outcomes' },
    { text: 'expected outcome' },
    { text: 'expected outcomes' },
    { text: 'success measure' },
    { text: 'success measures' },
    // a MAPPA plan's "Evidence measure": what will show the action worked, not its progress
    { text: 'evidence measure' },
    { text: 'evidence measures' },
    { text: 'success criteria' },
    { text: 'measure of success' },
    { text: 'how will we know' },
    { text: 'impact' },
    { text: 'evidence of impact' },
    { text: 'intended outcome' },
    // the difference the action is meant to make, in other words ("Intended impact", "What will success look like?")
    { text: 'intended impact' },
    { text: 'expected impact' },
    { text: 'desired impact' },
    { text: 'what will success look like' },
    { text: 'what does success look like' },
    { text: 'what does good look like' },
    { text: 'how will we know we have made a difference' },
    // (the question as improvement plans word it, "How will we know it has made a difference?")
    { text: 'how will we know it has made a difference' },
    { text: 'how will we know it has worked' },
    { text: 'how will we know it is working' },
    { text: 'how will we know if it has made a difference' },
    { text: 'how will we know we have been successful' },
    { text: 'how will we know if we have been successful' },
    { text: 'how will we know we have succeeded' },
    { text: 'how will we measure success' },
    { text: 'measures' },
    { text: 'measure' },
    { text: 'what difference will it make' },
    // the difference made so far: what the action was for, not how far it has got
    { text: 'what difference has it made' },
    { text: 'what difference has been made' },
    { text: 'what difference did it make' },
    { text: 'success indicator' },
    { text: 'success indicators' },
    { text: 'output/outcome measurement' },
    { text: 'output' },
    { text: 'outputs' },
    { text: 'evidence required' },
    { text: 'how we will know' },
    { text: 'measures of success' },
    { text: 'evidence of success' },
    { text: 'kpi' },
    { text: 'kpis' },
    { text: 'key performance indicator' },
    { text: 'key performance indicators' },
    { text: 'performance measure' },
    { text: 'performance measures' },
    { text: 'outcome measure' },
    { text: 'outcome measures' },
    { text: 'desired outcome' },
    { text: 'desired outcomes' },
    { text: 'impact measure' },
    { text: 'impact measures' },
  ],
  status: [
    { text: 'status' },
    // the status the body answering the plan gives, beside its inspectorate's or board's ("Force Status | HMICFRS
    // Status", a police force's tracker of HMICFRS recommendations)
    ...ANSWERING_BODIES.map((who) => ({ text: `${who} status`, exact: true })),
    // (or update, named for whoever writes it: "District Update" in the districts' joint plan, "Lead update")
    ...UPDATE_WRITERS.flatMap((who) => [
      { text: `${who} update`, exact: true },
      { text: `${who} updates`, exact: true },
    ]),
    { text: 'update notes', exact: true },
    { text: 'we did', exact: true },
    { text: 'what we did', exact: true },
    { text: 'we have done', exact: true },
    // an annual report's "What we said we would do | What happened in 2022-23"
    { text: 'what happened' },
    // "What we have done so far (October 2024)", as a landlord's plan for its tenants heads its progress
    { text: 'what we have done' },
    { text: 'we are doing', exact: true },
    { text: 'delivery update' },
    { text: 'delivery progress' },
    { text: 'what we are doing', exact: true },
    // a review at the year's end or midway ("Year end review (March 2018)"), beside the quarter's update
    { text: 'year end review' },
    { text: 'year-end review' },
    { text: 'end of year review' },
    { text: 'mid-year review' },
    { text: 'mid year review' },
    { text: 'interim review' },
    // the reviews' notes of what the work achieved, beside its success criteria (a children's centre's "Success
    // Criteria | Specific Monitoring (dated) | Evaluation of impact"): its progress
    // (or with the review it was written at: "Evaluation of impact – Spring term 2015")
    { text: 'evaluation of impact' },
    // "Current Status of Action": the words (a "Current status" column alone holds the rating)
    { text: 'current status of action', exact: true },
    { text: 'status of action', exact: true },
    { text: 'progress' },
    // the progress reported each quarter ("Quarterly Progress" beside "Comments")
    { text: 'quarterly progress' },
    { text: 'update' },
    // "Action status": how the action stands (not the action itself)
    { text: 'action status' },
    // a drop-down of how far the action has got ("Complete", "Partially complete")
    { text: 'completion status' },
    // a task list's status column (not the task itself: "task" alone is the action)
    { text: 'task status' },
    { text: 'action progress' },
    { text: 'action update' },
    { text: 'comments' },
    { text: 'comment' },
    { text: 'progress update' },
    { text: 'progress to date' },
    // what has been done so far ("Work to date | Action required"), not the action ("Activity" alone is)
    { text: 'work to date' },
    { text: 'work done to date' },
    { text: 'work undertaken to date' },
    { text: 'activity to date' },
    { text: 'status, evidence & sign off/follow up' },
    // an audit follow-up tracker's column for what the auditors found when they followed the actions up ("Follow-up
    // Status", "Follow up comments")
    ...['follow-up', 'follow up'].flatMap((f) => ['status', 'comments', 'comment', 'update', 'position', 'findings'].map((w) => ({ text: `${f} ${w}` }))),
    { text: 'update on progress' },
    { text: 'current position' },
    { text: 'evidence' },
    // the same column with its words the other way round ("Assurance / evidence" beside a SAR's "Date completed"), read
    // as "Evidence / assurance" is: the status where the plan has no other (`STATUS_WHEN_ALONE`); "Assurance" alone
    // is not, as it may be how the board will be assured
    { text: 'assurance / evidence' },
    { text: 'assurance/evidence' },
    { text: 'assurance and evidence' },
    { text: 'assurance & evidence' },
    { text: 'notes' },
    { text: 'management update' },
    { text: 'management response' },
    { text: 'progress made' },
    { text: 'progress report' },
    { text: 'latest update' },
    { text: 'latest position' },
    // a performance system's report (Pentana/Covalent): the owner's latest note on the action
    { text: 'latest note', exact: true },
    { text: 'latest notes', exact: true },
    { text: 'position statement' },
    { text: 'highlights and achievements' },
    // an exception report's words, where an action is not on track
    { text: 'exception commentary' },
    // an NHS trust's highlight report to its board: the month's progress on each action
    { text: 'highlight report' },
    { text: 'highlights', exact: true },
    { text: 'progress against action' },
    { text: 'progress against agreed action' },
    { text: 'progress against agreed actions' },
    { text: 'update on actions' },
    { text: 'q1 update' },
    { text: 'q2 update' },
    { text: 'q3 update' },
    { text: 'q4 update' },
    { text: 'assessment of progress' },
    { text: 'commentary' },
    { text: 'current commentary' },
    { text: 'position' },
    // question headers: "Where are we now?", "What has been done?"
    { text: 'where are we now' },
    { text: 'what has been done' },
    { text: 'what have we done' },
    { text: 'what has happened' },
    { text: 'how are we doing' },
    // an annual report's look back ("What we said we would do | By when | What we did | How did we do?"): its verdict
    // ("Achieved", "Partially achieved", "Not achieved"), read as a drop-down beside the words is
    { text: 'how did we do' },
    { text: 'did we achieve it' },
    { text: 'did we do it' },
    { text: 'how well are we doing' },
    { text: 'what progress has been made' },
    { text: 'what progress have we made' },
    // a recommendation tracker's reply and what was done since ("Response", "Cabinet Member response", "Action taken")
    { text: 'response', exact: true },
    { text: 'responses', exact: true },
    { text: 'cabinet member response' },
    { text: 'executive response' },
    { text: 'officer response' },
    { text: 'agency response' },
    { text: 'response to recommendation' },
    { text: 'response and progress' },
    { text: 'action taken' },
    { text: 'actions taken' },
    // what was done, in detail: not the action "Detail of action" names
    ...['detail', 'details'].flatMap((d) => ['action taken', 'actions taken'].map((a) => ({ text: `${d} of ${a}` }))),
    { text: 'action taken to date' },
    { text: 'actions taken to date' },
    { text: 'narrative' },
    { text: 'progress narrative' },
    { text: 'progress commentary' },
    { text: 'progress notes' },
    { text: 'summary of progress' },
    { text: 'current progress' },
    { text: 'status update' },
    { text: 'quarterly update' },
    { text: 'monthly update' },
    { text: 'latest progress' },
    { text: 'delivery status' },
    // a domestic homicide review's action plan (the Home Office template): the milestones reached so far are its
    // progress, where "Key milestones" alone are dates to come
    { text: 'key milestones achieved' },
    // a progress record's words beside its rating and date achieved ("RAG rating | Explanation")
    { text: 'explanation' },
    { text: 'explanation of rating' },
    { text: 'milestones achieved' },
    { text: 'key milestones achieved in enacting recommendation' },
    { text: 'milestones achieved in enacting recommendation' },
    // what has been achieved against each action ("Ref: | Action: | Achievements:", an inspection improvement plan)
    { text: 'achievements' },
    // (a Notion export's "Achievement" property beside "Expected impact")
    { text: 'achievement', exact: true },
    { text: 'achievements to date' },
    { text: 'key achievements' },
    // an annual report's table of the year's work against the business plan ("Synopsis of Achievement 2006/07")
    { text: 'synopsis of achievement' },
    { text: 'synopsis of achievements' },
    { text: 'what we achieved' },
    { text: 'what we have achieved' },
    // a delivery plan monitor's outlook beside its commentary ("Current Commentary | What are the prospects for the
    // future?"): read when the commentary is empty ("Calculation now expected by November 2008")
    { text: 'what are the prospects for the future', exact: true },
    { text: 'prospects', exact: true },
    // a task tool's export: the Trello list a card sits in ("To Do", "Doing", "Done"), Jira's last comment
    { text: 'list name', exact: true },
    { text: 'last comment', exact: true },
    { text: 'latest comment', exact: true },
    // a weekly tracker's update ("This week", beside its status drop-down)
    { text: 'this week', exact: true },
    { text: "this week's update", exact: true },
    { text: 'update this week', exact: true },
    { text: 'custom field (last comment)', exact: true },
    // (or the status the group overseeing the plan gives, after its initials: "SAR Group status", "QA Sub-group status")
    ...OVERSEEING_BODIES.map((who) => ({ text: `${who} status`, exact: true })),
    // (an update named for whoever writes it, kept as a log of dated entries: "Agency update log")
    ...UPDATE_WRITERS.map((who) => ({ text: `${who} update log`, exact: true })),
  ],
  rag: [
    { text: 'rag' },
    // a project tool's RAG ("Project health"; "Health" alone only over colour words: `RAG_ONLY_OVER_COLOURS`)
    { text: 'project health', exact: true },
    { text: 'overall health', exact: true },
    // an exception report's "On track? (Y/N)": Y is on track (green), N not (amber: the exception the lead reports)
    { text: 'on track?' },
    // an NHS trust's audit action plan: a number 1-4 read through the key below the table ("1 = Not yet started")
    { text: 'change stage' },
    // an improvement board's confidence in delivery, in numbers read through its key ("1 – Complete; 2 – On track, high
    // confidence; 3 – Some risk to delivery; 4 – Off track, low confidence") or in words
    { text: 'confidence rating', exact: true },
    { text: 'delivery confidence', exact: true },
    { text: 'confidence in delivery', exact: true },
    { text: 'r/a/g' },
    { text: 'rag rating' },
    { text: 'rag status' },
    { text: 'current status' },
    { text: 'brag' },
    { text: 'b/r/a/g' },
    { text: 'rating' },
    { text: 'rag rated' },
    { text: 'rag rating (r/a/g)' },
    { text: 'overall rag' },
    // the rating of the body answering the plan, beside its parts' own ("KHA | MPA | SCA | Trust RAG", a trust's
    // schools; "Partnership RAG")
    ...ANSWERING_BODIES.map((who) => ({ text: `${who} rag`, exact: true })),
    { text: 'progress rating' },
    { text: 'status (rag)' },
    { text: 'rag status (r/a/g)' },
    { text: 'progress rag' },
    { text: 'rag progress' },
    { text: 'delivery rag' },
    { text: 'rag assessment' },
    { text: 'status rag' },
    { text: 'rag rating status' },
    { text: 'current rag' },
    { text: 'revised rag' },
    { text: 'latest rag' },
    // a case review tracker's "Open / Closed", the open rows coloured: the rating, and "Closed" the word for done
    { text: 'open / closed' },
    { text: 'open/closed' },
    { text: 'open or closed' },
    // a domestic homicide review's colour for how far each recommendation has got
    { text: 'progress indicator' },
    { text: 'overall status' },
    { text: 'overall rating' },
    // a project's delivery confidence ("Amber/Green"): its rating, and the assessment's initials
    { text: 'delivery confidence' },
    { text: 'delivery confidence assessment' },
    { text: 'dca', exact: true },
    // how far a Making Safeguarding Personal plan's work is embedded ("Embedded", "Partially embedded", "Developing")
    { text: 'embedding status', exact: true },
    // a dashboard's light for each standard, as a parish's Safeguarding Dashboard tracker heads it
    { text: 'light', exact: true },
    { text: 'traffic light', exact: true },
    // the rating the group overseeing the plan gives ("Board RAG", "Panel RAG")
    ...OVERSEEING_BODIES.map((who) => ({ text: `${who} rag`, exact: true })),
    // a RAG given each period, under one header merged over the periods' columns ("Monthly RAG" over "Apr | May | Jun")
    ...['monthly', 'quarterly', 'termly', 'half-termly', 'bi-monthly', 'six-monthly', 'annual'].flatMap((when) => [
      { text: `${when} rag`, exact: true },
      { text: `${when} rag rating`, exact: true },
    ]),
  ],
  link: [
    { text: 'link' },
    { text: 'links' },
    { text: 'link to siip' },
    { text: 'siip ref' },
    { text: 'siip link' },
    { text: 'siip reference' },
    { text: 'cross reference' },
    { text: 'plan reference' },
    { text: 'link to plan' },
    { text: 'siip', exact: true },
    { text: 'siip refs' },
    { text: 'siip no' },
    { text: 'siip action' },
    { text: 'link to siip ref' },
    { text: 'links to other plans' },
    { text: 'strategic link' },
    { text: 'strategic links' },
    { text: 'related plans' },
  ],
};

/**
 * Timescale headers that say only "date": standing left of the action (or, with no action column, the objective),
 * as in a recommendation tracker or action log ("Reference | Origin | Date | Area | Recommendation"), such a column
 * holds the date the item was raised or agreed, not its deadline, and is not read as the timescale.
 */
export const BARE_DATE_HEADERS: readonly string[] = ['date', 'dates'];

/**
 * Objective headers that are the action when no column names one: "What?" beside "How?" is what the board wants
 * (the objective) and "How?" the action; in "# | What | Who | When | Status", with no "How?", "What" is the action.
 */
export const OBJECTIVE_AS_ACTION: readonly string[] = ['what'];

/**
 * Timescale headers that name the things reached by a date ("Milestone"): beside another date column ("Milestone |
 * Baseline date | Forecast date", a highlight report) and with no action column, the milestones are the actions.
 */
export const TIMESCALE_AS_ACTION: readonly string[] = [
  'milestone',
  'milestones',
  'key milestone',
  'key milestones',
  // an improvement plan's "Milestones and outputs", each a thing to deliver
  'milestones and outputs',
  'milestones & outputs',
  'milestones and deliverables',
];

/**
 * Status headers that are the status only when the plan has no other: beside a "Progress" or "Status" column, an
 * "Evidence" column says what will show the action is done ("Audit report to the Board"), not how it is going, and
 * is neither read in place of an empty status nor as its commentary.
 */
export const STATUS_WHEN_ALONE: readonly string[] = [
  'evidence',
  'evidence of completion',
  'evidence of delivery',
  'evidence of progress',
  // an NHS plan's "Evidence / assurance" beside its progress
  'evidence / assurance',
  'evidence/assurance',
  'evidence and assurance',
  'assurance / evidence',
  'assurance/evidence',
  'assurance and evidence',
  'assurance & evidence',
  // the list a card sits in: Trello's status ("To Do", "Doing", "Done"), but beside a "Status" column (ClickUp) only
  // the list of tasks it belongs to
  'list name',
];

/**
 * An audit tracker's reply to a finding ("Finding | Recommendation | Management response | Responsible officer |
 * Implementation date | Latest position"): the action agreed, when the table names no action column and another
 * column carries the progress. With an action column, or alone, it is the status.
 */
export const RESPONSE_AS_ACTION: readonly string[] = ['management response', 'agreed management response', 'management response and agreed action'];

/**
 * A lone cell that opens a key or legend to the table ("Key", "RAG key:", "Legend"): a note, not an action or a
 * section, and so are the one-cell lines after it ("Date: date of the committee meeting", "Blue – complete").
 */
export const KEY_LABELS: readonly string[] = [
  'key',
  'legend',
  'rag key',
  'brag key',
  'rag rating key',
  'key to rag ratings',
  'status key',
  'colour key',
  'key to colours',
];

/**
 * The label of a row that counts the plan's actions rather than being one ("Total", "Total actions: 12", "Number
 * of actions", "Summary", "Count: 5"), as a whole cell, lower-cased, with or without a number after it.
 */
export const SUMMARY_LABELS: readonly string[] = [
  'total',
  'totals',
  'grand total',
  'sub total',
  'subtotal',
  'sub-total',
  'total actions',
  'actions total',
  'total number of actions',
  'total no of actions',
  'total no. of actions',
  'number of actions',
  'no of actions',
  'no. of actions',
  'count',
  'count of actions',
  'summary',
  'summary of actions',
  'action summary',
];

/**
 * The labels of a highlight report's lines inside the table that are no action ("Key risks: Turnover in the senior
 * team", "Decisions required: Board to agree ..."), as a whole first cell, lower-cased, its colon dropped.
 */
export const REPORT_LINE_LABELS: readonly string[] = [
  'key risks',
  'risks',
  'key issues',
  'issues',
  'risks and issues',
  'risks / issues',
  'decisions required',
  'decisions needed',
  'decisions',
  'dependencies',
  'escalations',
  'matters for escalation',
];

/**
 * The words of a line rating a whole workstream or objective rather than one action ("Overall status", "Overall"), as a
 * whole action cell, lower-cased: a line of the report, not an action.
 */
export const OVERALL_LINE_LABELS: readonly string[] = [
  'overall',
  'overall status',
  'overall rating',
  'overall rag',
  'overall position',
  'overall progress',
  'overall judgement',
  'workstream status',
  'overall workstream status',
];

/**
 * States a summary row counts ("Complete: 5 Amber: 3", "On track - 4"), besides the RAG words: a cell of such
 * counts alone, under the table, is a tally and not an action.
 */
export const SUMMARY_TALLY_WORDS: readonly string[] = [
  'complete',
  'completed',
  'done',
  'achieved',
  'closed',
  'open',
  'on track',
  'off track',
  'in progress',
  'ongoing',
  'not started',
  'not yet started',
  'overdue',
  'delayed',
  'not due',
  'not yet due',
  'no update',
  'not rated',
  'actions',
  'at risk',
  'deferred',
  'on hold',
  'no status',
];

/**
 * Sub-headers under a timescale header merged over two or more columns ("Timescale" over "Start | End"): the one
 * that holds the deadline.
 */
export const TIMESCALE_END_SUBHEADERS: readonly string[] = [
  'end',
  'end date',
  'finish',
  'finish date',
  'to',
  'by',
  'completion',
  'completion date',
  'complete by',
  'due',
  'due date',
  'deadline',
  'target',
  'target date',
];

/**
 * Sub-headers under a timescale header merged over two or more columns that split the date into the one first set
 * and a later one: "Timescale" over "Original | Revised". The first set stays the timescale; the later one is a
 * revised date (it supersedes it, as a "Revised date" column does).
 */
export const TIMESCALE_ORIGINAL_SUBHEADERS: readonly string[] = ['original', 'original date', 'planned', 'initial', 'agreed', 'original target'];
export const TIMESCALE_REVISED_SUBHEADERS: readonly string[] = [
  'revised',
  'revised date',
  'new',
  'new date',
  'amended',
  'updated',
  'revised target',
  'current',
];

/**
 * Sub-headers under a status header merged over two or more columns ("Progress" over "Update | RAG"): the words of
 * the update, and the rating beside them.
 */
/**
 * Action headers that, beside a better-named action column and a status column, hold the notes on each action:
 * Microsoft Planner exports the owners' updates as "Description" beside "Task Name | Progress". Read as commentary on
 * the status (a drop-down's "In progress"), or as the status when it is empty.
 */
export const NOTES_BESIDE_ACTION: readonly string[] = ['description', 'details', 'card description', 'task content'];

export const STATUS_WORDS_SUBHEADERS: readonly string[] = [
  'update',
  'updates',
  'comment',
  'comments',
  'commentary',
  'narrative',
  'detail',
  'details',
  'notes',
  'position',
  'progress',
  'status',
];
export const STATUS_RATING_SUBHEADERS: readonly string[] = ['rag', 'rating', 'rag rating', 'rag status', 'brag', 'r/a/g', 'status'];

/**
 * Header words over a column of tick boxes (TRUE / FALSE) that say whether the action is done: alone they are status
 * words a row holds, so only a column of booleans under them makes them a header (`done`).
 */
export const TICK_BOX_HEADERS: readonly string[] = [
  'complete',
  'completed',
  'done',
  'closed',
  'achieved',
  'implemented',
  'finished',
  'complete?',
  'done?',
  // Trello's tick for a card's due date met
  'due complete',
];

/**
 * Header words that name the RAG only over a column of colour words (Smartsheet's "Health": Red / Yellow / Green /
 * Gray / Blue): alone they may name a group (a responsibility matrix's "Health" column, with ticks under it).
 */
export const RAG_ONLY_OVER_COLOURS: readonly string[] = ['health'];

/** The colour words such a column holds, alone in a cell ("Red", "Yellow", "Gray"). */
export const RAG_COLOUR_WORDS: readonly string[] = ['red', 'amber', 'yellow', 'green', 'blue', 'grey', 'gray'];

/**
 * Header words of the timescale that, beside another timescale column ("Meeting date | ... | By when?", an action
 * log), name the meeting each action was raised at (`raised`): "Next meeting" is the one after it.
 */
export const MEETING_DATE_HEADERS: readonly string[] = ['meeting date'];

/** Header words of the extra roles (see `ExtraRole`). */
/**
 * A header scoring each row's risk ("Gross Score", "Residual Score", "Risk score", "Risk rating", "Likelihood"), as a
 * risk register kept as a plan has: beside it, the table's RAG rates the risk, not the action's progress. "Impact"
 * alone is not one (plans head their outcomes so).
 */
export const RISK_SCORE_HEADER =
  /^\s*(?:(?:gross|residual|inherent|initial|current|target|net|pre[\s-]?mitigation|post[\s-]?mitigation)\s+(?:risk\s+)?score|risk\s+(?:score|rating|level)|likelihood)\b/i;

/**
 * An easy read or young people's plan's header over the next step beside what was done ("You said | We did | What's
 * next"): in a plan with no timescale column, the date it gives is the action's.
 */
const NEXT_STEP_HEADERS_LIST = ["what's next", 'what is next', 'what happens next', 'what will happen next'] as const;
export const NEXT_STEP_HEADERS: readonly string[] = NEXT_STEP_HEADERS_LIST;

export const EXTRA_HEADER_SYNONYMS: Readonly<Record<ExtraRole, readonly HeaderSynonym[]>> = {
  // a later date agreed for the action: it supersedes the target date
  revised: [
    { text: 'revised date' },
    // the word alone, beside the date it revises ("Due | Revised")
    { text: 'revised', exact: true },
    // a project tracker's "Start | Finish | Revised finish"
    { text: 'revised finish' },
    { text: 'revised finish date' },
    { text: 'revised target date' },
    { text: 'revised timescale' },
    { text: 'revised deadline' },
    { text: 'revised completion date' },
    { text: 'new target date' },
    { text: 'new date' },
    { text: 'revised target' },
    { text: 'revised due date' },
    { text: 'revised due', exact: true },
    { text: 'amended target date' },
    { text: 'amended date' },
    { text: 'new timescale' },
    { text: 'expected new achievement date' },
    { text: 'give expected new achievement date' },
    { text: 'revised end date' },
    { text: 'revised timescales' },
    { text: 'extended date' },
    { text: 'forecast completion date' },
    // a highlight report's milestone table: the date now forecast beside the baseline
    { text: 'forecast date' },
    { text: 'forecast end date' },
  ],
  // how far the action has got, as a percentage
  percent: [
    { text: '% complete' },
    { text: '%complete' },
    { text: 'percent complete' },
    { text: 'percentage complete' },
    { text: '% completed' },
    { text: '% progress' },
    { text: 'percentage completed' },
    { text: '% done' },
    { text: '% achieved' },
    { text: 'progress %' },
    { text: 'completion %' },
    { text: '%', exact: true },
  ],
  // the date the action was actually done (an entry here says it is done)
  done: [
    { text: 'date completed' },
    // an audit schedule's month the audit was done, beside its "Month planned"
    { text: 'month completed', exact: true },
    // a task board's export (Asana: "Completed At"; Planner: "Completed Date")
    { text: 'completed at', exact: true },
    // an inspectorate's recommendation discharged (police forces' HMICFRS trackers)
    { text: 'date discharged', exact: true },
    { text: 'date of completion' },
    { text: 'actual completion date' },
    { text: 'date achieved' },
    { text: 'date of completion and outcome' },
    { text: 'completed date' },
    { text: 'date closed' },
    { text: 'closed date' },
    { text: 'date actioned' },
    { text: 'actual date' },
    { text: 'date signed off' },
    { text: 'achieved', exact: true },
    // an NHS trust's CQC action plan: "Action Achieved | Ref | ..." ticked "Yes" (not the action itself)
    { text: 'action achieved', exact: true },
    { text: 'action achieved?' },
    { text: 'action completed?' },
    { text: 'action complete?' },
    { text: 'achieved (tick)' },
    { text: 'achieved (y/n)' },
    { text: 'completed (y/n)' },
    // asked as a question ("Completed?", "Done?"): the question mark is needed, as "Completed" or "Closed" alone is a
    // status a data row holds
    { text: 'completed?' },
    { text: 'done?' },
    { text: 'complete?' },
    { text: 'closed?' },
    { text: 'implemented?' },
    // a training calendar's run of a course ("Delivered? | Y / N")
    { text: 'delivered?' },
    { text: 'delivered (y/n)' },
    { text: 'achieved?' },
    // a standards self-assessment's "Met?" ("Met", "Partly met", "Not met")
    { text: 'met?', exact: true },
    { text: 'standard met?' },
    { text: 'met (y/n)' },
    // a tracker whose closure the inspectorate agrees ("Proposed for closure | Closure agreed"): the date it was agreed
    { text: 'closure agreed' },
    { text: 'date closure agreed' },
    { text: 'closed (y/n)' },
    { text: 'completion date (actual)' },
    { text: 'complete (y/n)' },
    { text: 'done (y/n)' },
    { text: 'actual completion' },
  ],
  // the date the row was last updated: a rating given before a deadline that has since passed no longer stands
  // ("Last update" alone is not here: it heads the words of the latest update as often as a date)
  updated: [
    { text: 'date of last update' },
    { text: 'date last updated' },
    { text: 'last updated' },
    { text: 'last updated date' },
    { text: 'last update date' },
    { text: 'date of update' },
    { text: 'date updated' },
    { text: 'update date' },
    { text: 'updated on' },
    { text: 'date of last review' },
    { text: 'date last reviewed' },
    { text: 'last reviewed' },
  ],
  // the date the action was raised: a visit's recommendations, an Ombudsman's decision, an action log's entry. A
  // timescale counted from it ("Within 1 month", "Within two months of the decision") is due that long after it
  // (not "Review date" nor "Meeting date": a board's forward plan heads its timescale so)
  raised: [
    { text: 'date raised', exact: true },
    { text: 'raised on' },
    { text: 'date action raised' },
    { text: 'date of visit' },
    { text: 'visit date' },
    { text: 'date of decision' },
    { text: 'decision date' },
    { text: 'date identified' },
    { text: 'date logged' },
    { text: 'date opened' },
    { text: 'date added' },
    { text: 'date of recommendation' },
    // a rapid review tracker's date of each review, repeated on its actions ("Within 3 months" of it)
    { text: 'date of rr', exact: true },
    { text: 'rr date', exact: true },
    { text: 'date of rapid review', exact: true },
    { text: 'rapid review date', exact: true },
    // a tracker of several reviews: the date each was published, merged down over its actions ("Within 6 months of
    // publication")
    { text: 'published', exact: true },
    { text: 'date published' },
    { text: 'publication date' },
    { text: 'date of publication' },
  ],
  // what is left of the work, beside what was done (an annual report's "What we did | Impact | Still to do"): read for a
  // new date it gives ("Guidance to be signed off by the Board in July 2017", "carried forward into the 2017-18 Business
  // Plan"), or work that goes on ("Ongoing – findings reported to the Board every six months"); not for the work it
  // names, often a next step beyond the commitment
  left: [
    { text: 'still to do', exact: true },
    { text: 'what is still to do', exact: true },
    { text: "what's still to do", exact: true },
    { text: 'what we still need to do', exact: true },
    { text: 'still to be done', exact: true },
    { text: 'what is left to do', exact: true },
    // a strategic plan's "Progress so far | Further actions needed", a progress report's "Planned next steps" beside
    // its "Progress to date"
    { text: 'further actions needed', exact: true },
    { text: 'planned next steps', exact: true },
    { text: 'further action needed', exact: true },
    // an easy read or young people's plan's next step beside what was done ("We did | What's next",
    // `NEXT_STEP_HEADERS`), its dates the ones the work now has
    ...NEXT_STEP_HEADERS_LIST.map((text) => ({ text, exact: true })),
  ],
  // whether the body inspected agreed the recommendation (an inspectorate's response: "Agreed / Partly Agreed / Not
  // Agreed"): one not agreed has no action outstanding
  agreed: [
    { text: 'agreed/partly agreed/not agreed', exact: true },
    { text: 'agreed / partly agreed / not agreed', exact: true },
    { text: 'agreed/not agreed', exact: true },
    { text: 'accepted/partly accepted/not accepted', exact: true },
    { text: 'accepted/not accepted', exact: true },
    { text: 'accepted/rejected', exact: true },
  ],
};

/**
 * A header listing the answers a body gave each recommendation, however spaced or worded ("Accepted / Partially
 * Accepted / Not Accepted", "Agreed/Partially agreed/Not agreed", "Accepted / Rejected"): the `agreed` column.
 */
export const AGREED_OPTIONS =
  /^(?:(?:partly|partially|fully|not)\s+)?(?:agreed|accepted)(?:\s*\/\s*(?:(?:partly|partially|fully|not)\s+)?(?:agreed|accepted|rejected|declined))+$/;

/**
 * Words in a status header that make it one of a series of updates, one per period ("Update Jun 2015",
 * "Q3 update", "Progress at Dec board", "2nd update", "Update 3"). Such columns are read as history: the latest
 * non-empty one is the current status.
 */
/**
 * The word that makes a short header with a period in it the targets for that period ("2014/2015 target", "Target
 * 2015/16"): the timescale column, each target due at the period's end unless it names a date of its own.
 */
/**
 * Welsh words of a plan's header cells ("Cyf.", "Cam Gweithredu", "Amserlen", "Diweddariad Cynnydd", "Statws"): a
 * header written in Welsh and English in one cell ("Cam Gweithredu / Action") is read by its other half. Only a half
 * holding one of these is set aside, so "Assurance / Evidence" stays one English header.
 */
export const WELSH_HEADER_WORDS: ReadonlySet<string> = new Set([
  'cyf',
  'cyfeirnod',
  'rhif',
  'cam',
  'camau',
  'gweithredu',
  'gweithred',
  'amserlen',
  'amser',
  'dyddiad',
  'targed',
  'arweinydd',
  'arweiniol',
  'swyddog',
  'cyfrifol',
  'cyfrifoldeb',
  'diweddariad',
  'cynnydd',
  'statws',
  'sylwadau',
  'canlyniad',
  'canlyniadau',
  'mesur',
  'mesurau',
  'amcan',
  'amcanion',
  'blaenoriaeth',
  'blaenoriaethau',
  'tystiolaeth',
  'erbyn',
  'pryd',
  'pwy',
  'beth',
  'sut',
  'nod',
  'nodau',
  'argymhelliad',
  'argymhellion',
  'ymateb',
  'cwblhau',
  'sgôr',
  'lliw',
  'thema',
  'maes',
  'cynllun',
  'adolygu',
  'diwygiedig',
  'allweddol',
  'partner',
  'partneriaid',
]);

export const TARGET_WORD = /\btargets?\b/i;

/**
 * Words that name the period an update column reports on: a month, a year, a quarter, a board or meeting, "first",
 * "interim", "year end", a season, or a time since the plan began ("Update at 6 months", "12 month review").
 */
export const UPDATE_PERIOD_WORDS =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:19|20)\d{2}\b|\bq(?:tr)?\s*[1-4]\b|\bquarter\b|\bboard\b|\bmeeting\b|\b\d+(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|final|interim|mid[\s-]?year|year[\s-]?end|half[\s-]?year)\b|\b(?:update|progress|position|review)\s*(?:no\.?\s*)?\d\b|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?|\b(?:spring|summer|autumn|winter)\b|\b(?:\d{1,2}|three|six|nine|twelve|eighteen)[\s-]*(?:months?|weeks?)\b/i;

/**
 * A header that is only a period, with no "update" or "RAG" word: "Q1", "Qtr 2 2014/15", "Quarter 3", "Q3 Oct-Dec", "Jun 2014",
 * "Apr-Jun", "H1", "Autumn term", "2014/15", "This Period". A series of such columns whose entries are RAG words or letters is
 * the RAG given each period, and one whose entries are sentences is an update per period (a timeline of marks,
 * "X" or "✓" under the months an action runs, is neither).
 */
export const BARE_PERIOD_HEADER = new RegExp(
  String.raw`^(?:q(?:tr)?\s*[1-4]|quarter\s*(?:[1-4]|one|two|three|four)|(?:1st|2nd|3rd|4th|first|second|third|fourth)\s+quarter|h[12]|` +
    String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s*[-–/]\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)?|` +
    String.raw`(?:spring|summer|autumn|winter)(?:\s+term)?|(?:19|20)\d{2}\s*[/-]\s*(?:19|20)?\d{2}|` +
    // a calendar year over its months, as a Gantt chart heads them ("2018" over "Apr | May | ... | Dec")
    String.raw`(?:19|20)\d{2}|` +
    // a highlight report's two columns, as PRINCE2 templates head them ("Last Period | This Period")
    String.raw`(?:last|previous|prior|this|current)\s+(?:period|quarter|month))` +
    // (a month's year after a hyphen, as Excel's "mmm-yy" writes it: "Apr-23", "Sep-2023")
    String.raw`(?:\s*(?:['’]|(?<=[a-z.])\s*[-–])?\s*(?:19|20)?\d{2}(?:\s*[/-]\s*(?:19|20)?\d{2})?)?` +
    // the months a quarter covers after it ("Q1 Apr-Jun", "Q3: Oct – Dec", as a trust's quarterly work plan heads them)
    String.raw`(?:(?<=\d)\s*[:–-]?\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*[-–/]\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)?` +
    String.raw`(?:\s*\([^)]{0,24}\))?\s*$`,
  'i',
);

/**
 * Verbs an action opens with ("Review the strategy", "Train staff"): a short text alone on its row that opens with one
 * is an action with nothing filled in yet, not a theme heading over the actions under it.
 */
export const ACTION_VERBS: readonly string[] = [
  'agree',
  'analyse',
  'appoint',
  'arrange',
  'assess',
  'audit',
  'build',
  'check',
  'commission',
  'complete',
  'conduct',
  'consider',
  'consult',
  'continue',
  'create',
  'deliver',
  'design',
  'develop',
  'embed',
  'engage',
  'ensure',
  'establish',
  'evaluate',
  'explore',
  'extend',
  'hold',
  'identify',
  'implement',
  'improve',
  'increase',
  'introduce',
  'launch',
  'map',
  'monitor',
  'produce',
  'promote',
  'provide',
  'publish',
  'raise',
  'recruit',
  'reduce',
  'refresh',
  'report',
  'review',
  'revise',
  'run',
  'scope',
  'set',
  'share',
  'strengthen',
  'support',
  'test',
  'train',
  'undertake',
  'update',
  'use',
  'write',
];

/** A RAG header asking whether the action is on track ("On track? (Y/N)", "On track?"). */
export const ON_TRACK_ASKED = /^\s*on[\s-]+track\b/i;

/** The answers under such a header, as colours: yes is on track; no is the exception the lead reports, amber. */
export const ON_TRACK_ANSWERS: Readonly<Record<string, 'green' | 'amber'>> = { y: 'green', yes: 'green', n: 'amber', no: 'amber' };

/**
 * An annual report's header over what the board had said it would do in the year it reports on ("What we said we'd
 * do", "What we said we would do", "We said", "What we promised", "What we planned to do"): commitments for that
 * year, looked back on. Not a plan's own "What we will do", which looks ahead.
 */
export const SAID_WE_WOULD = /\bwe\s+(?:said|promised|pledged|committed|planned|set\s+out)\b/i;

/**
 * A title naming an annual report ("WSCB Annual Report 2016-17", "Annual Review 2019/20"): it looks back on a year
 * that is over. (A quarter's progress report, "LeDeR Q2 Report 2024-25", is written during the year.)
 */
export const ANNUAL_REPORT = /\bannual\s+(?:report|review)\b/i;

/**
 * A header naming no role that stands over a column for each period on the row below ("Review" over "Autumn | Spring |
 * Summer", a school plan's termly reviews; "Monitoring" over "Q1 | Q2 | Q3 | Q4"): the progress at each, one update
 * column per period.
 */
export const REVIEW_OVER_PERIODS = /^(?:(?:termly|half[\s-]?termly|quarterly|progress)\s+)?(?:reviews?|monitoring|evaluation|review\s+of\s+progress)$/;
