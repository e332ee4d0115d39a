// The shell in a pseudo-terminal (util-linux `script`): tab completion, history, Ctrl-C.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SLOW_QUERY, terminalShell, type Driven } from '../query/helpers.js';

const ENTER = '\r';
const TAB = '\t';
const CTRL_C = '\x03';
const UP = '\x1b[A';

async function started(env: NodeJS.ProcessEnv = {}): Promise<Driven> {
  const sh = terminalShell(undefined, env);
  await sh.waitFor(/triples loaded[\s\S]*newsgraph> /);
  return sh;
}

/** Types text and waits until the shell has shown `expected` after it. */
async function type(sh: Driven, text: string, expected: RegExp | string, ms?: number): Promise<string> {
  const from = sh.text.length;
  sh.write(text);
  return sh.waitFor(expected, from, ms);
}

async function quit(sh: Driven): Promise<void> {
  sh.write(`:quit${ENTER}`);
  expect(await sh.exited).toBe(0);
}

describe('the shell in a terminal', () => {
  it('completes commands, actor labels, prefixed names, and actors to IRIs inside SPARQL', async () => {
    const sh = await started();
    await type(sh, `:acc${TAB}`, ':accusations');
    await type(sh, ` united st${TAB}`, ':accusations United States');
    const answer = await type(sh, ENTER, /rows? \(\d+ ms\)/);
    expect(answer).toMatch(/│ United States +│ China +│/);

    await type(sh, `SELECT ?e WHERE { ?e a ng:Accu${TAB}`, 'ng:Accusation');
    await type(sh, ` ; ng:agent Unit 6${TAB}`, 'ng:agent <https://w3id.org/newsgraph/id/entity/unit-61398>');
    // Two candidates: both are listed, nothing is inserted.
    sh.write(CTRL_C);
    await type(sh, `:events Wang${TAB}`, ':events Wang');
    await type(sh, TAB, /Wang Qun\s+Wang Yi/);
    sh.write(CTRL_C);
    await quit(sh);
  });

  it('Ctrl-C stops a really slow query and the shell answers the next one', async () => {
    const sh = await started();
    await type(sh, `${SLOW_QUERY};${ENTER}`, SLOW_QUERY);
    await new Promise((r) => setTimeout(r, 1500));
    const t0 = Date.now();
    await type(sh, CTRL_C, 'error: query cancelled');
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(await type(sh, `ASK { ?x a ng:Denial };${ENTER}`, /^yes$/m)).toMatch(/^yes$/m);
    // Ctrl-C at an empty prompt does not end the shell either.
    await type(sh, CTRL_C, 'Ctrl-D or :quit to leave');
    await quit(sh);
  });

  it('keeps history across sessions in $NEWSGRAPH_HISTORY', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ng-hist-')), 'history');
    const first = await started({ NEWSGRAPH_HISTORY: file });
    await type(first, `:top degree 2${ENTER}`, /2 rows/);
    await quit(first);
    expect(readFileSync(file, 'utf8')).toContain(':top degree 2');

    const second = await started({ NEWSGRAPH_HISTORY: file });
    await type(second, UP, ':quit');
    await type(second, UP, ':top degree 2');
    expect(await type(second, ENTER, /2 rows/)).toMatch(/│ 1 +│ United States +│ 8 /);
    await quit(second);
  });
});
