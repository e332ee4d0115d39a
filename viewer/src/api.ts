// Talks to `newsgraph serve`. A server that went away is reported once, visibly, not per click.
import type { ApiDoc, ApiEdgeDetail, ApiGraph, ApiNodeDetail } from '../../src/server/api-types.js';

export class ServerGoneError extends Error {}

type Listener = (up: boolean) => void;
const listeners: Listener[] = [];
let serverUp = true;

export function onServerStatus(listener: Listener): void {
  listeners.push(listener);
}

function setServerUp(up: boolean): void {
  if (up === serverUp) return;
  serverUp = up;
  for (const l of listeners) l(up);
}

async function getJson<T>(path: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { headers: { accept: 'application/json' } });
  } catch {
    setServerUp(false);
    throw new ServerGoneError('the server is not answering');
  }
  setServerUp(true);
  const body = (await res.json().catch(() => ({ error: `HTTP ${res.status}` }))) as T & { error?: string };
  if (!res.ok) throw new Error(body.error ?? `HTTP ${res.status}`);
  return body;
}

export const api = {
  graph: () => getJson<ApiGraph>('api/graph'),
  node: (id: string) => getJson<ApiNodeDetail>(`api/node/${encodeURIComponent(id)}`),
  edge: (ids: string[]) =>
    getJson<ApiEdgeDetail>(`api/edge?${ids.map((id) => `id=${encodeURIComponent(id)}`).join('&')}`),
  doc: (id: string) => getJson<ApiDoc>(`api/doc/${encodeURIComponent(id)}`),
  /** Polled so a stopped server shows up even when nobody clicks. */
  async ping(): Promise<void> {
    try {
      const res = await fetch('api/graph', { method: 'HEAD' });
      setServerUp(res.ok);
    } catch {
      setServerUp(false);
    }
  },
};
