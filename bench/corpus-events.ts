// Sentence templates that state events and relations, grouped by topic. Each takes
// the article's cast and returns one sentence; shapes vary on purpose: active and
// passive voice, titles and appositives, hedges, amounts with and without a period.
import type { Cast } from './corpus-cast.ts';

export type Template = (c: Cast) => string;

export const FUNDING: Template[] = [
  (c) => `${c.state(c.patron)} pledged ${c.amountPer()} to ${c.orgRef()} ${c.when()}, according to ${c.outlet()}.`,
  (c) => `${c.orgRef()} has received ${c.amountPer()} from ${c.stateName(c.patron)} since ${c.pastYear()}, ${c.r.pick(['officials said', 'diplomats said', 'a senior source told reporters'])}.`,
  (c) => `According to ${c.outlet()}, ${c.state(c.patron)} transferred ${c.amount()} to ${c.orgRef()} ${c.when()}.`,
  (c) => `The ${c.r.pick(['money', 'funding', 'cash', 'aid'])} was paid by ${c.stateName(c.patron)} through banks in ${c.mediator.capital}, ${c.r.pick(['investigators said', 'a UN report found', 'according to court documents'])}.`,
  (c) => `${c.patron.demonym} officials are believed to have provided ${c.orgRef()} with ${c.amountPer()} in ${c.r.pick(['cash', 'fuel', 'weapons', 'military training', 'salaries for its fighters'])}.`,
  (c) => `${c.person(c.minister)} said ${c.stateName(c.patron)} would continue to fund ${c.orgRef()} "for as long as the occupation lasts".`,
  (c) => `${c.state(c.patron)} resumed its financial support for ${c.orgRef()} ${c.when()} after a pause of ${c.count(2, 18)} months.`,
  (c) => `${c.state(c.patron)} cut its funding to ${c.orgRef()} ${c.when()}, ${c.r.pick(['leaving it short of cash', 'a senior official confirmed', 'people familiar with the decision said'])}.`,
  (c) => `${c.orgRef()} was funded by ${c.stateName(c.patron)} to the tune of ${c.amountPer()}, a figure its leaders have never confirmed.`,
  (c) => `${c.state(c.patron)} also supplied ${c.orgRef()} with ${c.r.pick(['rockets', 'anti-tank missiles', 'drones', 'small arms and ammunition', 'night-vision equipment'])}, ${c.r.pick(['Western intelligence officials say', 'according to a leaked report', 'the army alleged'])}.`,
  (c) => `${c.state(c.patron)} reportedly trained several hundred fighters of ${c.wingName() ?? c.orgRef()} at camps near ${c.patron.capital}.`,
  (c) => `A shipment of weapons bound for ${c.orgRef()} was seized off the coast ${c.when()}; ${c.rival.demonym} officials said it came from ${c.stateName(c.patron)}.`,
  (c) => `${c.stateName(c.power)} provided ${c.amount()} in humanitarian aid to ${c.stateName(c.rival)} ${c.when()}.`,
  (c) => `${c.state(c.patron)} denied that it had given money to ${c.orgRef()}.`,
  (c) => `${c.orgRef()} allegedly received ${c.amount()} from ${c.patron.demonym} intelligence ${c.when()}, sources said.`,
];

export const VISITS: Template[] = [
  (c) => `${c.person(c.leader)} arrived in ${c.patron.capital} ${c.when()} for talks with ${c.person(c.minister)}.`,
  (c) => `${c.person(c.minister)} visited ${c.mediator.capital} ${c.when()}, his first trip abroad since taking office.`,
  (c) => `A delegation of ${c.orgRef()} led by ${c.person(c.leader)} was received by ${c.person(c.minister)} ${c.when()}.`,
  (c) => `${c.person(c.envoy)} travelled to ${c.rival.capital} ${c.when()} to meet ${c.person(c.rivalMinister)}.`,
  (c) => `${c.stateName(c.patron)} hosted a conference of ${c.r.pick(['armed factions', 'opposition groups', 'Islamist movements'])} in ${c.patron.capital} ${c.when()}.`,
  (c) => `${c.orgRef()} leaders flew to ${c.mediator.capital} ${c.when()} at the invitation of the ${c.mediator.demonym} government.`,
];

