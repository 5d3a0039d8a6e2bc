// One tooltip for the charts: text only, placed next to the mark it describes.
import { byId, h } from '../dom.ts';

export function showTooltip(target: Element, lines: string[]): void {
  const tip = byId('tooltip');
  tip.replaceChildren(...lines.map((line, i) => h(i === 0 ? 'strong' : 'span', {}, line)));
  tip.hidden = false;
  const box = target.getBoundingClientRect();
  const width = tip.offsetWidth;
  const left = Math.min(window.innerWidth - width - 8, Math.max(8, box.left + box.width / 2 - width / 2));
  const above = box.top - tip.offsetHeight - 8;
  tip.style.left = `${left + window.scrollX}px`;
  tip.style.top = `${(above > 8 ? above : box.bottom + 8) + window.scrollY}px`;
}

export function hideTooltip(): void {
  byId('tooltip').hidden = true;
}
