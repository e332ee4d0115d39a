// Node, edge and document details for the evidence panel: every fact with the sentence that
// states it, its span, its article's headline and date.
import { eventLabel } from '../graph/labels.js';
import type { DocumentRecord, Entity, Event, EventClass, GraphModel } from '../model/types.js';
import type { ApiDoc, ApiEventDetail, ApiMention, ApiNodeDetail } from './api-types.js';
import { sentenceAround } from './sentence.js';

export type TextReader = (docId: string) => Promise<string | undefined>;

export class EvidenceIndex {
  private readonly entities = new Map<string, Entity>();
  private readonly documents = new Map<string, DocumentRecord>();
  private readonly events = new Map<string, Event>();
  private readonly byAgent = new Map<string, Event[]>();
  private readonly byTarget = new Map<string, Event[]>();

  constructor(
    model: GraphModel,
    private readonly readText: TextReader,
  ) {
    for (const e of model.entities) this.entities.set(e.id, e);
    for (const d of model.documents) this.documents.set(d.id, d);
    for (const e of model.events) {
      this.events.set(e.id, e);
      if (e.agent) push(this.byAgent, e.agent, e);
      if (e.target) push(this.byTarget, e.target, e);
    }
  }

  async node(id: string): Promise<ApiNodeDetail | undefined> {
    const entity = this.entities.get(id);
    if (!entity) return undefined;
    return {
      actor: {
        id: entity.id,
        label: entity.label,
        type: entity.type,
        aliases: entity.aliases,
        ...(entity.country ? { country: entity.country } : {}),
      },
      did: await this.grouped(this.byAgent.get(id) ?? []),
      // A self-directed event is already listed under "did".
      undergone: await this.grouped((this.byTarget.get(id) ?? []).filter((e) => e.agent !== id)),
    };
  }

  /** Details of the given events; unknown ids are left out. */
  async edges(ids: string[]): Promise<ApiEventDetail[]> {
    const found = ids.map((id) => this.events.get(id)).filter((e): e is Event => e !== undefined);
    return Promise.all(found.map((e) => this.eventDetail(e)));
  }

  async doc(id: string): Promise<ApiDoc | undefined> {
    const record = this.documents.get(id);
    const text = record ? await this.readText(id) : undefined;
    if (!record || text === undefined) return undefined;
    return {
      id,
      headline: record.headline,
      file: record.file,
      text,
      ...(record.date ? { date: record.date } : {}),
      ...(record.author ? { author: record.author } : {}),
    };
  }

  private async grouped(events: Event[]): Promise<Partial<Record<EventClass, ApiEventDetail[]>>> {
    const out: Partial<Record<EventClass, ApiEventDetail[]>> = {};
    const sorted = [...events].sort(
      (a, b) => b.evidence.length - a.evidence.length || (a.id < b.id ? -1 : 1),
    );
    for (const e of sorted) (out[e.cls] ??= []).push(await this.eventDetail(e));
    return out;
  }

  private async eventDetail(e: Event): Promise<ApiEventDetail> {
    const mentions: ApiMention[] = [];
    for (const ev of e.evidence) {
      const doc = this.documents.get(ev.doc);
      const text = await this.readText(ev.doc);
      const around = text !== undefined ? sentenceAround(text, ev.start, ev.end) : undefined;
      mentions.push({
        doc: ev.doc,
        headline: doc?.headline ?? ev.doc,
        ...(doc?.date ? { date: doc.date } : {}),
        start: ev.start,
        end: ev.end,
        text: ev.text,
        sentence: around?.sentence ?? ev.text,
        spanInSentence: around?.spanInSentence ?? { start: 0, end: ev.text.length },
      });
    }
    return {
      id: e.id,
      cls: e.cls,
      label: labelOf(e, this.entities),
      agent: this.ref(e.agent),
      target: this.ref(e.target),
      negated: e.negated,
      confidence: e.confidence,
      trigger: e.trigger,
      mentions,
      ...(e.hedge ? { hedge: e.hedge } : {}),
      ...(e.quote ? { quote: e.quote } : {}),
    };
  }

  private ref(id: string | null): { id: string; label: string } | null {
    if (!id) return null;
    return { id, label: this.entities.get(id)?.label ?? id };
  }
}

/** The display label the RDF export also uses ("United States accused China"). */
export function labelOf(e: Event, entities: Map<string, Entity>): string {
  const name = (id: string | null) => (id ? (entities.get(id)?.label ?? id) : undefined);
  return eventLabel(e.cls, name(e.agent), name(e.target), e.negated);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
