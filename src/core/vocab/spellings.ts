/**
 * Misspellings of the words a status is read by, as leads type them in a hurry ("Complted", "Acheived", "Delyed"),
 * and what they stand for. Data, not code: add a spelling here and the status rules read it as the word it stands
 * for. Only spellings that are no English word of their own are listed: "compete", "competed" and "deleted" are
 * words, and are read as written.
 */
export const MISSPELLINGS: Readonly<Record<string, string>> = {
  // complete, completed
  complte: 'complete',
  compelte: 'complete',
  comlete: 'complete',
  compleet: 'complete',
  compleate: 'complete',
  completee: 'complete',
  complted: 'completed',
  compelted: 'completed',
  completd: 'completed',
  comleted: 'completed',
  compleated: 'completed',
  compleeted: 'completed',
  completeted: 'completed',
  complteted: 'completed',
  // achieved
  acheived: 'achieved',
  achived: 'achieved',
  acieved: 'achieved',
  acheieved: 'achieved',
  achieveed: 'achieved',
  // implemented
  implimented: 'implemented',
  implemeted: 'implemented',
  implmented: 'implemented',
  impemented: 'implemented',
  implementd: 'implemented',
  // finished, agreed, received
  finsihed: 'finished',
  finshed: 'finished',
  finnished: 'finished',
  agred: 'agreed',
  aggreed: 'agreed',
  recieved: 'received',
  // delayed, slippage, deferred, postponed
  delyed: 'delayed',
  deleyed: 'delayed',
  dealyed: 'delayed',
  delaied: 'delayed',
  slipage: 'slippage',
  slippeage: 'slippage',
  defered: 'deferred',
  deffered: 'deferred',
  postoned: 'postponed',
  postphoned: 'postponed',
  // progress, ongoing, started
  progess: 'progress',
  porgress: 'progress',
  progres: 'progress',
  progrss: 'progress',
  ongong: 'ongoing',
  onging: 'ongoing',
  strated: 'started',
  statred: 'started',
  // words run together
  inplace: 'in place',
  ontrack: 'on track',
  onhold: 'on hold',
};
