/**
 * UTC day, month and year intervals in the shape of d3-time's (floor, offset, range, filter),
 * the only parts the axis uses. Written here because d3-time ships as one pre-bundled file whose
 * every interval (seconds, weeks, local time…) lands in the first visit's bundle, 1.5 KB gzip of a
 * 60 KB budget; tests/unit/utcIntervals.test.ts checks these against d3-time itself.
 */
export interface UtcInterval {
  /** The start of the interval containing `date` (a new Date). */
  floor(date: Date): Date;
  /** `date` moved by `step` intervals (a new Date). */
  offset(date: Date, step: number): Date;
  /** Every interval start in [start, stop), in order. */
  range(start: Date, stop: Date): Date[];
  /** The same interval keeping only the starts that pass `test`. */
  filter(test: (date: Date) => boolean): UtcInterval;
}

function interval(
  floorInPlace: (date: Date) => void,
  offsetInPlace: (date: Date, step: number) => void,
): UtcInterval {
  const self: UtcInterval = {
    floor(date) {
      const floored = new Date(+date);
      floorInPlace(floored);
      return floored;
    },
    offset(date, step) {
      const moved = new Date(+date);
      offsetInPlace(moved, Math.floor(step));
      return moved;
    },
    range(start, stop) {
      const starts: Date[] = [];
      const current = self.floor(start);
      if (+current < +start) offsetInPlace(current, 1);
      // A guard against a runaway loop if a date is invalid.
      for (let guard = 0; +current < +stop && guard < 100_000; guard++) {
        starts.push(new Date(+current));
        offsetInPlace(current, 1);
      }
      return starts;
    },
    filter(test) {
      return interval(
        (date) => {
          floorInPlace(date);
          for (let guard = 0; !test(date) && guard < 10_000; guard++) {
            date.setTime(+date - 1);
            floorInPlace(date);
          }
        },
        (date, step) => {
          let remaining = step;
          for (let guard = 0; remaining > 0 && guard < 100_000; guard++) {
            offsetInPlace(date, 1);
            if (test(date)) remaining--;
          }
          for (let guard = 0; remaining < 0 && guard < 100_000; guard++) {
            offsetInPlace(date, -1);
            if (test(date)) remaining++;
          }
        },
      );
    },
  };
  return self;
}

export const utcDay = interval(
  (date) => date.setUTCHours(0, 0, 0, 0),
  (date, step) => date.setUTCDate(date.getUTCDate() + step),
);

export const utcMonth = interval(
  (date) => {
    date.setUTCDate(1);
    date.setUTCHours(0, 0, 0, 0);
  },
  (date, step) => date.setUTCMonth(date.getUTCMonth() + step),
);

export const utcYear = interval(
  (date) => {
    date.setUTCMonth(0, 1);
    date.setUTCHours(0, 0, 0, 0);
  },
  (date, step) => date.setUTCFullYear(date.getUTCFullYear() + step),
);
