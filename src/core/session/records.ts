/**
 * Finds plan-rag's own records in what a host read: the journal (by its marker, whatever the sheet is called)
 * and the status history (by its header row).
 */
import { decodeJournal, JOURNAL_SHEET, type Journal } from '../host/journal';
import { HISTORY_SHEET_NAME, isHistory, parseHistory, type SnapshotRow } from '../host/history';
import type { SheetRef, WorkbookRead } from '../host/types';

export interface Records {
  journal: Journal | null;
  /** The sheet the journal is in (ours), or null. */
  journalSheet: SheetRef | null;
  /** Why a journal sheet could not be read, when one is there; the session offers "Remove plan-rag records". */
  journalError: string | null;
  /** A sheet with the journal's name that is not ours (a person's), so ours must be named otherwise. */
  history: SnapshotRow[];
  historySheet: SheetRef | null;
}

/**
 * Sorts the record sheets a host read into ours and not ours.
 * @example findRecords(read).journal?.asOf // '2015-01-21'
 */
export function findRecords(read: WorkbookRead): Records {
  const out: Records = { journal: null, journalSheet: null, journalError: null, history: [], historySheet: null };
  for (const r of read.records) {
    const base = r.sheet.name.replace(/ \(\d+\)$/, '');
    if (base === JOURNAL_SHEET && !out.journal) {
      const d = decodeJournal(r.values);
      if (d.journal) {
        out.journal = d.journal;
        out.journalSheet = r.sheet;
        out.journalError = null;
      } else if (d.error && !out.journalError) {
        out.journalError = d.error;
        out.journalSheet = r.sheet;
      }
    } else if (base === HISTORY_SHEET_NAME && !out.historySheet && isHistory(r.values)) {
      out.history = parseHistory(r.values);
      out.historySheet = r.sheet;
    }
  }
  return out;
}
