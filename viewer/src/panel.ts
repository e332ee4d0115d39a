// The evidence panel: what an actor did and what was done to it, each fact with its sentence
// (span highlighted), article headline and date, hedge and confidence; and the article viewer.
import type { ApiEventDetail, ApiMention, ApiNodeDetail } from '../../src/server/api-types.js';
import { api } from './api.js';
import { CLASS_COLORS } from './colors.js';
import { byId, h, marked } from './dom.js';

const title = () => byId('panel-title');
const body = () => byId('panel-body');

export function showMessage(text: string): void {
  title().textContent = 'Evidence';
  body().replaceChildren(h('p', { class: 'hint' }, text));
}

export function showNode(detail: ApiNodeDetail): void {
  const a = detail.actor;
  title().textContent = a.label;
  const facts = h(
    'p',
    { class: 'facts' },
    `${a.type}`,
    a.aliases.length ? ` · also: ${a.aliases.join(', ')}` : '',
  );
  body().replaceChildren(
    facts,
    section('What it did', detail.did),
    section('What was done to it', detail.undergone),
  );
}

export function showEvents(events: ApiEventDetail[]): void {
  title().textContent = events.length === 1 ? events[0]!.label : `${events.length} events`;
  body().replaceChildren(...events.map((e) => eventBlock(e, true)));
}

function section(heading: string, groups: Partial<Record<string, ApiEventDetail[]>>): HTMLElement {
  const classes = Object.keys(groups);
  return h(
    'div',
    { class: 'group' },
    h('h3', {}, heading),
    classes.length === 0 ? h('p', { class: 'hint' }, 'Nothing in the articles.') : null,
    classes.map((cls) =>
      h(
        'details',
        { open: true },
        h(
          'summary',
          {},
          h('span', { style: `color:${CLASS_COLORS[cls as keyof typeof CLASS_COLORS]}` }, '● '),
          `${cls} (${groups[cls]!.length})`,
        ),
        groups[cls]!.map((e) => eventBlock(e, false)),
      ),
    ),
  );
}

function eventBlock(e: ApiEventDetail, withClass: boolean): HTMLElement {
  const facts = [
    withClass ? e.cls : null,
    e.hedge ? `hedge: ${e.hedge}` : 'not hedged',
    e.negated ? 'negated' : null,
    `confidence ${e.confidence.toFixed(2)}`,
    `${new Set(e.mentions.map((m) => m.doc)).size} source(s)`,
  ].filter(Boolean);
  return h(
    'div',
    { class: 'event', 'data-event': e.id },
    h('div', { class: 'event-label' }, e.label),
    h('div', { class: 'facts' }, facts.join(' · ')),
    e.mentions.map(mentionBlock),
  );
}

function mentionBlock(m: ApiMention): HTMLElement {
  return h(
    'div',
    { class: 'mention', 'data-doc': m.doc },
    h('blockquote', {}, marked(m.sentence, m.spanInSentence.start, m.spanInSentence.end)),
    h(
      'div',
      { class: 'source' },
      h('button', { type: 'button', onclick: () => void openDocument(m.doc, m.start, m.end) }, m.headline),
      m.date ? ` · ${m.date}` : '',
      ` · chars ${m.start}–${m.end}`,
    ),
  );
}

/** Opens the article with the span highlighted and scrolled into view. */
export async function openDocument(docId: string, start?: number, end?: number): Promise<void> {
  const doc = await api.doc(docId);
  const dialog = byId<HTMLDialogElement>('doc-dialog');
  byId('doc-title').textContent = doc.headline;
  byId('doc-meta').textContent = [doc.date, doc.author, doc.file].filter(Boolean).join(' · ');
  const text = byId('doc-text');
  text.replaceChildren(
    ...(start !== undefined && end !== undefined ? marked(doc.text, start, end) : [doc.text]),
  );
  if (!dialog.open) dialog.showModal();
  text.querySelector('mark')?.scrollIntoView({ block: 'center' });
  byId('doc-close').focus();
}

export function bindDocumentDialog(): void {
  const dialog = byId<HTMLDialogElement>('doc-dialog');
  byId('doc-close').addEventListener('click', () => dialog.close());
}
