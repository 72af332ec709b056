/**
 * The command's memory: how far V8 lets the heap grow between full collections.
 *
 * V8 sizes the heap for long-running programs: after a full collection it lets the heap grow to up to four times
 * what was live before it collects again (fewer pauses for a server). A plan-rag run reads one workbook and exits,
 * so that slack is only peak memory: on a 100,000-row plan about 110-130 MB is live early in the read, and the heap
 * then grows to 460-530 MB before the next collection, a peak of 600-650 MB for some 230 MB ever live at once.
 * Collecting once the heap has grown by half keeps the peak near 1.5 times what is live, at the cost of a few more
 * collections (each a fraction of a second at this size). `--heap-growing-percent` is V8's flag for this factor
 * (`MemoryController::GrowingFactor` in V8's heap-controller.cc reads it at every collection, so setting it once the
 * process has started takes effect); an unknown flag is ignored, so a Node whose V8 lacks it only loses the saving.
 */
import { setFlagsFromString } from 'v8';

/** The heap's growth between full collections, in per cent of what was live after the last one. */
export const HEAP_GROWING_PERCENT = 50;

/**
 * Makes this process collect garbage once its heap has grown by half since the last full collection. For the
 * command's entry point only (bin/plan-rag.js and the bench's runs of it), never for a host or a library user.
 * @example tuneHeapForOneRun() // then a 100,000-row apply peaks near 520 MB rather than 600-650 MB
 */
export function tuneHeapForOneRun(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
