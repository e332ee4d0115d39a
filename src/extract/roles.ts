// Roles: who serves which organisation or state, read from appositions ("X, Microsoft's president"),
// offices before a name ("the defence minister, X") and membership ("A and B were members of APT10").
import type { DocEntities } from './entities.js';
import { BE, DETERMINERS, SPEECH_FORMS, singular } from './grammar.js';
import type { SentEvent } from './events.js';
import type { KnowledgeBase } from './kb.js';
import type { SentMention } from './mentions.js';
import type { SentenceView } from './sentence-view.js';
import type { Token } from './tokens.js';

export class RoleReader {
  constructor(
    private readonly kb: KnowledgeBase,
    private readonly ents: DocEntities,
  ) {}

  /** "Wang Qun, director-general of arms control at the Foreign Ministry": a role in that organisation. */
  read(v: SentenceView, events: SentEvent[], lastPeople: string[]): void {
    const w = this.kb.words;
    // ("his Chinese counterpart, Wang Yi": an equal in the nation's service; not a role noun elsewhere,
    // where the counterpart is the party met.)
    const isRole = (x: string) =>
      w.roleNouns.has(x) || w.roleNouns.has(x.replace(/-/g, ' ')) || x === 'counterpart';
    for (const m of v.mentions) {
      if (m.modifier || this.ents.get(m.key)?.type !== 'Person') continue;
      const present = this.presentPost(v, m, events);
      if (v.toks[m.te]?.text === ',') this.roleAfter(v, m, events, isRole, present);
      this.roleBefore(v, m, events, isRole);
      this.roleOfName(v, m, events);
      this.leaderOf(v, m, events);
    }
    this.memberships(v, events, lastPeople);
  }

