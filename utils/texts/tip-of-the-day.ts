import { TIP_IDS, type TipId } from './ids';

const MS_PER_DAY = 86_400_000;

/**
 * The tip of the day: the same all day long (by the user's local calendar date), the
 * next tip tomorrow, going round all eight tips in Plett's order.
 */
export function tipOfTheDay(now: Date): TipId {
  const localMidnightUtc = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const day = Math.floor(localMidnightUtc / MS_PER_DAY);
  const index = ((day % TIP_IDS.length) + TIP_IDS.length) % TIP_IDS.length;
  return TIP_IDS[index] as TipId;
}
