// Writes src/Mcro.Core/Localization/Cldr/locales.json: CLDR's plural rules, number symbols and patterns, and each
// language's name for itself, for the languages below. Run with Node built with full ICU:
//   node tools/cldr/generate.mjs
// Number symbols, percent patterns and names are read from Node's ICU (Intl). Plural rules are CLDR's rule text
// (common/supplemental/plurals.xml, cardinals), which Intl does not expose: each is checked here against
// Intl.PluralRules on 0..100000 and on larger numbers before it is written, so a mistyped rule never ships.
import { writeFileSync } from "node:fs";

const rules = {
  en: { one: "i = 1 and v = 0" },
  sq: { one: "n = 1" },
  sr: { one: "v = 0 and i % 10 = 1 and i % 100 != 11 or f % 10 = 1 and f % 100 != 11",
        few: "v = 0 and i % 10 = 2..4 and i % 100 != 12..14 or f % 10 = 2..4 and f % 100 != 12..14" },
  hr: { one: "v = 0 and i % 10 = 1 and i % 100 != 11 or f % 10 = 1 and f % 100 != 11",
        few: "v = 0 and i % 10 = 2..4 and i % 100 != 12..14 or f % 10 = 2..4 and f % 100 != 12..14" },
  bs: { one: "v = 0 and i % 10 = 1 and i % 100 != 11 or f % 10 = 1 and f % 100 != 11",
        few: "v = 0 and i % 10 = 2..4 and i % 100 != 12..14 or f % 10 = 2..4 and f % 100 != 12..14" },
  mk: { one: "v = 0 and i % 10 = 1 and i % 100 != 11 or f % 10 = 1 and f % 100 != 11" },
  tr: { one: "n = 1" },
  bg: { one: "n = 1" },
  el: { one: "n = 1" },
  hu: { one: "n = 1" },
  de: { one: "i = 1 and v = 0" },
  nl: { one: "i = 1 and v = 0" },
  sv: { one: "i = 1 and v = 0" },
  fi: { one: "i = 1 and v = 0" },
  et: { one: "i = 1 and v = 0" },
  it: { one: "i = 1 and v = 0", many: "e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5" },
  es: { one: "n = 1", many: "e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5" },
  fr: { one: "i = 0,1", many: "e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5" },
  pt: { one: "i = 0..1", many: "e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5" },
  ru: { one: "v = 0 and i % 10 = 1 and i % 100 != 11", few: "v = 0 and i % 10 = 2..4 and i % 100 != 12..14",
        many: "v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 11..14" },
  uk: { one: "v = 0 and i % 10 = 1 and i % 100 != 11", few: "v = 0 and i % 10 = 2..4 and i % 100 != 12..14",
        many: "v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 11..14" },
  pl: { one: "i = 1 and v = 0", few: "v = 0 and i % 10 = 2..4 and i % 100 != 12..14",
        many: "v = 0 and i != 1 and i % 10 = 0..1 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 12..14" },
  cs: { one: "i = 1 and v = 0", few: "i = 2..4 and v = 0", many: "v != 0" },
  sk: { one: "i = 1 and v = 0", few: "i = 2..4 and v = 0", many: "v != 0" },
  sl: { one: "v = 0 and i % 100 = 1", two: "v = 0 and i % 100 = 2", few: "v = 0 and i % 100 = 3..4 or v != 0" },
  ro: { one: "i = 1 and v = 0", few: "v != 0 or n = 0 or n != 1 and n % 100 = 1..19" },
  lt: { one: "n % 10 = 1 and n % 100 != 11..19", few: "n % 10 = 2..9 and n % 100 != 11..19", many: "f != 0" },
  ar: { zero: "n = 0", one: "n = 1", two: "n = 2", few: "n % 100 = 3..10", many: "n % 100 = 11..99" },
  da: { one: "n = 1 or t != 0 and i = 0,1" },
  nb: { one: "n = 1" },
  is: { one: "t = 0 and i % 10 = 1 and i % 100 != 11 or t % 10 = 1 and t % 100 != 11" },
  lv: { zero: "n % 10 = 0 or n % 100 = 11..19 or v = 2 and f % 100 = 11..19",
        one: "n % 10 = 1 and n % 100 != 11 or v = 2 and f % 10 = 1 and f % 100 != 11 or v != 2 and f % 10 = 1" },
  be: { one: "n % 10 = 1 and n % 100 != 11", few: "n % 10 = 2..4 and n % 100 != 12..14",
        many: "n % 10 = 0 or n % 10 = 5..9 or n % 100 = 11..14" },
  hy: { one: "i = 0,1" },
  ka: { one: "n = 1" },
  az: { one: "n = 1" },
  kk: { one: "n = 1" },
  uz: { one: "n = 1" },
  hi: { one: "i = 0 or n = 1" },
  fa: { one: "i = 0 or n = 1" },
  he: { one: "i = 1 and v = 0 or i = 0 and v != 0", two: "i = 2 and v = 0" },
  ca: { one: "i = 1 and v = 0", many: "e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5" },
  gl: { one: "i = 1 and v = 0" },
  eu: { one: "n = 1" },
  sw: { one: "i = 1 and v = 0" },
  af: { one: "n = 1" },
  ko: {},
  vi: {},
  th: {},
  id: {},
  ms: {},
  ja: {},
  zh: {},
};

