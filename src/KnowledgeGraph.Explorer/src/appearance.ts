// How entity kinds, polarities and certainties look, in the graph and in the legend. Every kind has a shape as
// well as a colour, so colour is never the only cue; every node has a dark border for contrast on white.

import type { Certainty, Polarity } from './api';

export interface KindLook {
  color: string;
  shape: Shape;
}

export type Shape =
  | 'ellipse' | 'diamond' | 'triangle' | 'hexagon' | 'round-rectangle' | 'star' | 'pentagon' | 'tag' | 'rhomboid'
  | 'barrel' | 'octagon' | 'vee';

const known: Record<string, KindLook> = {
  State: { color: '#0072B2', shape: 'ellipse' },
  Official: { color: '#E69F00', shape: 'diamond' },
  Person: { color: '#CC79A7', shape: 'triangle' },
  Organization: { color: '#009E73', shape: 'hexagon' },
  Agreement: { color: '#F0E442', shape: 'round-rectangle' },
  WeaponSystem: { color: '#D55E00', shape: 'star' },
  MilitaryUnit: { color: '#882255', shape: 'pentagon' },
  Event: { color: '#56B4E9', shape: 'tag' },
  Place: { color: '#999933', shape: 'rhomboid' },
  Outlet: { color: '#BBBBBB', shape: 'barrel' },
};

// Kinds are a vocabulary file: a data set may add its own, which get the remaining looks in turn.
const spare: KindLook[] = [
  { color: '#44AA99', shape: 'octagon' },
  { color: '#AA4499', shape: 'vee' },
  { color: '#332288', shape: 'octagon' },
  { color: '#DDCC77', shape: 'vee' },
];
const assigned = new Map<string, KindLook>();

export function kindLook(kind: string): KindLook {
  const look = known[kind] ?? assigned.get(kind);
  if (look) {
    return look;
  }
  const next = spare[assigned.size % spare.length]!;
  assigned.set(kind, next);
  return next;
}

/**
 * Colours with at least 4.5:1 contrast on white, so edge labels in these colours stay readable. Looked up by the
 * contract's string; every polarity the page knows has one.
 */
export const polarityColor: Readonly<Partial<Record<string, string>>> = {
  cooperative: '#1A7F37',
  conflictual: '#C62828',
  neutral: '#57606A',
} satisfies Record<Polarity, string>;

/** The mark of a contested relation (its sources disagree): a violet outline, 6.3:1 on white, apart from every polarity colour. */
export const contestedColor = '#7B3FC4';

/** What each certainty means, looked up by the contract's string; every certainty the page knows has one. */
export const certaintyText: Readonly<Partial<Record<string, string>>> = {
  stated: 'stated: the text asserts it',
  reported: 'reported: the text attributes it to a source',
  hedged: 'hedged: the text qualifies it (may, reportedly, likely)',
  hypothetical: 'hypothetical: the text considers it possible',
  denied: 'denied: the text says it did not happen',
} satisfies Record<Certainty, string>;

export function isUncertain(certainty: Certainty): boolean {
  return certainty === 'hedged' || certainty === 'hypothetical' || certainty === 'denied';
}

const svgNs = 'http://www.w3.org/2000/svg';

/** A small SVG of a node shape for the legend and lists (decorative: the kind's name is always written next to it). */
export function shapeIcon(kind: string, size = 16): SVGSVGElement {
  const look = kindLook(kind);
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.classList.add('shape-icon');
  const shape = shapeElement(look.shape);
  shape.setAttribute('fill', look.color);
  shape.setAttribute('stroke', '#1F2328');
  shape.setAttribute('stroke-width', '1.5');
  svg.append(shape);
  return svg;
}

function shapeElement(shape: Shape): SVGElement {
  const polygon = (points: string) => {
    const element = document.createElementNS(svgNs, 'polygon');
    element.setAttribute('points', points);
    return element;
  };
  switch (shape) {
    case 'ellipse': {
      const circle = document.createElementNS(svgNs, 'circle');
      circle.setAttribute('cx', '10');
      circle.setAttribute('cy', '10');
      circle.setAttribute('r', '8');
      return circle;
    }
    case 'round-rectangle':
    case 'barrel': {
      const rect = document.createElementNS(svgNs, 'rect');
      rect.setAttribute('x', '2');
      rect.setAttribute('y', shape === 'barrel' ? '3' : '4');
      rect.setAttribute('width', '16');
      rect.setAttribute('height', shape === 'barrel' ? '14' : '12');
      rect.setAttribute('rx', shape === 'barrel' ? '5' : '3');
      return rect;
    }
    case 'diamond':
      return polygon('10,1 19,10 10,19 1,10');
    case 'triangle':
      return polygon('10,2 18.5,17.5 1.5,17.5');
    case 'hexagon':
      return polygon('5,2 15,2 19,10 15,18 5,18 1,10');
    case 'star':
      return polygon('10,1 12.4,7 19,7.2 13.8,11.3 15.6,18 10,14.2 4.4,18 6.2,11.3 1,7.2 7.6,7');
    case 'pentagon':
      return polygon('10,1.5 18.5,8 15.3,18 4.7,18 1.5,8');
    case 'tag':
      return polygon('2,3 13,3 18.5,10 13,17 2,17');
    case 'rhomboid':
      return polygon('5,3 19,3 15,17 1,17');
    case 'octagon':
      return polygon('6.5,1.5 13.5,1.5 18.5,6.5 18.5,13.5 13.5,18.5 6.5,18.5 1.5,13.5 1.5,6.5');
    case 'vee':
      return polygon('1,2 10,8 19,2 10,18');
  }
}
