// Sentences that carry no event between two actors — quotes, background, analysis,
// the humanitarian picture — which make up much of a real news article and which
// extraction must read without producing anything.
import type { Template } from './corpus-events.ts';

export const QUOTES: Template[] = [
  (c) => `"We will not abandon our brothers in ${c.orgName()}," ${c.person(c.minister)} told reporters.`,
  (c) => `"The door to dialogue remains open, but our patience is not endless," said ${c.person(c.rivalMinister)}.`,
  (c) => `"Nobody buys our decisions," ${c.person(c.spokesman)} said in a statement posted on the group's website.`,
  (c) => `"What we are seeing is a war by proxy, fought with other people's sons," ${c.person(c.analyst)} said.`,
  (c) => `"Every agreement so far has collapsed within weeks," said a ${c.mediator.demonym} diplomat who asked not to be named.`,
  (c) => `"Our fighters are ready for every scenario," ${c.person(c.commander)} said in a video released ${c.when() || 'late at night'}.`,
  (c) => `"This is a humanitarian catastrophe, and the world is looking away," an aid worker in ${c.town()} said.`,
  (c) => `"We have received no money from anyone," ${c.person(c.leader)} insisted.`,
];

export const BACKGROUND: Template[] = [
  (c) => `The conflict has displaced an estimated ${c.count(40, 900)},000 people since ${c.pastYear()}.`,
  (c) => `${c.orgName()} emerged in the late ${c.r.pick(['1980s', '1990s', '2000s'])} from a loose network of ${c.r.pick(['student activists', 'village defence committees', 'exiled clerics', 'former army officers'])}.`,
  (c) => `The region around ${c.town()} has been outside government control for most of the past decade.`,
  (c) => `Previous rounds of talks, held in ${c.mediator.capital} in ${c.pastYear()} and in ${c.pastYear()}, ended without agreement.`,
  (c) => `Drought and a collapsing currency have pushed millions into poverty, and food prices rose by ${c.count(20, 140)} percent last year.`,
  (c) => `Much of the border is desert, patrolled by a few thousand troops and crossed daily by traders, smugglers and herders.`,
  (c) => `The government has repeatedly promised elections, most recently for ${c.year + c.r.int(1, 3)}, but no date has been set.`,
  (c) => `Local elders in ${c.town()} said schools had been closed for ${c.count(2, 14)} months and the only clinic had run out of medicine.`,
  (c) => `Estimates of the group's strength vary widely, from ${c.count(2, 5)},000 to more than ${c.count(8, 30)},000 fighters.`,
  (c) => `The capital, ${c.rival.capital}, was calm on ${c.r.pick(['Monday', 'Friday', 'Sunday'])}, though shops closed early and checkpoints multiplied.`,
  (c) => `Oil exports, the main source of revenue, have fallen by more than half since the fighting began.`,
  (c) => `A UN panel of experts is due to publish its annual report in ${c.r.pick(['the spring', 'the autumn', 'the coming weeks'])}.`,
];

export const ANALYSIS: Template[] = [
  (c) => `Analysts said the move suggested that ${c.patron.capital} now sees ${c.orgName()} as its most useful partner in the region.`,
  (c) => `${c.person(c.analyst)} said the money mattered less than the political cover it bought.`,
  (c) => `Diplomats in ${c.mediator.capital} said the talks were unlikely to succeed without the backing of ${c.stateName(c.power)}.`,
  (c) => `Some observers believe the rivalry between ${c.orgName()} and ${c.orgName(c.rivalOrg)} is now a bigger obstacle to peace than the war itself.`,
  (c) => `It is not clear how much of the promised money has actually arrived, and officials declined to give figures.`,
  (c) => `The timing is awkward for ${c.patron.capital}, which is seeking to ease its own economic troubles and repair ties with its neighbours.`,
  (c) => `Security experts warned that the ceasefire was fragile and could collapse at the first serious incident.`,
  (c) => `For now, neither side appears to believe it can win outright, which may be the best reason to hope for a settlement.`,
];

export const CONTEXT_TOPICS = { QUOTES, BACKGROUND, ANALYSIS };
