// The graph's entities by label and alias: resolves the names people type to IRIs.
import { UsageError } from '../errors.js';
import { NGD } from '../graph/prefixes.js';
import { nearest } from './nearest.js';
import { prefixed } from './terms.js';
import type { QueryEngine } from './types.js';

export interface Actor {
  iri: string;
  label: string;
  type: string;
  aliases: string[];
}

/** Entities (actors and places) live under ngd:entity/ (docs/design.md). */
export const ENTITIES_QUERY = `SELECT ?entity ?label ?type ?alias WHERE {
  ?entity rdfs:label ?label ; a ?type .
  FILTER(STRSTARTS(STR(?entity), "${NGD}entity/"))
  OPTIONAL { ?entity skos:altLabel ?alias }
}`;

export class ActorIndex {
  readonly byIri = new Map<string, Actor>();
  private byLabel = new Map<string, Actor[]>();
  private byAlias = new Map<string, Actor[]>();
  /** Every IRI with a label (entities and events), for tables. */
  readonly labels = new Map<string, string>();

  static async load(engine: QueryEngine): Promise<ActorIndex> {
    const index = new ActorIndex();
    const [entities, labels] = await Promise.all([
      engine.query(ENTITIES_QUERY),
      engine.query('SELECT ?x ?label WHERE { ?x rdfs:label ?label }'),
    ]);
    if (entities.kind === 'bindings') {
      for (const row of entities.rows) {
        const iri = row.entity!.value;
        let actor = index.byIri.get(iri);
        if (!actor) {
          actor = {
            iri,
            label: row.label!.value,
            type: prefixed(row.type!.value) ?? row.type!.value,
            aliases: [],
          };
          index.byIri.set(iri, actor);
          push(index.byLabel, actor.label, actor);
        }
        const alias = row.alias?.value;
        if (alias && !actor.aliases.includes(alias)) {
          actor.aliases.push(alias);
          push(index.byAlias, alias, actor);
        }
      }
    }
    if (labels.kind === 'bindings')
      for (const row of labels.rows) index.labels.set(row.x!.value, row.label!.value);
    return index;
  }

  /** Every label and alias, for completion. */
  names(): string[] {
    return [...this.byIri.values()].flatMap((a) => [a.label, ...a.aliases]);
  }

  /** Actors known by this exact label or alias (case-insensitive); labels win over aliases. */
  lookup(name: string): Actor[] {
    const key = name.trim().toLowerCase();
    const found = this.exactly(key);
    // "Mr Kerry" where the graph only knows "Kerry": honorifics are how people type names.
    const bare = key.replace(HONORIFIC, '');
    return found.length || bare === key ? found : this.exactly(bare);
  }

  private exactly(key: string): Actor[] {
    const byLabel = this.byLabel.get(key) ?? [];
    return byLabel.length ? byLabel : (this.byAlias.get(key) ?? []);
  }

  /** The one actor a name means, or a UsageError listing the candidates or the nearest names. */
  resolve(name: string): Actor {
    const found = this.lookup(name);
    if (found.length === 1) return found[0]!;
    if (found.length > 1) {
      const list = found.map((a) => `${a.label} (${a.type})`).join(', ');
      throw new UsageError(`"${name}" is ambiguous: ${list}; give the full label`);
    }
    // Suggest each actor once, by its label, however many of its aliases are near.
    const close = [
      ...new Set(nearest(name, this.names()).flatMap((n) => this.lookup(n).map((a) => a.label))),
    ];
    throw new UsageError(
      `no actor called "${name}"${close.length ? `; did you mean ${close.map((c) => `"${c}"`).join(', ')}?` : ''}`,
    );
  }
}

const HONORIFIC = /^(mr|mrs|ms|dr|sir|madam)\.?\s+/;

function push(map: Map<string, Actor[]>, name: string, actor: Actor): void {
  const key = name.toLowerCase();
  const list = map.get(key) ?? [];
  if (!list.includes(actor)) list.push(actor);
  map.set(key, list);
}