export const MEETINGS: Template[] = [
  (c) => `${c.person(c.minister)} met ${c.person(c.leader)} in ${c.r.pick([c.patron.capital, c.mediator.capital])} ${c.when()}.`,
  (c) => `${c.person(c.leader)} held talks with ${c.person(c.envoy)} ${c.when()} on the fate of ${c.count(3, 60)} prisoners.`,
  (c) => `Officials from ${c.stateName(c.patron)} and ${c.orgRef()} met behind closed doors ${c.when()}, ${c.outlet()} reported.`,
  (c) => `${c.person(c.rivalMinister)} spoke by telephone with ${c.person(c.envoy)} ${c.when()}.`,
  (c) => `Representatives of ${c.orgRef()} and ${c.orgRef(c.rivalOrg)} met in ${c.mediator.capital} ${c.when()} but failed to agree on a joint statement.`,
  (c) => `${c.person(c.minister)} and ${c.person(c.rivalMinister)} held a rare meeting on the sidelines of ${article(c.bloc.replace(/^the /, ''))} summit ${c.when()}.`,
];

export const SANCTIONS: Template[] = [
  (c) => `${c.stateName(c.power)} imposed sanctions on ${c.count(2, 12)} ${c.patron.demonym} officials accused of financing ${c.orgRef()} ${c.when()}.`,
  (c) => `${c.bloc} froze the assets of ${c.orgRef()} and ${c.count(3, 20)} of its leaders ${c.when()}.`,
  (c) => `${c.state(c.rival)} expelled ${c.poss(c.stateName(c.patron))} ambassador ${c.when()} and recalled its own envoy from ${c.patron.capital}.`,
  (c) => `${c.state(c.rival)} broke off diplomatic relations with ${c.stateName(c.patron)} ${c.when()}, citing its support for ${c.orgRef()}.`,
  (c) => `${c.orgRef()} was designated a terrorist organisation by ${c.stateName(c.power)} in ${c.pastYear()}.`,
  (c) => `${c.poss(c.stateName(c.power))} Treasury blacklisted ${c.count(2, 9)} exchange houses in ${c.mediator.capital} that it said had moved money for ${c.orgRef()}.`,
  (c) => `${c.state(c.patron)} suspended its aid to ${c.orgRef()} ${c.when()} after the group refused to back ${c.poss(c.stateName(c.patron))} ally.`,
];

export const THREATS: Template[] = [
  (c) => `${c.person(c.rivalMinister)} threatened to strike ${c.orgRef()} targets inside ${c.stateName(c.patron)} if the attacks continued.`,
  (c) => `${c.state(c.patron)} warned that it would cut aid to ${c.orgRef()} unless the group changed course.`,
  (c) => `${c.orgRef()} threatened ${c.when()} to kill the ${c.count(2, 15)} hostages it holds if ${c.stateName(c.rival)} did not release its prisoners.`,
  (c) => `${c.stateName(c.power)} warned ${c.stateName(c.patron)} against sending more weapons to ${c.orgRef()}, saying it "will not stand idly by".`,
  (c) => `${c.person(c.commander)} vowed to expand operations against ${c.rival.demonym} forces ${c.when()}.`,
];

export const ATTACKS: Template[] = [
  (c) => `Fighters of ${c.wingName() ?? c.orgRef()} attacked an army post near ${c.town()} ${c.when()}, killing ${c.count()} soldiers, the military said.`,
  (c) => `${c.rival.demonym} forces shelled positions held by ${c.orgRef()} around ${c.town()} ${c.when()}.`,
  (c) => `${c.stateName(c.rival)} carried out air strikes on ${c.orgRef()} camps near ${c.town()}, killing at least ${c.count()} people, according to ${c.outlet()}.`,
  (c) => `At least ${c.count(3, 80)} civilians were killed when ${c.orgRef()} fighters stormed ${c.town()} ${c.when()}, witnesses said.`,
  (c) => `A convoy of the ${c.rival.demonym} army was ambushed on the road to ${c.town()}; ${c.wingName() ?? c.orgRef()} claimed responsibility.`,
  (c) => `${c.orgRef()} fired ${c.count(10, 200)} rockets at ${c.stateName(c.rival)} ${c.when()}, the army said, most of them intercepted.`,
  (c) => `The ${c.rival.demonym} army arrested ${c.count()} suspected members of ${c.orgRef()} in raids around ${c.town()}.`,
  (c) => `${c.orgRef()} and ${c.orgRef(c.rivalOrg)} clashed in ${c.town()} ${c.when()}, leaving ${c.count()} dead.`,
];

