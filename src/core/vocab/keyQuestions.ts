/**
 * The questions an inspectorate asks of every service, which a plan answering its report heads its sections with, often
 * in capitals on a line of their own ("SAFE", "WELL-LED", "EFFECTIVE / RESPONSIVE"): the Care Quality Commission's five
 * key questions, lower case.
 * @example KEY_QUESTIONS.includes('safe') // true
 */
export const KEY_QUESTIONS: readonly string[] = ['safe', 'effective', 'caring', 'responsive', 'well-led'];
