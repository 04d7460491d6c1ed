import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectLanguage } from "./language.js";

describe("detectLanguage", () => {
  it("returns 'en' for English news text", () => {
    const text =
      "Security researchers said on Thursday that a group linked to a foreign military intelligence agency " +
      "had broken into the email servers of several ministries over the past year.";
    assert.equal(detectLanguage(text), "en");
  });

  it("returns ISO 639-3 codes for other languages", () => {
    const german =
      "Die Bundesregierung hat am Dienstag eine Hackergruppe beschuldigt, im Auftrag eines ausländischen " +
      "Geheimdienstes die Server mehrerer Ministerien angegriffen zu haben. Die Ermittlungen dauern an.";
    const french =
      "Le gouvernement a accusé mardi un groupe de pirates informatiques lié aux services de renseignement " +
      "étrangers d'avoir attaqué les serveurs de plusieurs ministères. L'enquête se poursuit.";
    assert.equal(detectLanguage(german), "deu");
    assert.equal(detectLanguage(french), "fra");
  });

  it("returns 'und' for text too short to tell", () => {
    assert.equal(detectLanguage("Hackers struck."), "und");
    assert.equal(detectLanguage(""), "und");
  });
});