export const MEDIATION: Template[] = [
  (c) => `${c.state(c.mediator)} mediated between ${c.stateName(c.rival)} and ${c.orgRef()} ${c.when()}.`,
  (c) => `Talks brokered by ${c.stateName(c.mediator)} produced a ceasefire between ${c.orgRef()} and ${c.stateName(c.rival)} ${c.when()}.`,
  (c) => `${c.stateName(c.rival)} and ${c.orgRef()} agreed to a ${c.count(3, 90)}-day truce under ${c.mediator.demonym} auspices, ${c.r.pick(['a statement said', 'officials on both sides confirmed', 'mediators said'])}.`,
  (c) => `${c.person(c.envoy)} shuttled between ${c.rival.capital} and ${c.poss(c.orgRef())} leaders in ${c.org.base ?? c.mediator.capital} for ${c.count(2, 9)} days.`,
  (c) => `${c.orgRef()} signed an agreement with ${c.stateName(c.rival)} in ${c.mediator.capital} ${c.when()} that provides for a prisoner exchange.`,
  (c) => `${c.bloc} called on ${c.stateName(c.rival)} and ${c.orgRef()} to return to the negotiating table.`,
  (c) => `${c.orgRef()} rejected a ${c.mediator.demonym} proposal for a ceasefire ${c.when()}, saying it ignored "the core demands of our people".`,
];

export const RELATIONS: Template[] = [
  (c) => c.org.wing
    ? `${c.wingName()}, the military wing of ${c.orgName()}, ${c.r.pick(['claimed the attack', 'said it had downed a drone', 'announced a new commander'])} ${c.when()}.`
    : `${c.orgRef()}, which is based in ${c.org.base ?? c.patron.capital}, ${c.r.pick(['denied any role', 'said it would respond', 'welcomed the decision'])}.`,
  (c) => `The ${c.patron.demonym}-backed ${c.org.name.replace(/^the /, '')} has ${c.r.pick(['grown in strength', 'lost ground', 'expanded its reach'])} since ${c.pastYear()}.`,
  (c) => `${c.orgRef()}, ${c.poss(c.stateName(c.patron))} main proxy in the region, ${c.r.pick(['has not commented', 'has denied taking orders from abroad', 'has said it acts independently'])}.`,
  (c) => `${c.orgRef()} keeps a political office in ${c.org.base ?? c.mediator.capital}, where ${c.person(c.leader)} lives.`,
  (c) => `${c.person(c.commander)} heads ${c.wingName() ?? c.orgName()}, ${c.org.wing ? `the armed wing of ${c.orgName()}` : 'a force of several thousand men'}.`,
  (c) => `${c.stateName(c.patron)} and ${c.stateName(c.mediator)} are close allies, and ${c.stateName(c.rival)} is their common rival.`,
  (c) => `${c.orgRef(c.rivalOrg)} is a rival of ${c.orgName()} and has long been hostile to ${c.stateName(c.patron)}.`,
];

export const STANCES: Template[] = [
  (c) => `${c.state(c.patron)} praised ${c.orgRef()} for its "steadfastness" ${c.when()}.`,
  (c) => `${c.state(c.power)} condemned the attack and accused ${c.stateName(c.patron)} of arming ${c.orgRef()}.`,
  (c) => `${c.person(c.spokesman)} accused ${c.stateName(c.rival)} of violating the truce ${c.when()}.`,
  (c) => `${c.state(c.rival)} demanded that ${c.stateName(c.patron)} stop interfering in its internal affairs.`,
  (c) => `${c.stateName(c.patron)} rejected the accusation as "baseless propaganda".`,
  (c) => `${c.state(c.mediator)} urged ${c.orgRef()} to release the hostages ${c.when()}.`,
  (c) => `${c.orgRef()} said it supported ${c.poss(c.stateName(c.mediator))} initiative, but would not disarm.`,
  (c) => `${c.state(c.patron)} and ${c.stateName(c.rival)} agreed to restore diplomatic relations ${c.when()}, ending a rupture of ${c.count(2, 9)} years.`,
  (c) => `${c.stateName(c.rival)} denied that its troops had crossed into ${c.stateName(c.mediator)}.`,
  (c) => `Relations between ${c.stateName(c.patron)} and ${c.orgRef()} are not repaired, ${c.r.pick(['a senior official admitted', 'analysts say', 'insiders say'])}.`,
  (c) => `${c.bloc} criticised ${c.stateName(c.rival)} for the strikes and called for an independent investigation.`,
];

function article(noun: string): string {
  return `${/^[AEIOU]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

export const EVENT_TOPICS = { FUNDING, VISITS, MEETINGS, SANCTIONS, THREATS, ATTACKS, MEDIATION, RELATIONS, STANCES };
