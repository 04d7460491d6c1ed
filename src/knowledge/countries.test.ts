import { test } from "node:test";
import assert from "node:assert/strict";
import { countries, countriesByCode, findCountryByName, COUNTRY_CODES } from "./countries.js";
import { formKey } from "./forms.js";

function country(code: string) {
  const c = countriesByCode.get(code);
  assert.ok(c, `missing ${code}`);
  return c;
}

test("capitals, demonyms and seats resolve to their state", () => {
  assert.ok(country("IR").capitals.includes("Tehran"));
  assert.ok(country("AL").capitals.includes("Tirana"));
  assert.ok(country("IR").demonyms.includes("Iranians"));
  assert.ok(country("IR").demonyms.includes("Iranian"));
  assert.ok(country("KP").demonyms.includes("North Korean"));
  assert.ok(country("AE").demonyms.includes("Emiratis"));
  assert.ok(country("GB").demonyms.includes("British"));
  assert.ok(!country("GB").demonyms.includes("Britishs"), "no -s plural for -ish adjectives");
  assert.ok(!country("CN").demonyms.includes("Chineses"));
  assert.ok(country("TR").demonyms.includes("Turks"));
  assert.ok(country("RU").seats.includes("Kremlin"));
  assert.ok(country("US").seats.includes("White House"));
  assert.ok(country("GB").seats.includes("Downing Street"));
  assert.ok(country("US").capitals.includes("Washington"));
});

test("news names override directory names", () => {
  assert.equal(country("RU").name, "Russia");
  assert.equal(country("IR").name, "Iran");
  assert.equal(country("US").name, "United States");
  assert.equal(country("GB").name, "United Kingdom");
  assert.equal(country("CZ").name, "Czech Republic");
  assert.equal(country("TR").name, "Turkey");
  for (const form of ["U.S.", "USA", "US", "America"]) assert.ok(country("US").names.includes(form), form);
  for (const form of ["UK", "U.K.", "Britain", "Great Britain"]) assert.ok(country("GB").names.includes(form), form);
  for (const form of ["DPRK", "Democratic People's Republic of Korea"]) assert.ok(country("KP").names.includes(form), form);
  assert.ok(country("RU").names.includes("Russian Federation"));
  assert.ok(country("IR").names.includes("Islamic Republic of Iran"));
  assert.ok(country("CZ").names.includes("Czechia"));
});

test("name lookup is case- and diacritic-insensitive and ignores a leading article", () => {
  assert.equal(findCountryByName("islamic republic of iran")?.code, "IR");
  assert.equal(findCountryByName("the Netherlands")?.code, "NL");
  assert.equal(findCountryByName("Turkiye")?.code, "TR");
  assert.equal(findCountryByName("Cote d'Ivoire")?.code, "CI");
  assert.equal(findCountryByName("Atlantis"), undefined);
});

test("both Kyiv and Kiev are capitals of Ukraine", () => {
  assert.deepEqual(
    country("UA").capitals.filter((c) => c === "Kyiv" || c === "Kiev"),
    ["Kyiv", "Kiev"],
  );
});

test("junk forms from the directory are dropped", () => {
  assert.ok(!country("IS").names.includes("Island"), "Iceland's native 'Island' is an English word");
  assert.ok(!country("IM").capitals.includes("Douglas"));
  assert.ok(!country("CG").names.includes("Congo"), "bare Congo is ambiguous");
  assert.ok(!country("GU").demonyms.includes("American"), "territories do not claim a sovereign's demonym");
  assert.ok(country("JM").capitals.includes("Kingston"));
  assert.ok(!country("NF").capitals.includes("Kingston"), "Kingston is Jamaica's");
  for (const c of countries) {
    // "US" is how news names that state; other bare ISO codes ("IR", "AL") are directory noise.
    if (c.code !== "US") for (const form of [...c.names, ...c.capitals]) assert.notEqual(form, c.code, `${c.code}: bare ISO code`);
    // ISO directory order ("Iran, Islamic Republic of") is not prose.
    assert.ok(!c.names.some((n) => /, .* of( the)?$/.test(n)), `${c.code}: inverted directory name`);
  }
});

test("no forms within a country differ only by case or diacritics", () => {
  for (const c of countries) {
    const forms = [c.name, ...c.names];
    assert.equal(new Set(forms.map(formKey)).size, forms.length, `${c.code}: ${forms.join(", ")}`);
    assert.equal(new Set(c.capitals.map(formKey)).size, c.capitals.length, `${c.code} capitals`);
    assert.equal(new Set(c.demonyms.map(formKey)).size, c.demonyms.length, `${c.code} demonyms`);
  }
});

test("codes are unique ISO-2 and canonical names unique", () => {
  assert.equal(countries.length, COUNTRY_CODES.size);
  assert.equal(new Set(countries.map((c) => c.name)).size, countries.length);
  for (const c of countries) assert.match(c.code, /^[A-Z]{2}$/);
});
