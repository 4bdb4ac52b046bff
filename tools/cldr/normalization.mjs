// Writes src/Mcro.Core/Localization/Cldr/normalization.json: Unicode's canonical decompositions, the order of the
// combining classes and the canonical compositions, read from Node's ICU (String.prototype.normalize), so mcro composes
// "c + combining caron" into "č" on every machine: .NET's string.Normalize asks ICU and, without it
// (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1), returns the text unchanged. Run:
//   node tools/cldr/normalization.mjs
// Hangul syllables are composed by arithmetic and are not listed.
import { writeFileSync } from "node:fs";

const hex = cp => cp.toString(16).toUpperCase();
const all = [];
for (let cp = 0; cp <= 0x10ffff; cp++) if ((cp < 0xd800 || cp > 0xdfff) && !(cp >= 0xac00 && cp <= 0xd7a3)) all.push(String.fromCodePoint(cp));

const decompositions = all.filter(c => c.normalize("NFD") !== c).map(c => `${hex(c.codePointAt(0))}:${[...c.normalize("NFD")].map(d => hex(d.codePointAt(0))).join(" ")}`);

// A mark has a combining class when NFD moves it past a mark of another class: past U+0334 (class 1) or U+0301 (230).
const reorders = (a, b) => (a + b).normalize("NFD") !== a + b;
const marks = all.filter(c => /\p{M}/u.test(c) && c.normalize("NFD") === c && (reorders(c, "\u0334") || reorders("\u0301", c) || c === "\u0334" || c === "\u0301"));
// Only the order of classes matters to normalization, so each mark gets its class's rank among the classes.
marks.sort((a, b) => reorders(a, b) ? 1 : reorders(b, a) ? -1 : 0);
const classes = [];
let rank = 0;
marks.forEach((m, i) => {
  if (i === 0 || reorders(m, marks[i - 1])) rank++;
  classes.push(`${hex(m.codePointAt(0))}:${rank}`);
});

// Primary composites: a letter that NFC rebuilds from its decomposition, as the pair NFC joins last.
const compositions = [];
for (const c of all) {
  const d = [...c.normalize("NFD")];
  if (d.length < 2 || (d.join("")).normalize("NFC") !== c) continue;
  for (let j = d.length - 1; j >= 1; j--) {
    const first = d.filter((_, k) => k !== j).join("").normalize("NFC");
    if ([...first].length === 1 && (first + d[j]).normalize("NFC") === c && (first + d[j]).normalize("NFD") === c.normalize("NFD")) {
      compositions.push(`${hex(first.codePointAt(0))} ${hex(d[j].codePointAt(0))}:${hex(c.codePointAt(0))}`);
      break;
    }
  }
}

const out = {
  source: `Unicode ${process.versions.unicode} through ICU ${process.versions.icu} (Node ${process.version})`,
  decompositions: decompositions.join(";"),
  classes: classes.join(";"),
  compositions: compositions.join(";"),
};
writeFileSync(new URL("../../src/Mcro.Core/Localization/Cldr/normalization.json", import.meta.url), JSON.stringify(out, null, 1) + "\n");
console.log(`${decompositions.length} decompositions, ${classes.length} marks in ${rank} classes, ${compositions.length} compositions`);
