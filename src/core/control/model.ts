// The control-state model: events → the state of every place on any date.
//
// Events are indexed once, at build time, by day number: per place a sorted array of days (binary search
// answers "which event holds on day D"), and per day the list of events (the cursor applies or reverts one
// day's events in time proportional to their number). Every PlaceState is built once and shared, so a
// query allocates only the Map it returns.
import { fromDayNumber, toDayNumber } from '../dates';
import type {
  BlocId,
  ControlEvent,
  ControlPeriod,
  Faction,
  FactionId,
  ISODate,
  PlaceState,
  RecordInfo,
} from '../types';

export interface ControlModelOptions {
  /** Places to report even if no event names them (they stay `unknown`). */
  places?: Iterable<string>;
}

interface PlaceIndex {
  /** Day numbers of the place's events, ascending (at most one event per day, as the loader enforces). */
  days: number[];
  events: ControlEvent[];
  states: PlaceState[];
}

/** Largest i with a[i] ≤ x, or −1. */
export function lastAtOrBefore(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! <= x) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

export function unknownState(place: string): PlaceState {
  return { place, status: 'unknown', faction: null, factions: [], bloc: null, since: null, eventId: null };
}

export class ControlModel {
  readonly record: RecordInfo;
  readonly factions: ReadonlyMap<FactionId, Faction>;
  readonly startDay: number;
  readonly endDay: number;
  private readonly byPlace = new Map<string, PlaceIndex>();
  /** The same indexes in first-seen order, for loops that need no lookups. */
  private readonly placeOrder: string[] = [];
  private readonly indexOrder: PlaceIndex[] = [];
  private readonly unknown = new Map<string, PlaceState>();
  /** Day number → the events dated that day, with each event's place's state just before it. */
  private readonly byDay = new Map<
    number,
    Array<{ event: ControlEvent; state: PlaceState; before: PlaceState }>
  >();
  private readonly changeDays: number[];
  private readonly eventsById = new Map<string, ControlEvent>();

  constructor(
    events: readonly ControlEvent[],
    factions: readonly Faction[],
    record: RecordInfo,
    options: ControlModelOptions = {},
  ) {
    this.record = record;
    this.factions = new Map(factions.map((f) => [f.id, f]));
    this.startDay = toDayNumber(record.start);
    this.endDay = toDayNumber(record.end);

    for (const p of options.places ?? []) this.place(p);
    // Records have few distinct dates and many events: parse each date once.
    const dayOf = new Map<string, number>();
    const dated = events.map((e) => {
      let day = dayOf.get(e.date);
      if (day === undefined) dayOf.set(e.date, (day = toDayNumber(e.date)));
      return { e, day };
    });
    // Stable sort keeps file order for the loader-rejected case of two events on one day.
    dated.sort((a, b) => a.day - b.day);
    for (const { e, day } of dated) {
      const idx = this.place(e.place);
      const before = idx.states.length ? idx.states[idx.states.length - 1]! : this.unknown.get(e.place)!;
      const state = this.stateOf(e);
      idx.days.push(day);
      idx.events.push(e);
      idx.states.push(state);
      this.eventsById.set(e.id, e);
      const list = this.byDay.get(day);
      const entry = { event: e, state, before };
      if (list) list.push(entry);
      else this.byDay.set(day, [entry]);
    }
    this.changeDays = [...this.byDay.keys()].sort((a, b) => a - b);
  }

  private place(id: string): PlaceIndex {
    let idx = this.byPlace.get(id);
    if (!idx) {
      idx = { days: [], events: [], states: [] };
      this.byPlace.set(id, idx);
      this.placeOrder.push(id);
      this.indexOrder.push(idx);
      this.unknown.set(id, unknownState(id));
    }
    return idx;
  }

  private stateOf(e: ControlEvent): PlaceState {
    const controlled = e.status === 'controlled';
    const faction = controlled ? (e.factions[0] ?? null) : null;
    return {
      place: e.place,
      status: e.status,
      faction,
      factions: [...e.factions],
      bloc: faction ? this.blocOf(faction) : null,
      since: e.date,
      eventId: e.id,
    };
  }

  blocOf(faction: FactionId): BlocId | null {
    return this.factions.get(faction)?.bloc ?? null;
  }

  /** Every place the model knows, in first-seen order (the order of `statesAt`). */
  placeIds(): string[] {
    return [...this.placeOrder];
  }

  event(id: string): ControlEvent | undefined {
    return this.eventsById.get(id);
  }

  /** One place's state on a date (`unknown` before its first event, or for a place the model does not know). */
  placeState(place: string, date: ISODate): PlaceState {
    return this.stateOnDay(place, toDayNumber(date));
  }

  private stateOnDay(place: string, day: number): PlaceState {
    const idx = this.byPlace.get(place);
    if (!idx) return unknownState(place);
    const i = lastAtOrBefore(idx.days, day);
    return i < 0 ? this.unknown.get(place)! : idx.states[i]!;
  }

