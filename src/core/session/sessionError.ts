/**
 * A problem a person can act on, from the session: where it came from, what happened, and what to do. Hosts show
 * all three (the pane, the sidebar, the CLI's one line), never only in a console.
 */
export type SessionErrorCode = 'no-plan' | 'empty' | 'protected' | 'journal' | 'no-sheet' | 'bad-date' | 'busy' | 'other-sheet';

export class SessionError extends Error {
  constructor(
    /** Which part of the workbook or input ("Business Plan 2014-15", "plan-rag journal", "--as-of"). */
    readonly origin: string,
    /** What happened, in plain words. */
    readonly reason: string,
    /** What to do about it. */
    readonly action: string,
    readonly code: SessionErrorCode,
  ) {
    super(`${origin}: ${reason}. ${action}`);
    this.name = 'SessionError';
  }
}
