import { NO_CHANGE } from '../vocab/status';

/**
 * Of a row's updates, newest first, the newest that says more than "no change" ("No change", "As previous": see
 * `NO_CHANGE`); the newest when none does. Used alike for a cell's log of dated updates and a row's update columns.
 *
 * @example latestSaying(['No change', 'Delayed', 'Not started'], (u) => u) // 'Delayed'
 * @example latestSaying(['No change', 'No change'], (u) => u) // 'No change'
 */
export function latestSaying<T>(newestFirst: readonly T[], textOf: (update: T) => string): T {
  const newest = newestFirst[0];
  if (!NO_CHANGE.test(textOf(newest))) return newest;
  return newestFirst.find((u) => !NO_CHANGE.test(textOf(u))) ?? newest;
}
