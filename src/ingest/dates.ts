// Publication dates as pages print them ("June 10, 2015", "10 June 2015", "2015-06-10"), to ISO.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, parts: (m) => [m[1]!, m[2]!, m[3]!] },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i'), parts: (m) => [m[3]!, m[1]!, m[2]!] },
  { re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'i'), parts: (m) => [m[3]!, m[2]!, m[1]!] },
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The first date in `text` as YYYY-MM-DD, or undefined. */
export function findDate(text: string): string | undefined {
  for (const { re, parts } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const [y, mo, d] = parts(m);
    const month = /^\d+$/.test(mo) ? Number(mo) : MONTHS.indexOf(mo.slice(0, 3).toLowerCase()) + 1;
    const day = Number(d);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return `${y}-${pad(month)}-${pad(day)}`;
  }
  return undefined;
}

/** An ISO date/time from page metadata, reduced to its date. */
export function isoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const direct = findDate(value);
  if (direct) return direct;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}