  /**
   * "Tom Burt, Microsoft's corporate vice president,", "Ben Wallace, the UK security minister,",
   * "Urmas Paet, then Estonia's foreign minister,", "Wally Adeyemo, the deputy Treasury secretary,":
   * an apposition of role words, with the organisation or country before them, inside them or after
   * a preposition; else an office that implies its holder ("the foreign secretary").
   */
  private roleAfter(
    v: SentenceView,
    m: SentMention,
    events: SentEvent[],
    isRole: (x: string) => boolean,
    present: boolean,
  ): void {
    const end = Math.min(v.toks.length, m.te + 14);
    let k = m.te + 1;
    // "Barham Salih, and South Africa's president, X": after "and" the next item of a list begins.
    if (/^(and|or)$/.test(v.toks[k]?.lower ?? '')) return;
    let oneOf = false;
    for (;;) {
      if (/^(a|an|the|then|now|formerly|currently|who|is|was)$/.test(v.toks[k]?.lower ?? '')) k++;
      // "Tyler Buchanan, one of Scattered Spider's leaders,": a plural role noun then.
      else if (v.toks[k]?.lower === 'one' && v.toks[k + 1]?.lower === 'of') {
        oneOf = true;
        k += 2;
      } else break;
    }
    // ("Ivan Petrov, who it said was a member of X": a clause of someone's word, no apposition;
    // nor "X, said investigators had found …": a verb after the comma.)
    if (v.voicePronoun(v.argAt[k]) || SPEECH_FORMS.has(v.toks[k]?.lower ?? '')) return;
    const role = (x: string) => isRole(x) || (oneOf && isRole(singular(x)));
    let owner: SentMention | undefined;
    /** "Dmitry Peskov, President Vladimir Putin's spokesman,": an aide serves the principal's state. */
    let principal: string | undefined;
    const words: string[] = [];
    // Not a compound's first part: "at Google-owned Mandiant" names Mandiant.
    const org = (x: SentMention) =>
      x.key !== m.key && !x.pair && this.ents.get(x.key)?.type !== 'Person' && v.toks[x.te]?.text !== '-';
    while (k < end) {
      const t = v.toks[k]!;
      const at = v.argAt[k] ?? v.mentions.find((x) => x.ts === k && x.modifier && !x.pair);
      if (at && !owner && !words.length && at.key !== m.key && v.toks[at.te]?.lower === "'s") {
        const p = this.ents.get(at.key);
        if (p?.type === 'Person' && p.country) {
          principal = p.country;
          k = at.te + 1;
          continue;
        }
      }
      // A body after a country modifier is the more precise owner ("the Russian foreign ministry").
      const replaces = !owner || (this.ents.get(owner.key)?.type === 'Country' && owner.te === k);
      if (at && replaces && !at.pair && at.key !== m.key && this.ents.get(at.key)?.type !== 'Person') {
        // The organisation before or among the role words, possessive or modifier.
        const next = v.toks[at.te];
        if (next?.lower !== "'s" && !(next?.word && !next.cap)) break;
        owner = at;
        k = at.te + (next.lower === "'s" ? 1 : 0);
        continue;
      }
      // "under secretary": a preposition that starts a title is part of it.
      if (!t.word || at || (this.kb.words.prepositions.has(t.lower) && !role(v.toks[k + 1]?.lower ?? '')))
        break;
      // "an officer accused of hacking the parliament": a participle after the role noun starts a clause.
      if (/(ed|ing)$/.test(t.lower) && !role(t.lower) && words.some(role)) break;
      words.push(t.lower);
      k++;
    }
    while (k < end && v.toks[k]?.text === '-') words.push(v.toks[k++]!.lower, v.toks[k++]?.lower ?? '');
    if (!words.some(role)) return;
    // "a former Treasury official now at the consultancy Bellweather Risk": the post named after
    // "now" is whom the person serves; the former employer no longer is.
    if (present && words.some((x) => /^(former|ex)$/.test(x))) return;
    // "director of intelligence at FireEye": the organisation follows a preposition, within the
    // apposition; it outranks a country that only names the subject ("a China specialist at X").
    // Not "ambassador to the Netherlands": the host is no employer.
    // Within the apposition: not "Estonia's president at the time, has since urged Nato allies".
    // "the special agent in charge of the FBI's field office": "in charge of" is "of".
    if (v.inChargeOf(k)) k += 2;
    const comma = v.toks.findIndex((t, j) => j > k && j < end && t.text === ',');
    const until = comma > 0 ? comma : end;
    // Not "at a London consultancy": a place describing the organisation, which is not named.
    // (But "an official at a Kyiv ministry" serves that state's ministry.)
    const describing = (x: SentMention) =>
      this.ents.get(x.key)?.type === 'Country' &&
      !!v.toks[x.te]?.word &&
      !v.toks[x.te]!.cap &&
      this.kb.words.orgHeads.get(v.toks[x.te]!.lower) !== 'GovernmentBody';
    let after = /^(of|at|for|with)$/.test(v.toks[k]?.lower ?? '')
      ? v.right(k, until - k, (x) => org(x) && !describing(x))
      : undefined;
    // "chief analyst at Google's Mandiant": the possessed organisation.
    if (after) after = v.possessed(after);
    const country = owner && this.ents.get(owner.key)?.type === 'Country' ? owner.key : undefined;
    // "an independent French researcher" is of that nation, in no one's service.
    if (
      country &&
      owner!.kind === 'demonym' &&
      !after &&
      this.kb.words.privateRoles.has(singular(words.filter(role).at(-1) ?? '')) &&
      // ("a French government lawyer", "a former French intelligence analyst" serve it.)
      !words.some((x) => this.kb.words.countryGroupNouns.has(x))
    )
      return;
    const place = country && after ? after : undefined;
    const holder =
      this.officeBody(m.key, words, country) ??
      (place ?? owner ?? after)?.key ??
      this.ents.titleHolder(words.join(' ')) ??
      this.ents.stateHolder(words, m.key) ??
      principal;
    if (holder) events.push(roleEvent(m.key, holder, words.join(' '), 0.85, m.ts));
  }

