// The cast of one synthetic article and the ways a sentence can refer to each
// actor: full name, capital as metonym, demonym, title + name on first mention and
// surname afterwards, as a reporter would write them.
import type { Rng } from './prng.ts';
import {
  ANALYST_PLACES, BLOCS, CLIENTS, GIVEN, MEDIATORS, ORG_TITLES, OUTLETS, PATRONS, POWERS, RIVALS,
  STATE_TITLES, SURNAMES, TOWNS, type OrgActor, type StateActor,
} from './corpus-actors.ts';

export interface Person {
  given: string;
  surname: string;
  title: string;
  /** The actor this person speaks for, as the text names it ("Iran", "the front"). */
  of: string;
  /** Adjective of a state, for "Iranian Foreign Minister Karim Nadiri". */
  demonym?: string;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export class Cast {
  readonly patron: StateActor;
  readonly rival: StateActor;
  readonly mediator: StateActor;
  readonly power: StateActor;
  readonly org: OrgActor;
  readonly rivalOrg: OrgActor;
  readonly bloc: string;
  readonly outlets: string[];
  readonly towns: string[];
  readonly published: Date;
  readonly minister: Person;
  readonly rivalMinister: Person;
  readonly leader: Person;
  readonly spokesman: Person;
  readonly commander: Person;
  readonly envoy: Person;
  readonly analyst: Person;
  private readonly introduced = new Set<Person>();
  private acronymDefined = false;

  constructor(readonly r: Rng, irHamas: boolean) {
    // A share of articles is always Iran–Hamas so that the dyad query has rows to find.
    this.patron = irHamas ? PATRONS[0]! : r.pick(PATRONS);
    this.org = irHamas ? CLIENTS[0]! : r.pick(CLIENTS);
    this.rival = r.pick(RIVALS.filter((s) => s.name !== this.patron.name));
    this.mediator = r.pick(MEDIATORS.filter((s) => s.name !== this.rival.name));
    this.power = r.pick(POWERS);
    this.rivalOrg = r.pick(CLIENTS.filter((o) => o !== this.org));
    this.bloc = r.pick(BLOCS);
    this.outlets = r.sample(OUTLETS, 3);
    this.towns = r.sample(TOWNS, 4);
    this.published = new Date(Date.UTC(r.int(1995, 2023), r.int(0, 11), r.int(1, 28)));
    const names = r.sample(SURNAMES, 7);
    const person = (title: string, of: string, i: number, demonym?: string): Person =>
      ({ given: r.pick(GIVEN), surname: names[i]!, title, of, demonym });
    this.minister = person(r.pick(STATE_TITLES), this.patron.name, 0, this.patron.demonym);
    this.rivalMinister = person(r.pick(STATE_TITLES.filter((t) => t !== this.minister.title)), this.rival.name, 1, this.rival.demonym);
    this.leader = person(r.pick(ORG_TITLES), this.orgName(), 2);
    this.spokesman = person('spokesman', this.orgName(), 3);
    this.commander = person('Commander', this.wingName() ?? this.orgName(), 4);
    this.envoy = person(r.pick(['Foreign Minister', 'special envoy', 'President']), this.mediator.name, 5);
    this.analyst = person('analyst', r.pick(ANALYST_PLACES), 6);
  }

  get year(): number {
    return this.published.getUTCFullYear();
  }

  /** A year some time before publication. */
  pastYear(): number {
    return this.year - this.r.int(1, 9);
  }

  state(s: StateActor, metonymShare = 0.35): string {
    if (this.r.chance(metonymShare)) return s.capital;
    return s.the ? `the ${s.name}` : s.name;
  }

  stateName(s: StateActor): string {
    return s.the ? `the ${s.name}` : s.name;
  }

  orgName(o: OrgActor = this.org): string {
    return o.the ? `the ${o.name}` : o.name;
  }

  /** The group, its acronym once defined, or its head word ("the front"). */
  orgRef(o: OrgActor = this.org): string {
    if (o === this.org && o.acronym) {
      if (!this.acronymDefined) {
        this.acronymDefined = true;
        return `${this.orgName(o)} (${o.acronym})`;
      }
      if (this.r.chance(0.5)) return this.r.chance(0.5) ? o.acronym : `the ${o.acronym}`;
    }
    if (this.r.chance(0.15)) return `the ${o.head}`;
    return this.orgName(o);
  }

  wingName(o: OrgActor = this.org): string | null {
    return o.wing ? `the ${o.wing}` : null;
  }

  /** "Foreign Minister Karim Nadiri" first, then "Nadiri" (sometimes "the minister"). */
  person(p: Person): string {
    if (this.introduced.has(p)) return p.surname;
    this.introduced.add(p);
    const full = `${p.given} ${p.surname}`;
    const capitalised = /^[A-Z]/.test(p.title);
    if (p.title === 'analyst') return `${full}, an analyst at ${p.of},`;
    if (capitalised && p.demonym && this.r.chance(0.3)) return `${p.demonym} ${p.title} ${full}`;
    if (capitalised && this.r.chance(0.6)) return `${p.title} ${full}`;
    if (this.r.chance(0.5)) return `${possessive(p.of)} ${p.title.toLowerCase()}, ${full},`;
    return `${full}, ${aOrThe(p.title)} ${p.title.toLowerCase()} of ${p.of},`;
  }

  /** "Iran's", "the United Arab Emirates'". */
  poss(name: string): string {
    return possessive(name);
  }

  outlet(): string {
    return this.r.pick(this.outlets);
  }

  town(): string {
    return this.r.pick(this.towns);
  }

  /** A time expression of the kinds SPEC §2 resolves: weekday, explicit, relative, year. */
  when(): string {
    const r = this.r;
    switch (r.int(0, 7)) {
      case 0:
      case 1:
        return `on ${r.pick(WEEKDAYS)}`;
      case 2:
        return `on ${r.int(1, 28)} ${r.pick(MONTHS)} ${this.pastYear()}`;
      case 3:
        return `in ${this.pastYear()}`;
      case 4:
        return r.pick(['last week', 'earlier this month', 'last month', 'this week']);
      case 5:
        return `in ${r.pick(MONTHS)}`;
      case 6:
        return `on ${r.pick(MONTHS)} ${r.int(1, 28)}, ${this.pastYear()}`;
      default:
        return '';
    }
  }

  amount(): string {
    const r = this.r;
    switch (r.int(0, 5)) {
      case 0:
        return `$${r.int(2, 95)} million`;
      case 1:
        return `$${r.int(1, 4)}.${r.int(1, 9)} billion`;
      case 2:
        return `${r.int(5, 60)} million dollars`;
      case 3:
        return `€${r.int(3, 80)} million`;
      case 4:
        return `$${r.int(100, 900)},000`;
      default:
        return `about $${r.int(10, 300)} million`;
    }
  }

  /** An amount with a period about half the time: "$30 million a year". */
  amountPer(): string {
    const per = this.r.pick(['', '', ' a year', ' annually', ' a month', ' per year']);
    return this.amount() + per;
  }

  count(lo = 2, hi = 40): number {
    return this.r.int(lo, hi);
  }
}

function possessive(name: string): string {
  const bare = name.replace(/^the /, '');
  const lead = name.startsWith('the ') ? 'the ' : '';
  return bare.endsWith('s') ? `${lead}${bare}’` : `${lead}${bare}'s`;
}

function aOrThe(title: string): string {
  return /^(leader|spokesman|president|prime)/i.test(title) ? 'the' : /^[aeiou]/i.test(title) ? 'an' : 'a';
}
