/**
 * Header words for each column role, as boards write them. Data, not code: add a synonym here.
 *
 * A header cell matches a synonym when, lower-cased with spaces collapsed, it equals the synonym, or (unless the
 * synonym is `exact`) starts with it followed by punctuation or "and"/"&" ("Status, evidence & sign off/follow up").
 * When several synonyms match, the longest wins ("Current status" is the RAG column, not the status column).
 */

export type ColumnRole = 'ref' | 'objective' | 'action' | 'timescale' | 'lead' | 'outcome' | 'status' | 'rag' | 'link';

export const COLUMN_ROLES: readonly ColumnRole[] = ['ref', 'objective', 'action', 'timescale', 'lead', 'outcome', 'status', 'rag', 'link'];

export interface HeaderSynonym {
  text: string;
  /** Only the whole cell matches (short, common words such as "No" or "Date"). */
  exact?: boolean;
}

export const HEADER_SYNONYMS: Readonly<Record<ColumnRole, readonly HeaderSynonym[]>> = {
  ref: [
    { text: 'no', exact: true }, { text: 'no.', exact: true }, { text: 'ref', exact: true }, { text: 'ref.', exact: true },
    { text: 'ref no', exact: true }, { text: 'reference', exact: true }, { text: 'item', exact: true },
    { text: 'item no', exact: true }, { text: 'number', exact: true }, { text: 'action no', exact: true },
    { text: 'action ref', exact: true }, { text: '#', exact: true }, { text: 'id', exact: true },
  ],
  objective: [
    { text: 'objective' }, { text: 'objectives' }, { text: 'recommendation' }, { text: 'recommendations' },
    { text: 'priority' }, { text: 'priorities' }, { text: 'what do we want to achieve' }, { text: 'aim' },
    { text: 'aims' }, { text: 'outcome we want', exact: true }, { text: 'strategic objective' }, { text: 'area' },
    { text: 'theme' }, { text: 'issue' }, { text: 'area for improvement' },
  ],
  action: [
    { text: 'action' }, { text: 'actions' }, { text: 'key actions' }, { text: 'key action' }, { text: 'specific actions' },
    { text: 'specific action' }, { text: 'what will it do' }, { text: 'what we will do' }, { text: 'how will we do it' },
    { text: 'how we will achieve this' }, { text: 'tasks' }, { text: 'task' }, { text: 'activity' }, { text: 'activities' },
    { text: 'actions required' }, { text: 'action required' },
  ],
  timescale: [
    { text: 'timescale' }, { text: 'timescales' }, { text: 'time scale' }, { text: 'timeframe' }, { text: 'time frame' },
    { text: 'by when' }, { text: 'deadline' }, { text: 'date', exact: true }, { text: 'when', exact: true },
    { text: 'target date' }, { text: 'planned completion date' }, { text: 'completion date' }, { text: 'due date' },
    { text: 'due' , exact: true}, { text: 'target', exact: true }, { text: 'date for completion' }, { text: 'timeline' },
  ],
  lead: [
    { text: 'reporting' }, { text: 'lead' }, { text: 'leads' }, { text: 'lead officer' }, { text: 'lead agency' },
    { text: 'owner' }, { text: 'responsible' }, { text: 'responsibility' }, { text: 'by whom' }, { text: 'who will lead' },
    { text: 'who' , exact: true}, { text: 'lead person' }, { text: 'accountable' }, { text: 'responsible officer' },
    { text: 'sub group' }, { text: 'sub-group' }, { text: 'lead sub group' }, { text: 'action owner' },
    { text: 'action by' }, { text: 'actioned by' }, { text: 'lead officer/agency' }, { text: 'responsible person' },
  ],
  outcome: [
    { text: 'outcome' }, { text: 'outcomes' }, { text: 'expected outcome' }, { text: 'expected outcomes' },
    { text: 'success measure' }, { text: 'success measures' }, { text: 'success criteria' }, { text: 'measure of success' },
    { text: 'how will we know' }, { text: 'impact' }, { text: 'evidence of impact' }, { text: 'intended outcome' },
  ],
  status: [
    { text: 'status' }, { text: 'progress' }, { text: 'update' }, { text: 'comments' }, { text: 'comment' },
    { text: 'progress update' }, { text: 'progress to date' }, { text: 'status, evidence & sign off/follow up' },
    { text: 'update on progress' }, { text: 'current position' }, { text: 'evidence' }, { text: 'notes' },
  ],
  rag: [
    { text: 'rag' }, { text: 'r/a/g' }, { text: 'rag rating' }, { text: 'rag status' }, { text: 'current status' },
    { text: 'brag' }, { text: 'b/r/a/g' }, { text: 'rating' },
  ],
  link: [
    { text: 'link' }, { text: 'links' }, { text: 'link to siip' }, { text: 'siip ref' }, { text: 'siip link' },
    { text: 'siip reference' }, { text: 'cross reference' }, { text: 'plan reference' }, { text: 'link to plan' },
  ],
};