  /**
   * "Mark Warner, the Virginia Democrat who leads the Senate Intelligence Committee,": a relative
   * clause whose verb leads an organisation gives the person a role in it.
   */
  private leaderOf(v: SentenceView, m: SentMention, events: SentEvent[]): void {
    if (v.toks[m.te]?.text !== ',') return;
    for (let k = m.te + 1; k < Math.min(v.toks.length - 2, m.te + 10); k++) {
      const t = v.toks[k]!;
      if (t.text === ',' || v.argAt[k]) return;
      if (t.lower !== 'who') continue;
      // "who is set to chair …", "who was then leading …".
      let j = k + 1;
      while (
        BE.has(v.toks[j]?.lower ?? '') ||
        /^(now|then|also|set|to|currently)$/.test(v.toks[j]?.lower ?? '')
      )
        j++;
      if (!this.kb.words.leadingVerbs.has(v.toks[j]?.lower ?? '')) return;
      // The verb's own object, after determiners only ("who heads the National Bureau of
      // Investigation inquiry"; not "who directed hacks against Colonial Pipeline").
      let o = j + 1;
      while (DETERMINERS.has(v.toks[o]?.lower ?? '')) o++;
      const org = v.mentions.find((x) => x.ts === o && !x.pair);
      if (org && this.employer(org)) events.push(roleEvent(m.key, org.key, v.toks[j]!.lower, 0.75, m.ts));
      return;
    }
  }

  /**
   * "X, a former Treasury official now at the consultancy Bellweather Risk,", "…, who now runs the
   * firm Meridian", "…, who now studies cybersecurity at CSIS": after "now" in the apposition, the
   * organisation the person works at (a preposition of place or a verb of leading before it) is
   * where they serve today. Returns whether that is a new employer, which ends the former one's role.
   */
  private presentPost(v: SentenceView, m: SentMention, events: SentEvent[]): boolean {
    if (v.toks[m.te]?.text !== ',') return false;
    const now = v.toks.findIndex((t, k) => k > m.te && k < m.te + 16 && t.lower === 'now');
    if (now < 0 || v.toks.slice(m.te + 1, now).some((t) => t.text === ',' || t.text === '.')) return false;
    for (let k = now + 1; k < Math.min(v.toks.length, now + 12); k++) {
      const t = v.toks[k]!;
      if (t.text === ',' || t.text === '.') return false;
      const org = v.argAt[k];
      if (!org) continue;
      if (org.pair || !this.employer(org)) return false;
      // ("now at odds with Google", "whose company now competes with X": no post.)
      const between = v.toks.slice(now + 1, k);
      let p = between.length - 1;
      while (p >= 0 && !this.kb.words.prepositions.has(between[p]!.lower)) p--;
      const prep = between[p]?.lower;
      const cue =
        prep === 'at' ||
        prep === 'for' ||
        (prep === 'with' && /^work/.test(between[p - 1]?.lower ?? '')) ||
        (p < 0 && between.some((x) => this.kb.words.leadingVerbs.has(x.lower)));
      if (v.toks.slice(m.te, now).some((x) => x.lower === 'whose') || !cue) return false;
      events.push(roleEvent(m.key, org.key, 'now', 0.75, m.ts));
      // ("now working with the FBI as an informant": working with someone is no new employer, and the
      // former one is kept.)
      return prep !== 'with';
    }
    return false;
  }

  /**
   * "Rafal Rohozinski of the SecDev Group said": a name, then "of" and where the person works (not
   * "at", which mostly says where someone was: "met Blinken at NATO headquarters").
   */
  private roleOfName(v: SentenceView, m: SentMention, events: SentEvent[]): void {
    if (v.toks[m.te]?.lower !== 'of') return;
    const k = v.toks[m.te + 1]?.lower === 'the' ? m.te + 2 : m.te + 1;
    const org = v.argAt[k];
    if (org && !org.pair && this.employer(org))
      events.push(roleEvent(m.key, org.key, v.toks[m.te]!.lower, 0.7, m.ts));
  }

  /** An organisation someone can work in: not a person, a place or a whole country. */
  private employer(org: SentMention): boolean {
    const type = this.ents.get(org.key)?.type;
    return !!type && type !== 'Person' && type !== 'Place' && type !== 'Country';
  }

