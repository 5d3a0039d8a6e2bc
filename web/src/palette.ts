// Every colour the UI draws with, in one place, so that test/ui-contrast.test.ts can
// check them: text against its background at least 4.5:1 (WCAG AA), marks and lines
// against the page at least 3:1 (WCAG 1.4.11). Colour is never the only signal:
// kinds also differ in shape, conflictual ties are dashed, states are labelled.
import type { Kind } from './types.ts';

export const PAGE = '#ffffff';
export const SURFACE = '#f4f6f8';
export const TEXT = '#1a1d23';
export const MUTED = '#4a5262';
export const LINK = '#1d4ed8';
export const MARK = '#fde68a';

export const KIND_COLOURS: Record<Kind, string> = {
  state: '#1d4ed8',
  government_body: '#0e7490',
  organization: '#047857',
  armed_wing: '#7e22ce',
  person: '#a16207',
  media: '#be185d',
  other: '#4b5563',
};

/** Cytoscape node shapes: a second channel beside colour. */
export const KIND_SHAPES: Record<Kind, string> = {
  state: 'round-octagon',
  government_body: 'hexagon',
  organization: 'round-rectangle',
  armed_wing: 'diamond',
  person: 'ellipse',
  media: 'tag',
  other: 'barrel',
};

export const KIND_LABELS: Record<Kind, string> = {
  state: 'State',
  government_body: 'Government body',
  organization: 'Organization',
  armed_wing: 'Armed wing',
  person: 'Person',
  media: 'Media',
  other: 'Other',
};

export const TIE_COLOURS = {
  cooperative: '#15803d',
  conflictual: '#b91c1c',
  mixed: '#6b7280',
} as const;

/** Relation states: filled bands with white labels, so each must carry white text. */
export const STATE_COLOURS: Record<string, string> = {
  allied: '#166534',
  cooperative: '#3f6212',
  restored: '#0f766e',
  strained: '#9a3412',
  hostile: '#b91c1c',
  broken: '#7f1d1d',
};

/** Stacked flows: one colour per patron → client pair, in order of appearance. */
export const SERIES = ['#1d4ed8', '#b45309', '#047857', '#7e22ce', '#be185d', '#0e7490', '#4d7c0f', '#9f1239', '#374151', '#a16207'];

export function kindColour(kind: Kind | null): string {
  return KIND_COLOURS[kind ?? 'other'];
}

export function tieColour(score: number): string {
  return score > 0.05 ? TIE_COLOURS.cooperative : score < -0.05 ? TIE_COLOURS.conflictual : TIE_COLOURS.mixed;
}