  /** The state of every place on `date`, as an array aligned with `placeIds()`: the fast path. */
  statesAt(date: ISODate): PlaceState[] {
    const day = toDayNumber(date);
    const n = this.indexOrder.length;
    const out = new Array<PlaceState>(n);
    for (let p = 0; p < n; p++) {
      const idx = this.indexOrder[p]!;
      const days = idx.days;
      // Most places change rarely: check the last event first, then binary search.
      let i = days.length - 1;
      if (i >= 0 && days[i]! > day) i = lastAtOrBefore(days, day);
      out[p] = i < 0 ? this.unknown.get(this.placeOrder[p]!)! : idx.states[i]!;
    }
    return out;
  }

  /** The state of every place on `date`. */
  stateAt(date: ISODate): Map<string, PlaceState> {
    const states = this.statesAt(date);
    const out = new Map<string, PlaceState>();
    for (let p = 0; p < states.length; p++) out.set(this.placeOrder[p]!, states[p]!);
    return out;
  }

  /** Events dated after `from` and up to `to` (both inclusive of the day named by `to`), by date. */
  changes(from: ISODate, to: ISODate): ControlEvent[] {
    const a = toDayNumber(from);
    const b = toDayNumber(to);
    const out: ControlEvent[] = [];
    for (
      let i = lastAtOrBefore(this.changeDays, a) + 1;
      i < this.changeDays.length && this.changeDays[i]! <= b;
      i++
    ) {
      for (const x of this.byDay.get(this.changeDays[i]!)!) out.push(x.event);
    }
    return out;
  }

  /** Days with at least one event, ascending. */
  changeDates(): ISODate[] {
    return this.changeDays.map(fromDayNumber);
  }

  eventsFor(place: string): ControlEvent[] {
    return [...(this.byPlace.get(place)?.events ?? [])];
  }

  /** A place's control periods: [start, end), end null for the period still holding at the record's end. */
  timeline(place: string): ControlPeriod[] {
    const idx = this.byPlace.get(place);
    if (!idx) return [];
    return idx.events.map((e, i) => {
      const s = idx.states[i]!;
      const next = idx.events[i + 1];
      return {
        place,
        status: e.status,
        factions: [...e.factions],
        faction: s.faction,
        bloc: s.bloc,
        start: e.date,
        end: next ? next.date : null,
        eventId: e.id,
      };
    });
  }

  /** A cursor positioned on `date`, for stepping day by day at the cost of each day's changes. */
  cursor(date: ISODate): ControlCursor {
    return new ControlCursor(this, date);
  }

  /** @internal The events of one day, with the states they set and replace. */
  dayEntries(day: number): ReadonlyArray<{ event: ControlEvent; state: PlaceState; before: PlaceState }> {
    return this.byDay.get(day) ?? [];
  }

  /** @internal Change days strictly after `a` and up to `b`. */
  changeDaysBetween(a: number, b: number): number[] {
    const out: number[] = [];
    for (
      let i = lastAtOrBefore(this.changeDays, a) + 1;
      i < this.changeDays.length && this.changeDays[i]! <= b;
      i++
    ) {
      out.push(this.changeDays[i]!);
    }
    return out;
  }
}

/**
 * Holds the state of every place on one date and moves to another by applying (forward) or reverting
 * (backward) the events in between. The UI animates with it: each move reports the places that changed.
 */
export class ControlCursor {
  private day: number;
  private readonly current: Map<string, PlaceState>;

  constructor(
    private readonly model: ControlModel,
    date: ISODate,
  ) {
    this.day = toDayNumber(date);
    this.current = model.stateAt(date);
  }

  get date(): ISODate {
    return fromDayNumber(this.day);
  }

  /** The live state map; it changes as the cursor moves (copy it to keep a snapshot). */
  get state(): ReadonlyMap<string, PlaceState> {
    return this.current;
  }

  /** Moves by whole days (+1 forward, −1 back); returns the ids of the places whose state changed. */
  step(days = 1): string[] {
    return this.seek(fromDayNumber(this.day + days));
  }

  seek(date: ISODate): string[] {
    const target = toDayNumber(date);
    // The state each touched place had before the move, to report only real changes.
    const initial = new Map<string, PlaceState>();
    const set = (place: string, s: PlaceState) => {
      if (!initial.has(place)) initial.set(place, this.current.get(place) ?? s);
      this.current.set(place, s);
    };
    if (target > this.day) {
      for (const d of this.model.changeDaysBetween(this.day, target)) {
        for (const x of this.model.dayEntries(d)) set(x.event.place, x.state);
      }
    } else if (target < this.day) {
      const days = this.model.changeDaysBetween(target, this.day);
      for (let i = days.length - 1; i >= 0; i--) {
        const entries = this.model.dayEntries(days[i]!);
        for (let j = entries.length - 1; j >= 0; j--) set(entries[j]!.event.place, entries[j]!.before);
      }
    }
    this.day = target;
    // A place that left and came back to the same state within the move has not changed for the viewer.
    return [...initial].filter(([place, s]) => this.current.get(place) !== s).map(([place]) => place);
  }
}