  /**
   * "a foreign ministry spokeswoman", "the Russian foreign ministry spokeswoman": role words that
   * name a generic state body; it is the body of the named country, the person's or the story's.
   */
  private officeBody(person: string, words: string[], country: string | undefined): string | undefined {
    const head = words.findIndex((x) => this.kb.words.orgHeads.get(x) === 'GovernmentBody');
    if (head < 1 || !this.kb.words.genericBodyWords.has(words[head - 1]!)) return undefined;
    let from = head - 1;
    while (from > 0 && this.kb.words.genericBodyWords.has(words[from - 1]!)) from--;
    const home = country ?? this.ents.get(person)?.country ?? this.ents.storyCountry();
    const body = words.slice(from, head + 1);
    return home ? this.ents.countryBody(home, body, body.join(' ')) : undefined;
  }

  /** "The defence minister, Linda Reynolds,": role words, a comma, then the name. */
  private roleBefore(
    v: SentenceView,
    m: SentMention,
    events: SentEvent[],
    isRole: (x: string) => boolean,
  ): void {
    if (v.toks[m.ts - 1]?.text !== ',') return;
    const lower = (x: Token) => x.word && (!x.cap || /^(the|a|an)$/.test(x.lower));
    // (Back to the determiner that opens them: "that the defence minister, X", "the home affairs and
    // cyber security minister, X".)
    const wordsBefore = (from: number) => {
      const words: string[] = [];
      while (from >= 0 && lower(v.toks[from]!) && !v.argAt[from] && words.length < 7) {
        words.unshift(v.toks[from--]!.lower);
        if (/^(the|a|an)$/.test(words[0]!)) break;
      }
      return { words, k: from };
    };
    // "A spokesman for Microsoft, Frank Shaw,", "two officials of the IRGC, A and B": role words,
    // a preposition and the organisation before the name(s).
    const served = v.argAt[m.ts - 2];
    if (served && !served.pair && this.ents.get(served.key)?.type !== 'Person') {
      const prep = v.toks[served.ts - 1]?.lower === 'the' ? served.ts - 2 : served.ts - 1;
      // "its ambassador to Moscow, X": an envoy serves the possessor, not the host.
      if (v.toks[prep]?.lower === 'to') {
        const before = wordsBefore(prep - 1);
        const envoy =
          before.words.length && this.kb.words.envoyNouns.has(before.words[before.words.length - 1]!);
        const sender = envoy ? (v.argAt[before.k] ?? v.argAt[before.k - 1]) : undefined;
        if (
          sender &&
          !sender.pair &&
          sender.key !== served.key &&
          this.ents.get(sender.key)?.type !== 'Person'
        )
          events.push(roleEvent(m.key, sender.key, before.words.join(' '), 0.8, m.ts));
        return;
      }
      if (!/^(for|of|at)$/.test(v.toks[prep]?.lower ?? '')) return;
      const role = wordsBefore(prep - 1).words;
      if (!role.length || !isRole(role[role.length - 1]!)) return;
      const next = v.toks[m.te]?.lower === 'and' ? v.argAt[m.te + 1] : undefined;
      for (const p of [m, ...(next && this.ents.get(next.key)?.type === 'Person' ? [next] : [])])
        events.push(roleEvent(p.key, served.key, role.join(' '), 0.8, p.ts));
      return;
    }
    // "Its chief executive at the time, X": a time qualifier after the role words.
    const atTheTime = ['at', 'the', 'time'].every((x, n) => v.toks[m.ts - 4 + n]?.lower === x);
    const { words, k } = wordsBefore(m.ts - (atTheTime ? 5 : 2));
    const last = words[words.length - 1] ?? '';
    // ("The two FSB officers, A and B": a plural role noun before a pair of names.)
    const plural = last !== singular(last) && isRole(singular(last));
    if (!words.length || (!isRole(last) && !plural)) return;
    // ("his Chinese counterpart, Wang Yi": only with the nation right before; "his counterpart, X"
    // serves no one named.)
    if (
      last === 'counterpart' &&
      (words.length > 1 || this.ents.get(v.argAt[k]?.key ?? '')?.type !== 'Country')
    )
      return;
    // "Australia's defence minister, X", "the White House press secretary, X" or "the defence minister, X".
    const owner = v.toks[k]?.lower === "'s" ? v.argAt[k - 1] : v.argAt[k];
    // ("Kyivstar was hit. Its defence minister, X": a state's office, whatever "its" was read as.)
    const office0 = owner ? words : words.slice(1);
    const ownerType = owner && this.ents.get(owner.key)?.type;
    if (
      owner?.kind === 'pronoun' &&
      ownerType !== 'Country' &&
      ownerType !== 'GovernmentBody' &&
      this.kb.words.stateOffices.has(office0[office0.length - 1] ?? '') &&
      // (A firm has a president and a secretary too.)
      !this.kb.words.firmOffices.has(office0[office0.length - 1] ?? '')
    ) {
      const state = this.ents.stateHolder(office0, m.key);
      if (state) events.push(roleEvent(m.key, state, office0.join(' '), 0.8, m.ts));
      return;
    }
    if (!owner && !/^(the|a|an)$/.test(words[0]!)) return;
    const office = owner ? words : words.slice(1);
    const country = owner && this.ents.get(owner.key)?.type === 'Country' ? owner.key : undefined;
    const holder =
      this.officeBody(m.key, office, country) ??
      owner?.key ??
      this.ents.titleHolder(office.join(' ')) ??
      this.ents.stateHolder(office, m.key);
    const next = plural && v.toks[m.te]?.lower === 'and' ? v.argAt[m.te + 1] : undefined;
    const people = [m, ...(next && this.ents.get(next.key)?.type === 'Person' ? [next] : [])];
    if (holder && holder !== m.key)
      for (const p of people) events.push(roleEvent(p.key, holder, office.join(' '), 0.8, p.ts));
  }

