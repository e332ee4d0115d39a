// Everything the URL remembers: view, filters, selection and camera. Reload restores it.
import type { EntityType, EventClass } from '../../src/model/types.js';

export type ViewMode = 'actors' | 'events';
export type SizeBy = 'degree' | 'inDegree' | 'outDegree' | 'pagerank' | 'betweenness';
export type ColorBy = 'type' | 'community';

export interface ViewState {
  view: ViewMode;
  showDocs: boolean;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  hiddenTypes: EntityType[];
  hiddenClasses: EventClass[];
  /** Only events read from this document. */
  doc?: string;
  from?: string;
  to?: string;
  minSources: number;
  /** Selected node (actor, event or document id) or edge (event id). */
  node?: string;
  edge?: string;
  /** Ego network of the selected node, in hops (0 = off). */
  ego: number;
  pathFrom?: string;
  pathTo?: string;
  camera?: { x: number; y: number; ratio: number };
}

export const DEFAULT_STATE: ViewState = {
  view: 'actors',
  showDocs: false,
  sizeBy: 'degree',
  colorBy: 'type',
  hiddenTypes: [],
  hiddenClasses: [],
  minSources: 1,
  ego: 0,
};

const SIZES: SizeBy[] = ['degree', 'inDegree', 'outDegree', 'pagerank', 'betweenness'];

export function encodeState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.view !== 'actors') p.set('view', s.view);
  if (s.showDocs) p.set('docs', '1');
  if (s.sizeBy !== 'degree') p.set('size', s.sizeBy);
  if (s.colorBy !== 'type') p.set('color', s.colorBy);
  if (s.hiddenTypes.length) p.set('hideTypes', s.hiddenTypes.join(','));
  if (s.hiddenClasses.length) p.set('hideClasses', s.hiddenClasses.join(','));
  if (s.doc) p.set('doc', s.doc);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.minSources > 1) p.set('min', String(s.minSources));
  if (s.node) p.set('node', s.node);
  if (s.edge) p.set('edge', s.edge);
  if (s.ego > 0) p.set('ego', String(s.ego));
  if (s.pathFrom) p.set('pathFrom', s.pathFrom);
  if (s.pathTo) p.set('pathTo', s.pathTo);
  if (s.camera) p.set('cam', [s.camera.x, s.camera.y, s.camera.ratio].map((n) => n.toFixed(4)).join(','));
  return p.toString();
}

export function decodeState(query: string): ViewState {
  const p = new URLSearchParams(query);
  const list = <T extends string>(key: string) => (p.get(key) ? (p.get(key)!.split(',') as T[]) : []);
  const int = (key: string, fallback: number) => {
    const n = Number.parseInt(p.get(key) ?? '', 10);
    return Number.isFinite(n) && n >= 0 ? n : fallback;
  };
  const cam = (p.get('cam') ?? '').split(',').map(Number);
  const size = p.get('size') as SizeBy | null;
  const s: ViewState = {
    view: p.get('view') === 'events' ? 'events' : 'actors',
    showDocs: p.get('docs') === '1',
    sizeBy: size && SIZES.includes(size) ? size : 'degree',
    colorBy: p.get('color') === 'community' ? 'community' : 'type',
    hiddenTypes: list<EntityType>('hideTypes'),
    hiddenClasses: list<EventClass>('hideClasses'),
    minSources: Math.max(1, int('min', 1)),
    ego: int('ego', 0),
  };
  for (const key of ['doc', 'from', 'to', 'node', 'edge', 'pathFrom', 'pathTo'] as const) {
    const v = p.get(key);
    if (v) s[key] = v;
  }
  if (cam.length === 3 && cam.every(Number.isFinite) && cam[2]! > 0)
    s.camera = { x: cam[0]!, y: cam[1]!, ratio: cam[2]! };
  return s;
}
