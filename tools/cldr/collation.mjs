// Writes src/Mcro.Core/Localization/Cldr/collation.json: CLDR's root collation order for the letters, digits and
// punctuation of Latin, Greek and Cyrillic names, and the CLDR tailorings of the editions' languages, so names sort the
// same on every machine, whatever its ICU, or with none (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1). Run with Node
// built with full ICU:
//   node tools/cldr/collation.mjs
// The root order is read from Node's ICU (Intl.Collator, CLDR root = "und"), one character at a time, and written in
// CLDR's own rule syntax: "<" a new letter, "<<" an accent, "<<<" a case or form, "=" the same. The tailorings are CLDR's
// rule text, copied from common/collation/*.xml; ICU's own order of each language's alphabet and of the sample's names
// is written for the tests, which check that the pinned data sorts them the same, so a mistyped rule never ships.
import { readFileSync, writeFileSync } from "node:fs";

// CLDR common/collation/sq.xml, hr.xml (sr_Latn.xml is "[import hr]") and sr.xml, standard collation.
// sr.xml also suppresses the root contractions of И with a breve; mcro's root has no contractions, so that is moot.
const tailorings = {
  sq: "&[before 1]D<ç<<<Ç &[before 1]E<dh<<<Dh<<<DH &[before 1]F<ë<<<Ë &[before 1]H<gj<<<Gj<<<GJ "
    + "&[before 1]M<ll<<<Ll<<<LL &[before 1]O<nj<<<Nj<<<NJ &[before 1]S<rr<<<Rr<<<RR &[before 1]T<sh<<<Sh<<<SH "
    + "&[before 1]U<th<<<Th<<<TH &[before 1]Y<xh<<<Xh<<<XH &[before 1]Ʒ<zh<<<Zh<<<ZH",
  hr: "[reorder Latn Cyrl] &C<č<<<Č<ć<<<Ć &D<dž<<<ǆ<<<Dž<<<ǅ<<<DŽ<<<Ǆ<đ<<<Đ &L<lj<<<ǉ<<<Lj<<<ǈ<<<LJ<<<Ǉ "
    + "&N<nj<<<ǌ<<<Nj<<<ǋ<<<NJ<<<Ǌ &S<š<<<Š &Z<ž<<<Ž",
  "sr-Latn": "[import hr]",
  sr: "[reorder Cyrl]",
};
// The alphabets whose order ICU gives mcro's tests (tests/Mcro.Tests/Localization/cldr-collation-orders.json).
const alphabets = {
  sq: "a b c ç d dh e ë f g gj h i j k l ll m n nj o p q r rr s sh t th u v x xh y z zh",
  "sr-Latn": "a b c č ć d dž đ e f g h i j k l lj m n nj o p r s š t u v z ž",
  sr: "а б в г д ђ е ж з и ј к л љ м н њ о п р с т ћ у ф х ц ч џ ш",
  en: "a b c d e f g h i j k l m n o p q r s t u v w x y z",
};

const ranges = [[0x20, 0x7e], [0xa0, 0x24f], [0x300, 0x36f], [0x370, 0x3ff], [0x400, 0x52f], [0x1e00, 0x1eff], [0x2010, 0x205e], [0x20a0, 0x20c0]];
const characters = ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)))
  .filter(c => /\P{C}/u.test(c) && c.normalize("NFC") === c);
const marks = characters.filter(c => /\p{M}/u.test(c));

const at = sensitivity => new Intl.Collator("und", { sensitivity }).compare;
const [primary, secondary, tertiary] = [at("base"), at("accent"), at("variant")];