  /**
   * "A and B were members of a hacking group known as APT10", "X, who is alleged to be an officer of
   * Unit 74455": people said to belong to a group hold a role there.
   */
  private memberships(v: SentenceView, events: SentEvent[], lastPeople: string[]): void {
    for (let k = 1; k < v.toks.length - 2; k++) {
      // "members of X", "officers of X", "belonged to X".
      const member = this.kb.words.membershipNouns.has(v.toks[k]!.lower) && v.toks[k + 1]?.lower === 'of';
      const belong = /^belong(s|ed)?$/.test(v.toks[k]!.lower) && v.toks[k + 1]?.lower === 'to';
      if (!member && !belong) continue;
      let group = v.right(k + 2, 8, (x) => !x.pair);
      // "members of the PLA's 54th Research Institute": the possessor's unit is the group.
      if (group) group = v.possessed(group);
      const gtype = group && this.ents.get(group.key)?.type;
      if (!group || gtype === 'Person' || gtype === 'Country') continue;
      // Back over "were", "who are alleged to be", "whom it identified as": to the people meant.
      let j = k - 1;
      // (And over whose word it is: "who it said was a member of X", "men they said were members".)
      while (
        j > 0 &&
        (!v.argAt[j] || v.voicePronoun(v.argAt[j])) &&
        /^(a|an|the|who|whom|it|they|he|she|identified|described|named|as|are|is|was|were|be|been|had|has|have|alleged|allegedly|believed|said|says|say|to|both|all|also|reportedly|,)$/.test(
          v.toks[j]!.lower,
        )
      )
        j--;
      const last = v.argAt[j];
      let people: string[] = [];
      // "The pair are members of X": each of the two.
      if (last?.pair && j < k - 1) people = last.pair.filter((x) => this.ents.get(x)?.type === 'Person');
      else if (last && this.ents.get(last.key)?.type === 'Person' && j < k - 1)
        people = [last.key, ...v.coordinatedBefore(last)];
      // "The six men, all members of Unit 74455", "the hackers belonged to X": those just named.
      else if (!last && this.kb.words.peopleNouns.has(v.toks[j]?.lower ?? '')) people = lastPeople;
      for (const p of people) events.push(roleEvent(p, group.key, v.toks[k]!.lower, 0.8, k));
    }
  }
}

/** A person's role in an organisation or country, read at token `ts`. */
function roleEvent(
  agent: string,
  target: string,
  trigger: string,
  confidence: number,
  ts: number,
): SentEvent {
  return { cls: 'Role', agent, target, trigger, confidence, ts };
}
