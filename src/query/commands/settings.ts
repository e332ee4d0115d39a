// Commands about the session itself: output format and destination, exports, limits, updates.
import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { exportQuads, EXPORT_EXTENSIONS } from '../export.js';
import { FORMATS, isFormat } from '../format.js';
import { findQuestion, listQuestions } from '../questions.js';
import { formatSeconds } from '../engine.js';
import { queryForm } from '../sparql-text.js';
import { lit, showRows, type Command } from './command.js';

export const SETTINGS_COMMANDS: Command[] = [
  {
    name: 'questions',
    usage: ':questions',
    summary: 'the named questions in ontology/queries (run one with :run NAME)',
    async run(session) {
      const rows = listQuestions(session.queriesDir).map((q) => ({
        name: lit(q.name),
        question: lit(q.comment),
      }));
      await showRows(session, ['name', 'question'], rows, 0);
    },
  },
  {
    name: 'run',
    usage: ':run NAME',
    summary: 'run a named question',
    async run(session, args) {
      if (args.length !== 1) throw new UsageError(`usage: ${this.usage}`);
      await session.runSparql(findQuestion(session.queriesDir, args[0]!).sparql);
    },
  },
  {
    name: 'sparql',
    usage: ':sparql',
    summary: 'show the SPARQL of the last query or command',
    async run(session) {
      session.print(session.lastSparql ? `${session.lastSparql.trimEnd()}\n` : 'no query yet\n');
    },
  },
  {
    name: 'format',
    usage: `:format ${FORMATS.join('|')}`,
    summary: 'how answers are shown (table by default)',
    async run(session, args) {
      if (!args.length) return session.print(`format: ${session.format}\n`);
      if (!isFormat(args[0]!)) throw new UsageError(`usage: ${this.usage}`);
      session.format = args[0];
      session.print(`format: ${session.format}\n`);
    },
  },
  {
    name: 'output',
    usage: ':output [FILE|-]',
    summary: 'send answers to FILE (each answer replaces it); without FILE or with -, back to the screen',
    async run(session, args) {
      session.outputPath = args[0] && args[0] !== '-' ? resolve(args[0]) : undefined;
      session.print(`output: ${session.outputPath ?? 'screen'}\n`);
    },
  },
  {
    name: 'export',
    usage: `:export FILE(${EXPORT_EXTENSIONS.join('|')}) [CONSTRUCT or DESCRIBE query]`,
    summary: 'write the answer of a CONSTRUCT/DESCRIBE query (default: the whole graph) as RDF',
    async run(session, args) {
      const [file, ...rest] = args;
      if (!file) throw new UsageError(`usage: ${this.usage}`);
      const sparql = rest.length ? rest.join(' ') : 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }';
      const form = queryForm(sparql);
      if (form !== 'CONSTRUCT' && form !== 'DESCRIBE')
        throw new UsageError(':export needs a CONSTRUCT or DESCRIBE query');
      const { result } = await session.query(sparql);
      if (result.kind !== 'quads') throw new UsageError(':export needs a CONSTRUCT or DESCRIBE query');
      await exportQuads(result.quads, resolve(file));
      session.print(`${result.quads.length} triples written to ${resolve(file)}\n`);
    },
  },
  {
    name: 'timeout',
    usage: ':timeout [SECONDS]',
    summary: 'the time limit of each query (30 s by default)',
    async run(session, args) {
      if (args.length) {
        const s = Number(args[0]);
        if (!(s > 0)) throw new UsageError(`usage: ${this.usage} (a positive number)`);
        session.timeoutMs = Math.round(s * 1000);
      }
      session.print(`timeout: ${formatSeconds(session.timeoutMs)}\n`);
    },
  },
  {
    name: 'write',
    usage: ':write on|off',
    summary: 'allow SPARQL Update (INSERT, DELETE...) in this session; changes stay in memory',
    async run(session, args) {
      if (args[0] !== 'on' && args[0] !== 'off') throw new UsageError(`usage: ${this.usage}`);
      session.writeEnabled = args[0] === 'on';
      session.print(`updates ${session.writeEnabled ? 'allowed' : 'off'}\n`);
    },
  },
];
