// A sentence as the frame rules see it: its tokens, its actor mentions by token, its quotes, and the
// searches for a verb's subject, object and by-agent.
import type { DocEntities } from './entities.js';
import {
  AUX,
  BE,
  CLAUSE_STOP,
  COMPANION_LEADS,
  LEADER_LEADS,
  DEFINITE,
  APPOSITION_ARTICLES,
  DETERMINERS,
  NAMING,
  PERSONAL_PRONOUNS,
  QUOTE_CLOSE,
  QUOTE_OPEN,
  REDUCED_PASSIVE,
  RELATIVE_PRONOUNS,
  SCARE_QUOTE,
  SPEECH_FORMS,
  VERB_ADVERBS,
  VICTIM_PREPS,
  namingAsPast,
  singular,
} from './grammar.js';
import type { KnowledgeBase } from './kb.js';
import type { SentMention } from './mentions.js';
import type { Sentence } from './sentences.js';
import { ageBetweenCommas, type Token } from './tokens.js';
import type { TriggerMatch } from './triggers.js';

/** Prepositions whose object is the subject's own act ("retaliated with cyber attacks"). */
const OWN_ACT_PREPS = new Set(['with', 'in', 'through', 'via', 'to']);

/** What the frames of one sentence read. */
export class SentenceView {
  readonly argAt: (SentMention | undefined)[];
  readonly inQuote: boolean[];
  /** Tokens of short quotes inside a clause (scare quotes): transparent to argument search. */
  readonly scare: boolean[];
  /** Who speaks the quote in this sentence ("'We ...,' said X"): the agent behind its "we". */
  quoteSpeaker: string | undefined;
  constructor(
    readonly sent: Sentence,
    readonly mentions: SentMention[],
    readonly kb: KnowledgeBase,
    readonly ents: DocEntities,
  ) {
    const toks = sent.tokens;
    this.argAt = new Array(toks.length).fill(undefined);
    for (const m of mentions) if (!m.modifier) for (let k = m.ts; k < m.te; k++) this.argAt[k] = m;
    this.inQuote = new Array(toks.length).fill(false);
    this.scare = new Array(toks.length).fill(false);
    let open = -1;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!.text;
      if (t === '“' || (t === '"' && open < 0)) open = k;
      else if (t === '”' || (t === '"' && open >= 0)) {
        // 'the MSS was "highly likely" to have been responsible': a few quoted words inside a clause
        // are the writer's, not a quote that bounds the clause's arguments.
        if (k - open <= SCARE_QUOTE && open > 0 && toks[open - 1]!.word) this.scare.fill(true, open, k + 1);
        open = -1;
      } else this.inQuote[k] = open >= 0;
    }
  }

  /** Is token k a quote boundary for argument search (inside a real quote, or its marks)? */
  quoteWall(k: number, q: boolean): boolean {
    if (this.scare[k]) return false;
    const t = this.toks[k]!.text;
    return this.inQuote[k] !== q && (QUOTE_OPEN.has(t) || QUOTE_CLOSE.has(t) || this.inQuote[k]!);
  }

  get toks(): Token[] {
    return this.sent.tokens;
  }

  isMedia(m: SentMention): boolean {
    const e = this.ents.get(m.key);
    return !!e?.gazetteerId && !!this.kb.actors.get(e.gazetteerId)?.media;
  }

  /** The word before a mention (skipping determiners), if it is a preposition. */
  prepBefore(m: SentMention): string | undefined {
    let k = m.ts - 1;
    for (;;) {
      while (k >= 0 && /^(the|a|an|its|their|his|her|both)$/.test(this.toks[k]!.lower)) k--;
      // "on behalf of Iran's IRGC": past a possessor.
      const possessor = /^('s|'|’s|’)$/.test(this.toks[k]?.lower ?? '')
        ? this.mentions.find((x) => x.te === k)
        : undefined;
      if (!possessor) break;
      k = possessor.ts - 1;
    }
    const w = this.toks[k]?.lower;
    return w && this.kb.words.prepositions.has(w) ? w : undefined;
  }

  /** "on behalf of the GRU": the word the preposition before the mention hangs on ("behalf"). */
  prepHead(m: SentMention): { prep: string; head: string; at: number } | undefined {
    const prep = this.prepBefore(m);
    if (prep === undefined) return undefined;
    let k = m.ts - 1;
    while (k >= 0 && this.toks[k]!.lower !== prep) k--;
    return { prep, head: this.toks[k - 1]?.lower ?? '', at: k };
  }

  oblique(m: SentMention): boolean {
    const ph = this.prepHead(m);
    if (ph === undefined) return false;
    const { prep: p, head, at: k } = ph;
    // "known as Cozy Bear": a name, not a complement; "a spokesman for X", "researchers at X": X speaks.
    // "hackers from the Lazarus Group", "officers of the GRU": the group is who they are.
    if ((p === 'from' || p === 'of') && this.kb.words.hackerNouns.has(head)) return false;
    // "hackers working for North Korea", "hackers linked to Pyongyang", "hackers believed to be
    // working for the Chinese state": who the hackers act for.
    if (/^(for|to|by|with)$/.test(p) && (head === 'working' || this.kb.words.sponsorSuffixes.has(head))) {
      let h = k - 2;
      while (h > 0 && (this.kb.hedges.has(this.toks[h]!.lower) || /^(to|be|of)$/.test(this.toks[h]!.lower)))
        h--;
      if (this.kb.words.hackerNouns.has(this.toks[h]?.lower ?? '')) return false;
    }
    // "hackers working on behalf of the GRU", "the men, all members of Unit 74455,": whom they act
    // for or belong to; but in "the NCSC, part of GCHQ, said" the name before the apposition acts.
    if (p === 'of' && (this.kb.words.principalNouns.has(head) || this.kb.words.memberNouns.has(head))) {
      let c = k - 2;
      while (c > 0 && this.toks[c]!.word && !this.toks[c]!.cap && k - c < 5) c--;
      const named = this.toks[c]?.text === ',' && (this.argAt[c - 1] || this.toks[c - 1]?.text === ')');
      if (!named) return false;
    }
    if (p === 'as' && this.namingVerbOf(k) !== undefined) return false;
    // "a joint statement by the FBI and CISA said": the authors of a statement or report speak.
    if (p === 'by' && this.kb.words.authoredNouns.has(head)) return false;
    if (
      (p === 'for' || p === 'of' || p === 'at' || p === 'from') &&
      // ("lawmakers from the National Action Party demanded": a plural of the role too.)
      (this.kb.words.speakerRoles.has(head) ||
        this.kb.words.roleNouns.has(head) ||
        this.kb.words.roleNouns.has(singular(head)))
    )
      return false;
    return true;
  }

  /** "According to the NCSC, …", "In a statement by X, …": an actor in a phrase that opens the sentence. */
  preposed(m: SentMention): boolean {
    if (!this.oblique(m)) return false;
    let k = m.ts - 1;
    while (k >= 0 && !this.kb.words.prepositions.has(this.toks[k]!.lower)) k--;
    if (this.toks[k]?.lower === 'to' && this.toks[k - 1]?.lower === 'according') k--;
    return k <= 0 || this.toks[k - 1]!.text === ',';
  }

  locative(m: SentMention): boolean {
    const p = this.prepBefore(m);
    return p !== undefined && this.kb.words.locatives.has(p);
  }

  /** The subject: nearest actor to the left in the same clause that is not inside a prepositional phrase. */
  agentLeft(ti: number, opts: { allowOblique?: boolean } = {}): SentMention | undefined {
    if (this.commonNounSubject(ti)) return undefined;
    const q = this.inQuote[ti]! && !this.scare[ti];
    for (let k = this.pastSpeechAside(ti) - 1; k >= 0; k--) {
      const t = this.toks[k]!;
      if (CLAUSE_STOP.has(t.text)) break;
      if (this.quoteWall(k, q)) {
        // A partial quote right after its subject: President Obama said he "urged China ...".
        // 'the United States was "the world's largest source"': past a form of "be" too.
        const before = QUOTE_OPEN.has(t.text)
          ? (this.argAt[k - 1] ?? (BE.has(this.toks[k - 1]?.lower ?? '') ? this.argAt[k - 2] : undefined))
          : undefined;
        if (before && q) return before;
        break;
      }
      if (this.inQuote[k] && (t.lower === 'we' || t.lower === 'i') && this.quoteSpeaker)
        return { ts: k, te: k + 1, key: this.quoteSpeaker, kind: 'pronoun', modifier: false };
      // The subject of a that-clause is inside it ("Kerry said that the US made it clear"); but
      // "Zetasec, a firm that tracks hackers, said": a relative clause inside an apposition.
      if (t.lower === 'that' && k < ti - 1 && !this.argAt[k - 1]) {
        const open = this.toks.slice(k, ti).some((x) => x.text === ',') ? this.appositionBefore(k - 1) : -1;
        if (open < 0) break;
        k = open;
        continue;
      }
      // "X said the group had hacked Y": a speech verb opens a clause with a subject of its own.
      // "Merck told investors the attack had disrupted …": the reported clause has its own subject
      // (an auxiliary shows it), while in "X announced sanctions" X is the noun's agent.
      // ("Dutton said the activity breached …": a determiner, its noun, then a past verb; but "X
      // announced the sanctions" are X's.)
      if (
        SPEECH_FORMS.has(t.lower) &&
        k < ti - 1 &&
        this.toks[k + 1]?.word &&
        (!this.argAt[k - 1] ||
          this.toks.slice(k + 1, ti).some((x) => AUX.has(x.lower) || BE.has(x.lower)) ||
          (DETERMINERS.has(this.toks[k + 1]!.lower) &&
            ti - k > 2 &&
            !this.argAt[ti - 1] &&
            this.toks[ti]!.lower.endsWith('ed')))
      )
        break;
      // "able to say with certainty who was behind the attacks": a question's "who" after anything
      // but a name or a comma is the subject, and it names no one (not "X, a researcher who worked
      // on it, said": a relative clause the comma closes).
      if (
        t.lower === 'who' &&
        !this.argAt[k - 1] &&
        this.toks[k - 1]?.text !== ',' &&
        !this.toks.slice(k + 1, ti).some((x) => x.text === ',')
      )
        break;
      const m = this.argAt[k];
      // "what he described as …": a pronoun no one was found for is still the subject; nobody
      // further left is.
      if (!m && /^(he|she|they)$/.test(t.lower) && !this.inQuote[k]) break;
      if (!m || m.te > ti) continue;
      if (m.ts < k) k = m.ts;
      // "The United States, joined by Britain and Japan, accused": the subject is before the companions.
      const open = this.companionsOpen(m.ts);
      if (open !== undefined) {
        k = open;
        continue;
      }
      const relative = this.closedRelative(m, ti);
      if (relative >= 0) {
        k = relative;
        continue;
      }
      if ((opts.allowOblique || !this.oblique(m) || this.subordinateSubject(m, ti)) && !this.isMedia(m)) {
        // "X, president of the Institute, a Washington think tank,": appositions in a row.
        let head = m;
        for (
          let depth = 0, up = this.appositionHead(m);
          up && depth < 3;
          depth++, up = this.appositionHead(up)
        )
          head = up;
        return head;
      }
    }
    return undefined;
  }

  /**
   * "The German government, she added, had called on Russia": where the subject's clause resumes
   * before `ti`, past a speech aside in commas and the auxiliaries after it (else `ti`).
   */
  private pastSpeechAside(ti: number): number {
    let k = ti - 1;
    while (
      k > 0 &&
      (AUX.has(this.toks[k]!.lower) || BE.has(this.toks[k]!.lower) || /ly$/.test(this.toks[k]!.lower))
    )
      k--;
    if (this.toks[k]?.text !== ',') return ti;
    // ("The EU, in a statement by its foreign policy chief, urged": an aside that opens on a preposition.)
    const speech = SPEECH_FORMS.has(this.toks[k - 1]?.lower ?? '');
    let open = k - 2;
    while (open > 0 && k - open < (speech ? 6 : 14) && this.toks[open]!.text !== ',') open--;
    const named = [1, 2, 3].some((d) => !!this.argAt[open - d] && this.argAt[open - d]!.te >= open - 1);
    if (this.toks[open]?.text !== ',' || open >= k - 2 || !named) return ti;
    const aside = speech || /^(in|according|during|at)$/.test(this.toks[open + 1]?.lower ?? '');
    return aside ? open : ti;
  }

  /** "after the FBI …", "as Russia …": the word before the mention may open a clause (not "such as"). */
  private conjunctionBefore(m: SentMention): boolean {
    const ph = this.prepHead(m);
    if (!ph || !this.kb.words.subordinators.has(ph.prep)) return false;
    return !(ph.prep === 'as' && /^(such|same|well)$/.test(ph.head));
  }

  /**
   * "three months after the FBI blamed North Korea": after a word that is a preposition or a
   * conjunction ("after", "before", "since", "as"), a name right before the verb is its subject.
   */
  private subordinateSubject(m: SentMention, ti: number): boolean {
    if (!this.conjunctionBefore(m)) return false;
    for (let k = m.te; k < ti; k++) {
      const w = this.toks[k]!.lower;
      if (!VERB_ADVERBS.has(w) && !AUX.has(w) && !BE.has(w) && !this.kb.hedges.has(w)) return false;
    }
    return true;
  }

  /**
   * "David Albright, head of a think tank that closely tracks Natanz, said": a name inside a
   * relative clause that a comma closes before the verb at `ti` is not the verb's subject: the
   * index of its relative pronoun, else -1.
   */
  private closedRelative(m: SentMention, ti: number): number {
    // On the subject search's hot path: plain loops, no slices.
    let comma = m.te;
    while (comma < ti && this.toks[comma]!.text !== ',') comma++;
    if (comma >= ti) return -1;
    for (let k = m.ts - 1; k > 0 && this.toks[k]!.text !== ','; k--) {
      if (!RELATIVE_PRONOUNS.has(this.toks[k]!.lower)) continue;
      const before = this.toks[k - 1]!;
      // Not the "that" of a reported clause ("had concluded that the Lazarus Group, a team …, was").
      const verb =
        SPEECH_FORMS.has(before.lower) ||
        before.lower.endsWith('ed') ||
        this.kb.words.judgementVerbs.has(before.lower);
      // "NATO, which Montenegro joined in 2017, said": after a comma, only a name's own relative
      // clause ("the group, which it tracks as RedDelta, began" names the group).
      // ("The Conti group, which U.S. authorities believe …": past the name's own head noun.)
      const named = !!this.argAt[k - 2] || (!!this.argAt[k - 3] && !!this.toks[k - 2]?.word);
      // ("The WannaCry attack, which U.S. officials blamed on North Korea, hit …": a relative clause
      // with a subject of its own, whatever its antecedent.)
      const ownSubject = k + 1 === m.ts;
      const opens = before.word || (before.text === ',' && (named || ownSubject));
      // "the unit, which researchers call Sandworm,": a relative clause that names its antecedent.
      // ("a think tank that closely tracks Natanz" watches it: "track" names only with "as").
      if (!opens || verb) continue;
      let naming = false;
      for (let j = k; j < m.ts && !naming; j++) {
        const w = this.toks[j]!.lower;
        naming = w === 'name' || this.namingAt(j);
      }
      if (!naming) return k;
    }
    return -1;
  }

  /**
   * Does a naming word at `k` introduce a name: "called X", "dubbed X", "known as X", "tracked as
   * X", "known in the security industry as X" (not "known for attacking Ukraine", "a think tank
   * that closely tracks Natanz")?
   */
  namingAt(k: number): boolean {
    const w = this.toks[k]?.lower ?? '';
    if (!NAMING.has(w)) return false;
    return (
      !/^(known|track|referred)/.test(w) ||
      this.toks[k + 1]?.lower === 'as' ||
      namingAsPast(this.toks, k) >= 0
    );
  }

  /** The naming verb whose "as" is at `as`: "known as", "known in the security industry as". */
  namingVerbOf(as: number): number | undefined {
    if (NAMING.has(this.toks[as - 1]?.lower ?? '')) return as - 1;
    for (let j = as - 3; j >= Math.max(0, as - 7); j--)
      if (NAMING.has(this.toks[j]!.lower) && namingAsPast(this.toks, j) === as) return j;
    return undefined;
  }

  /**
   * The sentence's subject before `ti`: its first actor that is no complement. "Its president, Cho
   * Seok, ordered drills and told staff …": the name after a possessive determiner, when there is one.
   */
  sentenceSubject(ti: number): SentMention | undefined {
    const [first, next] = this.mentions.filter(
      (x) => !x.modifier && !x.pair && x.ts < ti && !this.oblique(x),
    );
    const possessive = first?.kind === 'pronoun' && first.ts === 0 && DETERMINERS.has(this.toks[0]!.lower);
    return possessive && next && this.toks[next.ts - 1]?.text === ',' ? next : first;
  }

  /**
   * If the mention at `ts` is inside ", joined by A, B and C" (or "along with", "together with"), or
   * ", led by X,": the comma's index.
   */
  companionsOpen(ts: number): number | undefined {
    /** Lower-case words passed: only a leader's title ("led by former prime minister X"). */
    let titled = false;
    for (let k = ts - 1; k > 0 && k > ts - 14; k--) {
      const t = this.toks[k]!;
      // (Once past a title's words, only "the" and "by" may come: not "X, led by Y, said Chinese
      // hackers …".)
      if (!titled && (this.argAt[k] || t.text === ',' || /^(and|the)$/.test(t.lower))) continue;
      if (titled && t.lower === 'the') continue;
      const lead = (titled ? LEADER_LEADS : [...COMPANION_LEADS, ...LEADER_LEADS]).find(
        (l) => l[1] === t.lower && this.toks[k - 1]?.lower === l[0],
      );
      if (lead) return this.toks[k - 2]?.text === ',' ? k - 2 : undefined;
      if (!t.word || t.cap || this.kb.words.functionWords.has(t.lower)) return undefined;
      titled = true;
    }
    return undefined;
  }

  /** The actors listed in ", joined by A, B and C," right after a subject. */
  companions(m: SentMention): SentMention[] {
    const lead = COMPANION_LEADS.find(
      (l) => this.toks[m.te + 1]?.lower === l[0] && this.toks[m.te + 2]?.lower === l[1],
    );
    if (this.toks[m.te]?.text !== ',' || !lead) return [];
    const out: SentMention[] = [];
    for (let k = m.te + 3; k < this.toks.length && k < m.te + 20; k++) {
      const a = this.argAt[k];
      if (a) {
        if (!out.includes(a)) out.push(a);
        continue;
      }
      if (!/^(,|and|the)$/.test(this.toks[k]!.lower)) break;
    }
    return out;
  }

  /** "researchers tie attacks", "lawmakers urged": the subject right before the verb is a common noun, no actor. */
  commonNounSubject(ti: number): boolean {
    let k = ti - 1;
    while (
      k >= 0 &&
      (AUX.has(this.toks[k]!.lower) ||
        BE.has(this.toks[k]!.lower) ||
        this.toks[k]!.lower.endsWith('ly') ||
        this.toks[k]!.lower === 'not')
    )
      k--;
    const t = this.toks[k];
    if (
      !t ||
      !t.word ||
      t.cap ||
      this.argAt[k] ||
      (this.kb.words.functionWords.has(t.lower) &&
        !this.kb.words.hackerNouns.has(t.lower) &&
        !this.kb.words.countryGroupNouns.has(t.lower) &&
        // ("…, researchers said": people by their role, named by no one.)
        !(this.kb.words.roleNouns.has(t.lower) && t.lower.endsWith('s'))) ||
      this.kb.negations.has(t.lower)
    )
      return false;
    // "…, a western intelligence official told the FT": one unnamed person is no actor either.
    const w = this.kb.words;
    if (w.speakerRoles.has(t.lower) || w.roleNouns.has(t.lower)) {
      for (let j = k - 1; j >= 0 && j > k - 5; j--) {
        const x = this.toks[j]!;
        if (x.lower === 'a' || x.lower === 'an') return true;
        if (!x.word || x.cap || this.argAt[j]) break;
      }
    }
    // "…, the report said": a document that speaks is no actor named before it.
    const document = this.kb.words.reportNouns.has(t.lower);
    if (document && DETERMINERS.has(this.toks[k - 1]?.lower ?? '')) return true;
    // "X hit Kinsho, the police said": a body no name resolves, after the clause it reports; the
    // name before the comma does not speak.
    if (this.toks[k - 1]?.lower === 'the' && this.toks[k - 2]?.text === ',') return true;
    if (!/s$/.test(t.lower) || /ss$/.test(t.lower) || SPEECH_FORMS.has(t.lower)) return false;
    // ("X has in recent months targeted …": a time, not a subject.)
    if (w.timeWords.has(singular(t.lower))) return false;
    // "Australia, Poland and several other governments issued …": the ones named act.
    let j = k - 1;
    while (j > 0 && /^(other|several|many|some|a|few|number|of|more|two|three)$/.test(this.toks[j]!.lower))
      j--;
    if (this.toks[k - 1]?.lower === 'other' && this.toks[j]?.lower === 'and' && this.argAt[j - 1])
      return false;
    // "US officials", "Chinese hackers", "China-backed hackers": the noun belongs to the actor before it.

    if (w.countryGroupNouns.has(t.lower) || w.hackerNouns.has(t.lower)) {
      const before = this.toks[k - 1];
      if (
        this.argAt[k - 1] ||
        // "its own hackers"
        (before?.lower === 'own' && this.argAt[k - 2]) ||
        (before?.lower === "'s" && this.argAt[k - 2]) ||
        // "Chinese state-backed hackers", "Russian state-sponsored actors" (state, -, sponsored).
        (before && w.sponsorSuffixes.has(before.lower) && (this.argAt[k - 3] || this.argAt[k - 4])) ||
        // "American intelligence officials", "Chinese state-sponsored hacker groups": a demonym, then
        // up to five modifier words and hyphens.
        this.demonymBefore(k)
      )
        return false;
    }
    return true;
  }

  /** Is the noun at `k` preceded by a demonym and only modifier words ("Russian military", "Chinese state-sponsored hacker")? */
  private demonymBefore(k: number): boolean {
    const w = this.kb.words;
    let j = k - 1;
    while (
      j >= Math.max(0, k - 6) &&
      !this.argAt[j] &&
      (this.toks[j]!.text === '-' ||
        (this.toks[j]!.word && !this.toks[j]!.cap && !w.functionWords.has(this.toks[j]!.lower)))
    )
      j--;
    return j < k - 1 && this.argAt[j]?.kind === 'demonym';
  }

  /**
   * "the SVR, also known as APT29 or Cozy Bear,": the name before the apposition is its head;
   * "Yigal Unna, head of the Israel National Cyber Directorate,": so is the person whose role it is.
   */
  appositionHead(m: SentMention): SentMention | undefined {
    for (let k = m.ts - 1; k > m.ts - 12 && k > 0; k--) {
      const t = this.toks[k]!;
      if (t.text !== ',') {
        // "a China specialist at X": an actor used as a modifier inside the apposition is passed over.
        const inner = this.argAt[k];
        const next = this.toks[inner?.te ?? 0];
        const attributive =
          next?.lower === "'s" ||
          next?.text === '-' ||
          (!!next?.word && !next.cap && !this.kb.words.functionWords.has(next.lower));
        if (inner && inner !== m && !attributive) break;
        continue;
      }
      // ("the Centre for Cybersecurity Belgium (CCB), the national cyber agency,": past the acronym.)
      const head =
        this.argAt[this.toks[k - 1]?.text === ')' && this.toks[k - 3]?.text === '(' ? k - 4 : k - 1];
      // "Alexis Tsipras, the leader of the opposition party, Syriza, accused": the name closing an
      // apposition stands after a comma of its own; look past it to the person described.
      if (!head && k === m.ts - 1 && this.toks[m.te]?.text === ',') continue;
      // "Brad Smith, Microsoft's president,", "Ling Yang Ching, its former chief operating officer,":
      // the role words may follow the organisation's possessive.
      // "Gary Samore, then the White House coordinator for arms control,": role words after the name.
      const possessive =
        this.toks[m.te]?.lower === "'s" ||
        (m.kind === 'pronoun' && DETERMINERS.has(this.toks[m.ts]!.lower)) ||
        (m.kind !== 'demonym' && this.kb.words.roleNouns.has(this.toks[m.te]?.lower ?? ''));
      const between = this.toks.slice(k + 1, possessive ? m.te + 4 : m.ts);
      if (
        head &&
        this.ents.get(head.key)?.type === 'Person' &&
        between.some((x) => this.kb.words.roleNouns.has(x.lower) || this.kb.words.speakerRoles.has(x.lower))
      )
        return head;
      // "Sky Mavis, the Vietnamese developer of the game, said": the name the apposition describes.
      // Not "In Beijing, the spokesman Zhao Lijian" nor "According to the NCSC, the GRU hacked": an
      // actor in a preposed phrase is no name described.
      if (
        head &&
        !head.pair &&
        !this.locative(head) &&
        !this.preposed(head) &&
        this.ents.get(m.key)?.type !== 'Person' &&
        // ("Algeria, Morocco's regional rival, said": a possessor opening the apposition; "Anthem, one
        // of the biggest US insurers, said": a member of a kind.)
        (/^(the|a|an|another)$/.test(this.toks[k + 1]?.lower ?? '') ||
          (this.toks[k + 1]?.lower === 'one' && this.toks[k + 2]?.lower === 'of') ||
          // ("Anthem, based in Indianapolis and one of the biggest US insurers, disclosed …".)
          this.toks[k + 1]?.lower === 'based' ||
          (k + 1 === m.ts && this.toks[m.te]?.lower === "'s" && !this.toks[m.te + 1]?.cap)) &&
        // Not a list ("Britain, the United States, Canada"); "X, the national cyber agency, said" closes.
        (this.toks[m.te]?.text !== ',' ||
          (m.kind === 'nominal' && SPEECH_FORMS.has(this.toks[m.te + 1]?.lower ?? ''))) &&
        // "They are A and B, the department said": a speaker after the list, not an apposition.
        !SPEECH_FORMS.has(this.toks[m.te]?.lower ?? '')
      )
        return head;
      break;
    }
    let k = m.ts - 1;
    // "the SVR, also known as APT29, Cozy Bear and The Dukes,": the alias list may hold commas.
    const listed = (j: number) => this.toks[j]!.text === ',' && !!this.argAt[j - 1];
    while (k >= 0 && k > m.ts - 12 && (this.toks[k]!.text !== ',' || listed(k))) {
      const verb = this.toks[k]!.lower === 'as' ? this.namingVerbOf(k) : undefined;
      if (verb !== undefined) {
        // "X, (also) known as Y": the comma right before; "the group known as Y" names no one before.
        let j = verb - 1;
        if (/ly$/.test(this.toks[j]?.lower ?? '') || VERB_ADVERBS.has(this.toks[j]?.lower ?? '')) j--;
        return this.toks[j]?.text === ',' ? this.argAt[j - 1] : undefined;
      }
      // "X, known as Supo, said APT31 …": a verb ends the alias list.
      const t = this.toks[k]!;
      if (!this.argAt[k] && t.word && !/^(and|or)$/.test(t.lower) && !DETERMINERS.has(t.lower))
        return undefined;
      k--;
    }
    return undefined;
  }

  /**
   * The index of the first relative pronoun or subordinator in [from, from + max) ("companies that
   * support X", "hackers as researchers tie attacks to X"; not "as well as"), else from + max.
   */
  subClauseAt(from: number, max: number): number {
    for (let k = from; k < from + max && k < this.toks.length; k++) {
      const w = this.toks[k]!.lower;
      const asWellAs =
        w === 'as' && (this.toks[k + 1]?.lower === 'well' || this.toks[k - 1]?.lower === 'well');
      if (RELATIVE_PRONOUNS.has(w) || (this.kb.words.subordinators.has(w) && !this.argAt[k - 1] && !asWellAs))
        return k;
    }
    return from + max;
  }

  /**
   * "12 Russian officers", "six Chinese companies": a demonym after a number counts people, it names
   * no party; but "three Russian diplomats" are their state's envoys.
   */
  counted(m: SentMention): boolean {
    const before = this.toks[m.ts - 1]?.lower ?? '';
    return (
      m.kind === 'demonym' &&
      (/^\d+$/.test(before) || this.kb.words.quantifiers.has(before)) &&
      !this.kb.words.envoyNouns.has(this.toks[m.te]?.lower ?? '')
    );
  }

  /** The first actor after token index `from`, within `max` tokens and the clause. */
  right(from: number, max: number, test: (m: SentMention) => boolean = () => true): SentMention | undefined {
    // A scare quote ('lodged "stern representations" with X') does not bound the search.
    const q = (this.inQuote[from - 1] ?? false) && !this.scare[from - 1];
    for (let k = from; k < this.toks.length && k < from + max; k++) {
      const t = this.toks[k]!;
      if (CLAUSE_STOP.has(t.text)) break;
      // Inside a quote, arguments stay inside it; after a closing quote comes the speaker, not an argument.
      if (q && (QUOTE_CLOSE.has(t.text) || !this.inQuote[k])) break;
      const m = this.argAt[k];
      if (m && m.ts >= from && test(m) && !this.speakerOfNext(m) && !this.subjectPronoun(m)) return m;
    }
    return undefined;
  }

  /** "two groups it calls Fancy Bear": "it" is the subject of the next verb, not an object. */
  subjectPronoun(m: SentMention): boolean {
    if (m.kind !== 'pronoun' || !/^(he|she|it|they|we)$/.test(this.toks[m.ts]!.lower)) return false;
    const next = this.toks[m.te];
    return (
      !!next &&
      next.word &&
      !next.cap &&
      !this.kb.words.prepositions.has(next.lower) &&
      !this.kb.words.functionWords.has(next.lower)
    );
  }

  /** "…, Kerry added": a mention right before a speech verb is that verb's subject. */
  speakerOfNext(m: SentMention): boolean {
    const next = this.toks[m.te];
    return !!next && SPEECH_FORMS.has(next.lower);
  }

  /** The actor after "by" following the trigger (the agent of a passive). */
  byAgent(from: number): SentMention | undefined {
    for (let k = from; k < this.toks.length && k < from + 12; k++) {
      if (CLAUSE_STOP.has(this.toks[k]!.text)) break;
      // "by a group calling itself the Guardians of Peace": the name may come a few words on.
      if (this.toks[k]!.lower === 'by') return this.right(k + 1, 8);
    }
    return undefined;
  }

  /**
   * "Lazarus, the group blamed for the Sony hack", "an officer accused of hacking": a verb that
   * needs its object, followed at once by its complement, is a passive without its "be".
   */
  reducedPassive(m: TriggerMatch): boolean {
    const before = this.toks.slice(Math.max(0, m.ts - 3), m.ts).map((t) => t.lower);
    // ("were previously blamed", "was later charged": past the adverbs, a form of "be".)
    let p = m.ts - 1;
    while (
      p > 0 &&
      ((/ly$/.test(this.toks[p]!.lower) && !this.toks[p]!.cap) || VERB_ADVERBS.has(this.toks[p]!.lower))
    )
      p--;
    const prev = this.toks[p]?.lower ?? '';
    return (
      !!REDUCED_PASSIVE[m.pat.frame]?.has(this.toks[m.te]?.lower ?? '') &&
      !AUX.has(prev) &&
      !BE.has(prev) &&
      !PERSONAL_PRONOUNS.has(prev) &&
      // "which CrowdStrike blamed for", "whom prosecutors charged with": the object went before.
      !before.some((w) => /^(that|which|who|whom)$/.test(w)) &&
      !this.contactRelativeSubject(m.ts)
    );
  }

  /** "a group the FBI blamed for …": a name right after a common noun is the subject of a relative clause without "that". */
  contactRelativeSubject(ts: number): boolean {
    const subj = this.argAt[ts - 1];
    if (!subj || subj.kind === 'demonym') return false;
    const k = this.toks[subj.ts - 1]?.lower === 'the' ? subj.ts - 2 : subj.ts - 1;
    const noun = this.toks[k];
    return (
      !!noun?.word &&
      !noun.cap &&
      !this.argAt[k] &&
      !DETERMINERS.has(noun.lower) &&
      /^(a|an|the)$/.test(this.toks[k - 1]?.lower ?? '')
    );
  }

  passive(m: TriggerMatch): boolean {
    const t = this.toks[m.ts]!;
    if (!(m.pat.participles.has(t.lower) || t.lower.endsWith('ed'))) return false;
    // "twelve officers charged by the Justice Department": a participle after a noun, then "by".
    const prev = this.toks[m.ts - 1];
    if (this.toks[m.te]?.lower === 'by' && prev?.word && !AUX.has(prev.lower) && !this.argAt[m.ts - 1])
      return true;
    if (this.reducedPassive(m)) return true;
    // "was hacked", "were later charged", "has been sanctioned": a form of "be" before it, adverbs between.
    for (let k = m.ts - 1; k >= Math.max(0, m.ts - 3); k--) {
      const w = this.toks[k]!.lower;
      if (BE.has(w) && w !== "'s") return true;
      if (w === "'s") return !this.argAt[k - 1];
      if (!(w.endsWith('ly') || VERB_ADVERBS.has(w))) return false;
    }
    return false;
  }

  /** "the GRU's Unit 26165", "Iran's Ministry of Intelligence": the body a possessor names, else the mention itself. */
  possessed(m: SentMention): SentMention {
    return (this.toks[m.te]?.lower === "'s" && this.argAt[m.te + 1]) || m;
  }

  /** Is the trigger used as a noun ("the OPM hack", "Chinese cyberattacks") rather than a verb ("hacked", "was hacking")? */
  nominalUse(t: TriggerMatch): boolean {
    const w = this.toks[t.ts]!.lower;
    const prev = this.toks[t.ts - 1]?.lower ?? '';
    if (DETERMINERS.has(prev)) return true;
    if (AUX.has(prev) || BE.has(prev) || /^(that|which|who)$/.test(prev)) return false;
    if (w.endsWith('ed') || t.pat.participles.has(w)) return false;
    // "train staff to spot phishing": after an infinitive's verb, a gerund is its object.
    if (w.endsWith('ing'))
      return (
        this.kb.words.prepositions.has(prev) ||
        // (Not "plans to keep attacking …": a verb of going on keeps the act a verb.)
        (this.toks[t.ts - 2]?.lower === 'to' && !this.kb.words.aspectualVerbs.has(prev))
      );
    // "information about cyber attacks", "hit by cyber attacks from Russia": after a preposition, a
    // phrase is a noun's (not "retaliated with cyber attacks", "engaged in cyber espionage", where
    // the subject's own acts are meant).
    if (t.pat.pos === 'phrase' && this.kb.words.prepositions.has(prev) && !OWN_ACT_PREPS.has(prev))
      return true;
    // ("experts in cyber espionage cases": a phrase before a noun only describes it.)
    const next = this.toks[t.te];
    if (
      t.pat.pos === 'phrase' &&
      this.kb.words.prepositions.has(prev) &&
      !!next?.word &&
      !next.cap &&
      !this.kb.words.functionWords.has(next.lower) &&
      !/(ing|ed)$/.test(next.lower) &&
      !this.kb.words.prepositions.has(next.lower)
    )
      return true;
    return t.pat.pos === 'noun';
  }

  /**
   * "the attack", "that breach": an incident the story already told. Not "the theft of $100 million
   * from Harmony's bridge": a complement naming someone the tool does not know makes it a new one
   * ("on", "in", "at" are left out: "the attack on Tuesday", "the breach in March").
   */
  toldBefore(t: TriggerMatch): boolean {
    if (!DEFINITE.has(this.toks[t.ts - 1]?.lower ?? '')) return false;
    for (let k = t.te; k < Math.min(this.toks.length - 1, t.te + 8); k++) {
      const w = this.toks[k]!.lower;
      if (w === ',' || w === ';') break;
      const next = this.toks[k + 1]!;
      const month = this.kb.words.months.has(next.lower);
      if (VICTIM_PREPS.has(w) && !/^(on|in|at)$/.test(w) && next.cap && !month && !this.argAt[k + 1])
        return false;
    }
    return true;
  }

  /** "the special agent in charge of the FBI's field office": "in charge of" at `k`, which is "of", no charge. */
  inChargeOf(k: number): boolean {
    return (
      this.toks[k]?.lower === 'in' && this.toks[k + 1]?.lower === 'charge' && this.toks[k + 2]?.lower === 'of'
    );
  }

  /** Index of the end of the clause that starts at `from` (next ";" or sentence end). */
  clauseEnd(from: number): number {
    for (let k = from; k < this.toks.length; k++) if (CLAUSE_STOP.has(this.toks[k]!.text)) return k;
    return this.toks.length;
  }

  /** Index of the start of the clause that ends at `to` (after the previous ";", else 0). */
  clauseStart(to: number): number {
    for (let k = to - 1; k > 0; k--) if (CLAUSE_STOP.has(this.toks[k - 1]!.text)) return k;
    return 0;
  }

  /** All argument mentions in [from, to). */
  between(from: number, to: number): SentMention[] {
    const out: SentMention[] = [];
    for (const m of this.mentions) if (!m.modifier && m.ts >= from && m.te <= to) out.push(m);
    return out;
  }

  /**
   * "Sandworm and Gamaredon, two Russian groups,", "Storm-0558, a Chinese group,": the opening comma of
   * a describing apposition that ends at token `end`, when a name stands before it; else -1.
   */
  appositionBefore(end: number): number {
    // ("Zetasec, a New York-based firm": a hyphenated word too.)
    for (let c = end; c > 0 && end - c < 10; c--) {
      const t = this.toks[c]!;
      if (t.text === ',') {
        const first = this.toks[c + 1]?.lower ?? '';
        const describing =
          APPOSITION_ARTICLES.has(first) || /^(one|both)$/.test(first) || this.kb.words.countWords.has(first);
        return describing && this.argAt[c - 1] ? c : -1;
      }
      const named = this.argAt[c] ?? this.mentions.find((m) => m.ts <= c && c < m.te);
      // ("a Boston-based firm": a place inside a compound describes.)
      let after = c + 1;
      while (this.toks[after]?.cap) after++;
      const compound = this.toks[after]?.text === '-';
      if ((!t.word && t.text !== '-') || (t.cap && !named && !compound)) return -1;
    }
    return -1;
  }

  /**
   * "Sandworm and Gamaredon, two Russian groups, had hit", "Microsoft and Google, two American firms,
   * said": for a nation inside a describing apposition before the verb at `verb`, the name it
   * describes (else undefined).
   */
  describedName(m: SentMention, verb: number): SentMention | undefined {
    // (A nation, or a name that modifies the apposition's noun: "two NATO members".)
    const next = this.toks[m.te];
    const modifies = m.kind === 'demonym' || (!!next?.word && !next.cap);
    if (!modifies || m.te > verb) return undefined;
    const close = this.toks.findIndex((t, j) => j >= m.te && j < verb && t.text === ',');
    const open = close > 0 ? this.appositionBefore(close - 1) : -1;
    const head = open > 0 ? this.argAt[open - 1] : undefined;
    return head && !head.pair && head.kind !== 'demonym' ? head : undefined;
  }

  /** "a company it said served …", "men they said were …": a pronoun that only says whose word the clause is. */
  voicePronoun(m: SentMention | undefined): boolean {
    return m?.kind === 'pronoun' && SPEECH_FORMS.has(this.toks[m.te]?.lower ?? '');
  }

  coordinatedBefore(m: SentMention): string[] {
    const out: string[] = m.ts >= 0 ? this.companions(m).map((x) => x.key) : [];
    let cur = m;
    for (;;) {
      // Skip "the cybersecurity firm" between "and" and the name, and a possessor ("and Australia's Department …").
      let j = cur.ts - 1;
      if (this.toks[j]?.lower === "'s") j = (this.mentions.find((x) => x.te === j)?.ts ?? j + 1) - 1;
      while (
        j > 0 &&
        this.toks[j]!.word &&
        !this.toks[j]!.cap &&
        !/^(and|or)$/.test(this.toks[j]!.lower) &&
        (DETERMINERS.has(this.toks[j]!.lower) ||
          this.kb.words.companyDescriptors.has(this.toks[j]!.lower) ||
          this.kb.words.orgDescriptors.has(this.toks[j]!.lower) ||
          /^(cybersecurity|security|tech|intelligence)$/.test(this.toks[j]!.lower))
      )
        j--;
      // ("Marise Payne and Home Affairs Minister Peter Dutton": title words the name left out.)
      let t = j;
      while (t > j - 2 && t > 0 && this.toks[t]!.word && this.toks[t]!.cap && !this.argAt[t]) t--;
      if (t < j && /^(and|&)$/.test(this.toks[t]!.lower)) j = t;
      if (j < 1 || !/^(and|,|&)$/.test(this.toks[j]!.lower)) break;
      // A list ends in "and": "A, B and C said"; "Microsoft, Frank Shaw, said" is an apposition.
      // ("A, B and several other governments": the list goes on past B.)
      if (cur === m && this.toks[j]!.text === ',' && this.toks[m.te]?.lower !== 'and') break;
      let k = j - 1;
      if (this.toks[k]?.lower === ',') k--;
      // "Storm-0558, a Chinese group, and Storm-0978": past the apposition on the name before.
      if (!this.argAt[k] && this.toks[k + 1]?.text === ',') {
        const open = this.appositionBefore(k);
        if (open > 0) k = open - 1;
      }
      // "A, 34, and B, 33, were charged": past the age after a name.
      if (ageBetweenCommas(this.toks, k - 1)) k -= 2;
      // "the Cybersecurity and Infrastructure Security Agency (CISA), the NSA and": past the acronym.
      if (this.toks[k]?.text === ')' && this.toks[k - 2]?.text === '(') k -= 3;
      const prev = this.argAt[k];
      // "after the EU and Germany blamed Russia": the subordinate clause's subjects.
      if (!prev || prev.pair || prev.key === m.key) break;
      // ("arrested Peter Romar, and the United States has asked …": a verb's object before ", and"
      // is no subject of the clause that follows; "The FBI, CISA, and the NSA have warned" is.)
      const comma = this.toks[j - 1]?.text === ',' && this.toks[j]!.lower === 'and';
      let o = prev.ts - 1;
      while (o > 0 && DETERMINERS.has(this.toks[o]!.lower)) o--;
      const object = !!this.toks[o]?.word && !this.toks[o]!.cap && !/^(and|or)$/.test(this.toks[o]!.lower);
      const then = this.toks[m.te]?.lower ?? '';
      if (cur === m && comma && object && (AUX.has(then) || BE.has(then))) break;
      // ("…, including Volt Typhoon and Flax Typhoon, had attacked": a list after "including" is one.)
      // ("People in Chile, Peru and Ecuador have been hit": the list a plural noun's "in" opens.)
      const located =
        this.prepBefore(prev) === 'in' &&
        /s$/.test(this.toks[prev.ts - 2]?.lower ?? '') &&
        !this.argAt[prev.ts - 2] &&
        (AUX.has(then) || BE.has(then));
      if (
        this.oblique(prev) &&
        !this.conjunctionBefore(prev) &&
        this.prepBefore(prev) !== 'including' &&
        !located
      )
        break;
      out.push(prev.key);
      cur = prev;
    }
    return out;
  }
}
