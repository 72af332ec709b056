/**
 * Stands in for office.js in the browser tests: `Office` and `Excel` backed by the recording fake, loaded from
 * the fixture the test puts in `window.__PLAN_FIXTURE__`. Served in place of Microsoft's CDN script.
 */
import { FakeContext, fakeWorkbookFrom, type FakeWorkbookState } from '../fakes/fakeExcel';

declare global {
  interface Window {
    __PLAN_FIXTURE__?: {
      sheets: Array<{
        name: string;
        values: unknown[][];
        numberFormats?: unknown[][];
        merges?: Array<{ top: number; left: number; bottom: number; right: number }>;
      }>;
      active?: string;
      maxApi?: string;
    };
    __fake?: { state: FakeWorkbookState; syncs: number };
  }
}

const fixture = window.__PLAN_FIXTURE__ ?? { sheets: [{ name: 'Sheet1', values: [] }] };
const state = fakeWorkbookFrom(fixture.sheets);
if (fixture.active) state.activeName = fixture.active;
state.maxApi = (fixture as { maxApi?: string }).maxApi ?? '1.18';
const maxApi = fixture.maxApi ?? '1.18';
/** "1.18" is newer than "1.9": compare the minor numbers as numbers. */
const atMost = (version: string, max: string) => {
  const [a, b] = version.split('.').map(Number);
  const [c, d] = max.split('.').map(Number);
  return a < c || (a === c && (b ?? 0) <= (d ?? 0));
};
const fake = { state, syncs: 0 };
window.__fake = fake;

const settings = new Map<string, unknown>(Object.entries((fixture as { settings?: Record<string, unknown> }).settings ?? {}));

(window as unknown as Record<string, unknown>).Office = {
  onReady(cb?: (info: unknown) => void) {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    setTimeout(() => cb?.(info), 0);
    return Promise.resolve(info);
  },
  context: {
    requirements: {
      isSetSupported: (name: string, version: string) => (name === 'ExcelApi' && atMost(version, maxApi)) || (name === 'SharedRuntime' && version === '1.1'),
    },
    document: {
      settings: {
        get: (k: string) => (settings.has(k) ? JSON.parse(JSON.stringify(settings.get(k))) : null),
        set: (k: string, v: unknown) => settings.set(k, JSON.parse(JSON.stringify(v))),
        remove: (k: string) => settings.delete(k),
        saveAsync: (cb?: (r: unknown) => void) => setTimeout(() => cb?.({ status: 'succeeded' }), 0),
      },
    },
  },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  // the ribbon's functions, as Office associates them in the shared runtime (tests call them as the ribbon would)
  actions: {
    associate: (name: string, f: unknown) =>
      void ((window as unknown as { __commands: Record<string, unknown> }).__commands = {
        ...((window as unknown as { __commands?: Record<string, unknown> }).__commands ?? {}),
        [name]: f,
      }),
  },
  addin: { showAsTaskpane: () => Promise.resolve() },
};

(window as unknown as Record<string, unknown>).Excel = {
  async run(a: unknown, b?: unknown) {
    const f = (typeof a === 'function' ? a : b) as (ctx: FakeContext) => Promise<unknown>;
    const ctx = new FakeContext(state);
    try {
      return await f(ctx);
    } finally {
      fake.syncs += ctx.recording.syncs;
    }
  },
};