// A space or one of the rule syntax's own characters is written as \uXXXX, as CLDR's rules write them.
const esc = text => [...text].map(c => /[\s\p{C}\p{Z}&<=\[\]\\']/u.test(c) ? `\\u${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}` : c).join("");

// Ligatures that CLDR root sorts as two letters ("æ" as "ae"); each is checked, and dropped if root disagrees.
const spelled = { "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "ẞ": "SS" };
const expansions = [];
const letters = [];
for (const c of characters.filter(c => !/\p{M}/u.test(c))) {
  const spelling = spelled[c] ?? (c.normalize("NFD") === c ? c.normalize("NFKC") : c);
  if (tertiary(c, "") === 0) continue; // ignored by root at every level (soft hyphen): mcro leaves it out as well
  if (spelling.length > 1 && [...spelling].every(s => characters.includes(s)) && primary(c, spelling) === 0) {
    const relation = secondary(c, spelling) !== 0 ? "<<" : tertiary(c, spelling) !== 0 ? "<<<" : "=";
    expansions.push(`&${esc(spelling)}${relation}${esc(c)}`);
  } else letters.push(c);
}

const script = c => (/\p{L}/u.test(c) && ["Latn", "Grek", "Cyrl"].find(s => new RegExp(`\\p{Script=${s}}`, "u").test(c))) || "Zyyy";
letters.sort(tertiary);
const blocks = [];
let previous;
for (const c of letters) {
  const level = previous === undefined || primary(previous, c) !== 0 ? "<" : secondary(previous, c) !== 0 ? "<<" : tertiary(previous, c) !== 0 ? "<<<" : "=";
  if (level === "<") {
    const s = blocks.length && script(c) === "Zyyy" && blocks.at(-1).script !== "Zyyy" ? blocks.at(-1).script : script(c);
    if (!blocks.length || blocks.at(-1).script !== s) blocks.push({ script: s, order: [] });
    blocks.at(-1).order.push(esc(c));
  } else blocks.at(-1).order[blocks.at(-1).order.length - 1] += level + esc(c);
  previous = c;
}
const scripts = blocks.map(b => b.script);
if (new Set(scripts).size !== scripts.length) throw new Error(`a script is not one run in root order: ${blocks.map(b => `${b.script} ${b.order[0]}..${b.order.at(-1)}`).join(" | ")}`);
// Marks left after composition (no precomposed letter): no letter of their own, only an accent, in root's order.
marks.sort((a, b) => tertiary("a" + a, "a" + b));

const out = {
  source: `CLDR ${process.versions.cldr} root collation through ICU ${process.versions.icu} (Node ${process.version}); `
    + "tailorings: CLDR common/collation/sq.xml, hr.xml, sr_Latn.xml ([import hr]), sr.xml, checked against it",
  root: { blocks, marks: marks.join(""), expansions },
  tailorings,
};

writeFileSync(new URL("../../src/Mcro.Core/Localization/Cldr/collation.json", import.meta.url), JSON.stringify(out, null, 1) + "\n");

// ICU's order of each language's alphabet (each letter in both cases, alone and before a, z and an accented letter),
// of the sample's municipality names, and of accented, cased and punctuated words: mcro's tests sort the same words
// with the pinned data and must get ICU's order.
const names = readFileSync(new URL("../../data/municipalities.csv", import.meta.url), "utf8").trim().split("\n").slice(1).map(l => l.split(","));
const common = ["e", "é", "è", "ê", "ë", "E", "É", "ea", "éa", "eá", "Ea", "ae", "æ", "ss", "ß", "o", "ø", "oz", "øa",
  "a b", "a-b", "ab", "a_b", "a.b", "a1", "1a", "10", "9", "", " ", "-", "Mitrovica e Veriut", "Mitrovicë", "Mitrovica-Jug",
  "Abc", "abc", "ABC", "aBc", "Zubin Potok", "Ђ", "Ж", "α", "Ω", "ǅ", "ǆ", "Ǆ", "dž", "Dž", "DŽ", "dz", "d", "D", "đ", "Đ", "dh", "Dh", "DH", "dH"];
const cyrillic = ["Ђаковица", "Дечани", "Приштина", "Пећ", "Тетово", "Ћуприја", "Цер", "Чачак", "Џеп", "Шабац", "Љубљана", "Лука", "Њуша", "Нова", "Ђ", "ђ", "Београд", "а", "А", "ж", "Ж", "љ", "Љ", "џ", "Џ"];
const column = { sq: 1, "sr-Latn": 2, en: 3 };
const orders = {};
for (const [language, alphabet] of Object.entries(alphabets)) {
  const letters = alphabet.split(" ");
  const words = [...new Set([...letters.flatMap(l => [l, l[0].toUpperCase() + l.slice(1), l.toUpperCase(), l + "a", l + "z", l + "é"]),
    ...names.map(n => n[column[language]] ?? n[2]), ...common, ...(language === "sr" ? cyrillic : [])])];
  const compare = new Intl.Collator(language === "sr" ? "sr-Cyrl" : language).compare;
  const sorted = words.sort((a, b) => compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  orders[language === "sr" ? "sr-Cyrl" : language] = sorted;
}
writeFileSync(new URL("../../tests/Mcro.Tests/Localization/cldr-collation-orders.json", import.meta.url), JSON.stringify({ source: out.source, orders }, null, 1) + "\n");
console.log(`${blocks.map(b => `${b.script} ${b.order.length}`).join(", ")}; ${marks.length} marks, ${expansions.length} expansions`);
