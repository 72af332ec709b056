/**
 * Cross-reference schemes a plan cites. Data, not code: add a scheme and its spellings here.
 *
 * `aliases` are matched as whole words, case-insensitively except where `caseSensitive` (short acronyms that are
 * also words). A citation is an alias followed by a reference number ("SIIP 1.9", "CYPP 2.1", "PSA: 13",
 * "Ofsted para 45"); an alias with no number after it is only a mention.
 */
export interface Scheme {
  /** The name reports use. */
  scheme: string;
  aliases: string[];
  caseSensitive?: boolean;
  /** Its aliases may take an "s" ("SIIPs 1.2 and 1.3"). */
  plural?: boolean;
}

export const SCHEMES: readonly Scheme[] = [
  { scheme: 'SIIP', aliases: ['SIIP', 'S.I.I.P', 'Single Integrated Improvement Plan'], plural: true },
  { scheme: 'CYPP', aliases: ['CYPP', "Children and Young People's Plan", 'Children and Young People’s Plan'] },
  { scheme: 'PSA', aliases: ['PSA'], caseSensitive: true },
  // an inspection framework may be named between ("Ofsted ILACS rec 5", "Ofsted SIF recommendation 3")
  { scheme: 'Ofsted', aliases: ['Ofsted', 'Ofsted ILACS', 'Ofsted SIF', 'Ofsted JTAI'] },
  { scheme: 'NI', aliases: ['NI'], caseSensitive: true },
  { scheme: 'SIP', aliases: ['SIP'], caseSensitive: true },
];

/**
 * Words allowed between the scheme and its number ("Ofsted para 45", "PSA: 13", "SIIP action 1.2", "SIIP actions 1.2
 * and 1.3", "SIIP refs: 3.1", "CYPP outcome 2", "SIIP Obj 3"), after a bracket or a dash ("SIIP (1.2)", "SIIP-1.4").
 */
export const REF_LEADIN = String.raw`(?:\s*[:;#,(\-–]?\s*(?:para(?:graph)?s?|recommendations?|recs?|actions?|items?|ref(?:erence)?s?|sections?|priorit(?:y|ies)|no\.?|nos\.?|objectives?|obj\.?|outcomes?|targets?|aims?|strands?)?\s*[:#.]?\s*)`;