// CLDR operands of a whole number: n = i, no visible fraction digits (v = f = t = 0), no compact exponent (e = 0).
function holds(rule, count) {
  const operands = { n: count, i: count, v: 0, w: 0, f: 0, t: 0, e: 0, c: 0 };
  return rule.split(" or ").some(and => and.split(" and ").every(relation => {
    const m = relation.trim().match(/^([niwvftec])(?:\s*%\s*(\d+))?\s*(!=|=)\s*(.+)$/);
    if (!m) throw new Error(`cannot read relation '${relation}'`);
    const value = m[2] ? operands[m[1]] % Number(m[2]) : operands[m[1]];
    const inList = m[4].split(",").some(r => {
      const [lo, hi] = r.split("..").map(Number);
      return hi === undefined ? value === lo : value >= lo && value <= hi;
    });
    return m[3] === "=" ? inList : !inList;
  }));
}
const select = (language, count) => Object.entries(rules[language]).find(([, rule]) => holds(rule, count))?.[0] ?? "other";

const checked = [...Array(100001).keys(), 1000000, 2000000, 1000001, 10000000, 123456789];
const locales = {};
for (const language of Object.keys(rules).sort()) {
  const plural = new Intl.PluralRules(language);
  for (const count of checked) {
    if (plural.select(count) !== select(language, count))
      throw new Error(`${language}: the rule gives '${select(language, count)}' for ${count}, CLDR '${plural.select(count)}'`);
  }
  const parts = new Intl.NumberFormat(language, { style: "percent", minimumFractionDigits: 1, useGrouping: true }).formatToParts(12.345);
  const number = parts.findIndex(p => p.type === "integer");
  const last = parts.findLastIndex(p => p.type === "fraction");
  const percentPattern = parts.slice(0, number).map(p => p.value).join("") + "{0}" + parts.slice(last + 1).map(p => p.value).join("");
  const decimal = new Intl.NumberFormat(language).formatToParts(-12345.5);
  const symbol = type => decimal.find(p => p.type === type)?.value;
  const name = new Intl.DisplayNames([language], { type: "language" }).of(language);
  locales[language] = {
    name,
    plurals: rules[language],
    decimal: symbol("decimal"),
    group: symbol("group"),
    minus: symbol("minusSign"),
    // 1234 without a separator: the language groups only from five digits on (CLDR minimumGroupingDigits 2).
    minimumGroupingDigits: new Intl.NumberFormat(language).format(1234).length === 4 ? 2 : 1,
    percentPattern,
  };
}
const out = {
  source: `CLDR ${process.versions.cldr} through ICU ${process.versions.icu} (Node ${process.version}); plural rules: CLDR plurals.xml, checked against it`,
  locales,
};
writeFileSync(new URL("../../src/Mcro.Core/Localization/Cldr/locales.json", import.meta.url), JSON.stringify(out, null, 2) + "\n");
console.log(`${Object.keys(locales).length} languages written`);
