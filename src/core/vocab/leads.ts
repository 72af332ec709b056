/**
 * How a Reporting / Lead cell is read into leads. Every word list is here, as data, so a board can add its own
 * spellings without touching the reader (`src/core/leads/`).
 *
 * A cell such as "EH&P and L&I sg", "Learning &Improvement\n Group\nCSCB business group" or "PM group to Business
 * Group" names several leads. The reader splits it at the separators below, at the relation phrases, after a
 * sub-group word, and at "and"/"&" unless they join one name ("Learning and Improvement"); then it compares leads
 * without case, "&"/"and", the sub-group word or punctuation, and matches abbreviations to long forms.
 */

/**
 * Characters that always separate two leads in a cell (a line break separates them too). A slash does, but not in
 * "S/G", a sub-group ("Training S/G").
 */
export const LEAD_SEPARATORS = /(?:[\r\n,;+|]|(?<!(?:^|[\s(])[sS])\/(?![gG](?![A-Za-z])))+/;

/**
 * A label before the lead a cell names ("Lead: Police", "Owner - CCG", "Support: CSC"): not part of the name.
 */
export const LEAD_LABEL = /^\s*(?:(?:lead|leads|lead\s+officers?|lead\s+agency|lead\s+agencies|owners?|responsible|support|supporting)\s*[:–-]\s*)(?=\S)/i;

/**
 * Phrases between two leads that name both ("PM group to Business Group", "CSCB through the Business Group",
 * "Proactive and Responsive scrutinise work of the MA Audit Group"). Lower case, word by word; longest first.
 */
export const RELATION_PHRASES: readonly string[] = [
  'scrutinises the work of',
  'scrutinise the work of',
  'in conjunction with',
  'with support from',
  'scrutinises work of',
  'scrutinise work of',
  'on behalf of',
  'reporting to',
  'reports to',
  'report to',
  'supported by',
  'overseen by',
  'scrutinises',
  'scrutinise',
  'led by',
  'through',
  'via',
  'to',
];

/**
 * What a Lead cell holds when no lead is named yet ("TBC", "To be confirmed", "N/A", "None", "-"): not a lead, so
 * nobody's list in "My actions" is called "TBC". Lower case, the whole piece.
 */
export const NO_LEAD_YET =
  /^(?:tbc|tba|tbd|to\s+be\s+(?:confirmed|agreed|decided|determined|identified|allocated|appointed)|n\/?a|none|nobody|not\s+(?:yet\s+)?(?:known|assigned|allocated|identified)|unassigned|vacant|[-–—?]+)$/i;

/** Words that join two leads, or two words of one name ("Learning and Improvement"). */
export const CONJUNCTIONS: readonly string[] = ['and', '&'];

/**
 * Words that end a group's name and say it is a group ("Business Group", "PM sg", "Learning and Improvement sub
 * group"). They are left out when leads are compared, so "L&I sg" and "L&I Group" are one lead, and a lead's
 * name ends at them ("Case Review sg Business Group" is two leads). Lower case, word by word; longest first.
 */
export const GROUP_SUFFIXES: readonly string[] = ['sub group', 'sub-group', 'sub grp', 'subgroup', 'sub-grp', 'group', 'grp', 's/g', 'sg'];

/**
 * Words that end the name of a body ("Health and Wellbeing Board", "Policy and Procedures Panel"). With the group
 * suffixes, they show that "X and Y" before them is one name. They stay part of the name when comparing.
 */
export const NAME_ENDINGS: readonly string[] = ['board', 'panel', 'partnership', 'forum', 'committee', 'team', 'service', 'services', 'network'];

/** Words written two ways for one meaning, compared as the second. Lower case. */
export const WORD_ALIASES: Readonly<Record<string, string>> = {
  comms: 'communication',
  communications: 'communication',
  coms: 'communication',
  mgmt: 'management',
  mgt: 'management',
  multiagency: 'multi agency',
  subcommittee: 'sub committee',
};

/** Words before a lead's name that are not part of it ("the Business Group"). Lower case. */
export const LEADING_WORDS: readonly string[] = ['the'];

/**
 * The board itself, however the plan names it: "the Board", "CSCB", "LSCB". An abbreviation matching `BOARD_ABBREVIATION`
 * before another name is the board's prefix, not a lead ("CSCB business group" is the Business Group).
 */
export const BOARD_WORDS: readonly string[] = ['board', 'the board', 'safeguarding board', 'safeguarding children board', 'local safeguarding children board'];
export const BOARD_ABBREVIATION = /^[A-Z]{0,3}SCB$/;

/** Words skipped when reading initials ("Learning and Improvement" → L&I, "Head of Service" → HS). Lower case. */
export const INITIALS_SKIP: readonly string[] = ['and', '&', 'of', 'the', 'for', 'in'];

/**
 * A token is an abbreviation when it is written in capitals (2–8 letters, "&" allowed): "PM", "EH&P", "CYPPE".
 * Single capitals joined by "&" are one abbreviation even when spaced ("L &I", "P & R").
 */
export const ABBREVIATION = /^[A-Z](?:[A-Z]|&(?=[A-Z])){1,8}$/;

/** Names of a workbook's glossary sheet (compared without case; a name containing one of them counts). */
export const GLOSSARY_SHEET_WORDS: readonly string[] = ['glossary', 'abbreviation', 'acronym'];

/** Header words of a glossary's columns, skipped when reading it. Lower case. */
export const GLOSSARY_HEADERS: readonly string[] = [
  'abbreviation',
  'abbreviations',
  'acronym',
  'acronyms',
  'term',
  'short',
  'meaning',
  'definition',
  'description',
  'stands for',
  'in full',
  'full name',
];

/** An e-mail address, as a lead cell may give one ("j.smith@council.gov.uk"): the pattern's source, for the readers. */
export const EMAIL_ADDRESS = String.raw`[\w.+'-]+@[\w-]+(?:\.[\w-]+)+`;
