/**
 * The session's calls to its host, as steps a driver carries out. The session is written once, as generators that
 * yield `read`, `probe` and `write` steps; `run` drives it against an async host (Excel through office-js, .xlsx
 * files), `runSync` against a synchronous one (Google Sheets: Apps Script calls a menu or sidebar function and uses
 * its return value at once, so nothing there may wait on a promise).
 */
import type { HostCapabilities, PlanHost, ProbeRequest, ProbeResult, ReadRequest, SheetRef, WorkbookRead, WriteBatch, WriteResult } from '../host/types';

export type Step = { op: 'read'; request: ReadRequest } | { op: 'probe'; sheet: SheetRef; request: ProbeRequest } | { op: 'write'; batch: WriteBatch };

/** A session in progress: it yields steps and finishes with `T`. */
export type Session<T> = Generator<Step, T, unknown>;

/** What a session needs to know of its host while it plans. */
export interface HostInfo {
  readonly name: string;
  readonly capabilities: HostCapabilities;
}

/** The host contract with synchronous calls (Apps Script). */
export interface SyncPlanHost extends HostInfo {
  read(request: ReadRequest): WorkbookRead;
  probe(sheet: SheetRef, request: ProbeRequest): ProbeResult;
  write(batch: WriteBatch): WriteResult;
}

export function* read(request: ReadRequest): Session<WorkbookRead> {
  return (yield { op: 'read', request }) as WorkbookRead;
}

export function* probe(sheet: SheetRef, request: ProbeRequest): Session<ProbeResult> {
  return (yield { op: 'probe', sheet, request }) as ProbeResult;
}

export function* write(batch: WriteBatch): Session<WriteResult> {
  return (yield { op: 'write', batch }) as WriteResult;
}

/** Drives a session against an async host. A host's error is thrown back into the session, then out. */
export async function run<T>(host: PlanHost, session: Session<T>): Promise<T> {
  let next = session.next();
  while (!next.done) {
    const step = next.value;
    let result: unknown;
    try {
      result =
        step.op === 'read' ? await host.read(step.request) : step.op === 'probe' ? await host.probe(step.sheet, step.request) : await host.write(step.batch);
    } catch (err) {
      next = session.throw(err);
      continue;
    }
    next = session.next(result);
  }
  return next.value;
}

/** Drives a session against a synchronous host, returning its result at once. */
export function runSync<T>(host: SyncPlanHost, session: Session<T>): T {
  let next = session.next();
  while (!next.done) {
    const step = next.value;
    let result: unknown;
    try {
      result = step.op === 'read' ? host.read(step.request) : step.op === 'probe' ? host.probe(step.sheet, step.request) : host.write(step.batch);
    } catch (err) {
      next = session.throw(err);
      continue;
    }
    next = session.next(result);
  }
  return next.value;
}
