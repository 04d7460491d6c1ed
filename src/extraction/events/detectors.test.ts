import assert from "node:assert/strict";
import { test } from "node:test";
import type { CyberEvent } from "../../domain/index.js";
import { extract } from "../extract.js";

// Sentences written for these tests, published on Wednesday 2018-12-05. Each test names the rule it checks.
const run = (text: string) => extract({ id: "t", text, published: "2018-12-05" }).events;
const of = (events: CyberEvent[], type: CyberEvent["type"]) => events.filter((e) => e.type === type);
const pairs = (events: CyberEvent[]) => of(events, "attribution").map((e) => `${e.attributor!.name} -> ${e.accused!.name}`).sort();

test("a city is a local government, hit through a relative clause that also dates the attack", () => {
  const events = run("Two Iranian men were charged over the March 2018 ransomware attack that paralyzed Atlanta city government services.");
  const attacks = of(events, "attack");
  assert.deepEqual(attacks.map((e) => [e.victim!.name, e.victim!.kind, e.date?.value]), [["City of Atlanta", "government", "2018-03"]]);
});

test("'the city of X' names the city, and a later bare 'X' is the same actor", () => {
  const events = run("The ransomware attack crippled the city of Springfield in March. The Springfield attack cost millions, officials said.");
  assert.deepEqual(of(events, "attack").map((e) => e.victim!.name), ["City of Springfield"]);
});

test("a date that refines an earlier one is the event's date", () => {
  const events = run("Hackers hit the city of Springfield's network in March. The indictment describes the March 22 assault on Springfield's network.");
  assert.deepEqual(of(events, "attack").map((e) => e.date), [{ value: "2018-03-22", precision: "day" }]);
});

test("participles used as adjectives and a product's users are no victims", () => {
  assert.deepEqual(of(run("Critics mocked the idea of a hacked Samsung TV spying on its owners."), "attack"), []);
  assert.deepEqual(of(run("The new ransomware only targets Microsoft Windows users."), "attack"), []);
});

test("'pin the attack on X' blames X; it does not make X the victim", () => {
  const events = run("Officials tried to pin the 2014 cyberattack on North Korea.");
  assert.deepEqual(of(events, "attack"), []);
});

test("a passive with a pronoun subject takes the pronoun's referent or nothing, never an earlier name", () => {
  const events = run("The National Cyber Security Centre has warned known victims that they have been compromised.");
  assert.deepEqual(of(events, "attack"), []);
});

test("only a definite compound names a victim: 'the Sony hack', not 'CIA attacks'", () => {
  assert.deepEqual(of(run("Investigators linked the Sony hack to North Korea."), "attack").map((e) => e.victim!.name), ["Sony"]);
  assert.deepEqual(of(run("The tools could trick investigators into falsely attributing CIA attacks to other states."), "attack"), []);
});

test("the report's authors, named in one sentence, are the source wherever the report is cited", () => {
  const events = run(
    "The group behind the attacks, named APT10, used custom malware to target IT providers, according to the report's authors. " +
      "The report's authors included the National Cyber Security Centre and accountancy firm PwC.",
  );
  // (A state's body speaks as the state: the NCSC's claim is the United Kingdom's.)
  assert.deepEqual(pairs(events), ["PwC -> APT10", "United Kingdom -> APT10"]);
});

test("'frequently attributed to' reports a claim; 'into attributing' is a false flag", () => {
  assert.deepEqual(pairs(run("The email uses a technique that a Trend Micro report linked to Pawn Storm, an espionage campaign frequently attributed to Russian intelligence.")), [
    "Trend Micro -> APT28",
    "unspecified -> Russian intelligence",
  ]);
  assert.deepEqual(pairs(run("The CIA could mislead investigators into attributing the hacks to Russia.")), []);
});

test("a nominal attribution: the possessor made the claim", () => {
  const events = run("Critics questioned the US' attribution of last year's DNC hacks to Russia.");
  assert.deepEqual(pairs(events), ["United States -> Russia"]);
});

test("an unsourced 'was behind' yields to a named source blaming the same group", () => {
  const events = run("Symantec said the Lazarus Group carried out the attack on the bank. The Lazarus Group was behind the Sony hack.");
  assert.deepEqual(pairs(events), ["Symantec -> Lazarus Group"]);
});

test("an unsourced accusation stands beside a named one ('has been accused of')", () => {
  const events = run("Microsoft said the hack was the work of the Lazarus Group. The Lazarus Group has been accused of many cyberattacks on banks.");
  assert.deepEqual(pairs(events), ["Microsoft -> Lazarus Group", "unspecified -> Lazarus Group"]);
});

test("those accused in an indictment are accused by the prosecuting state", () => {
  const events = run(
    "A federal grand jury in Atlanta returned an indictment Tuesday against Ali Rezaei over the ransomware attack, the Justice Department said. " +
      "Ali Rezaei is accused of using ransomware to encrypt the computers of the city of Atlanta.",
  );
  assert.deepEqual(pairs(events), ["United States -> Ali Rezaei"]);
  assert.equal(of(events, "attribution")[0]!.evidence.length, 2, "the second sentence is evidence of the same claim");
});

test("a described group is the one group of that country the article names", () => {
  const events = run("A Chinese hacking group is thought to be behind the attacks. PwC said APT10 conducted the espionage campaign.");
  assert.deepEqual(pairs(events), ["PwC -> APT10"]);
});

test("'foreign intelligence services' belong to no state in focus", () => {
  const events = run("The CIA library holds malware samples attributed to foreign intelligence services.");
  assert.ok(of(events, "attribution").every((e) => e.accused!.country !== "US"), pairs(events).join("\n"));
});

test("a description right before a name is that name: 'Italian company Hacking Team'", () => {
  const events = run("The hacker targeted Italian company Hacking Team in a cyberattack.");
  assert.deepEqual(of(events, "attack").map((e) => [e.victim!.name, e.victim!.country]), [["Hacking Team", "IT"]]);
});

test("data taken from a named organization makes it a victim; an origin does not", () => {
  const events = run("In 2014 a hacker publicly released 40GB of data from surveillance company Gamma International.");
  assert.deepEqual(of(events, "attack").map((e) => [e.victim!.name, e.attackType, e.date?.value]), [["Gamma International", "leak", "2014"]]);
  assert.deepEqual(of(run("The report says cyber espionage out of China continues."), "attack"), []);
});

test("'X reported being infected' makes X the victim", () => {
  const events = run("Drug maker Merck reported being infected by the ransomware on Tuesday.");
  assert.deepEqual(of(events, "attack").map((e) => e.victim!.name), ["Merck"]);
});

test("a maker named before its product was not hit: 'Microsoft Exchange email servers'", () => {
  const events = run("The US accused China of being behind the hacking of Microsoft Exchange email servers.");
  assert.deepEqual(of(events, "attack"), []);
});

test("investigators and open questions are not victims or culprits", () => {
  assert.deepEqual(of(run("Security company Group-IB investigated the ransomware attack."), "attack"), []);
  assert.deepEqual(of(run("ESET did not say who was responsible for the cyberattack."), "attribution"), []);
});

test("a named gang is no request ('a gang called DarkSide'); a participle with an object is a main verb", () => {
  assert.deepEqual(pairs(run("The FBI said on Monday that a ransomware gang called DarkSide was responsible for the cyberattack.")), [
    "United States -> DarkSide",
  ]);
  assert.deepEqual(pairs(run("In October 2016, U.S. intelligence officials publicly accused the Russian government of directing the hacking.")), [
    "United States -> Russia",
  ]);
});

test("'on charges of hacking X' names the crime; X and its possessive owner are no defendants", () => {
  const events = run(
    "A federal grand jury has indicted 12 officers of Russia's GRU on charges of hacking the Democratic National Committee and Hillary Clinton's campaign, the Justice Department said.",
  );
  assert.ok(of(events, "legal").every((e) => e.target!.name !== "Hillary Clinton" && e.target!.name !== "Democratic National Committee"));
});

test("claims of responsibility name the claimant as both sides", () => {
  assert.deepEqual(pairs(run("The hacktivist group Anonymous Sudan claimed that they were responsible for the data leak.")), [
    "Anonymous Sudan -> Anonymous Sudan",
  ]);
  assert.deepEqual(pairs(run("A hacking group called Team Vortex claims to have infiltrated the ministry's servers.")), ["Team Vortex -> Team Vortex"]);
});

test("'was hacked by X' names X as the perpetrator", () => {
  assert.deepEqual(pairs(run("The forum was hacked by the hacking group OurMine last month.")), ["unspecified -> OurMine"]);
});

test("those acting together each act; the one who pleads guilty is the defendant", () => {
  const events = run(
    "Italian police, together with the FBI, arrested Marco Bellini over the malware campaign. " +
      "Another man, Tunde Bakare, also pleaded guilty to hacking the payroll systems, prosecutors in Vermont said.",
  );
  const legal = of(events, "legal").map((e) => `${e.action} ${e.actor!.name} -> ${e.target!.name}`).sort();
  assert.deepEqual(legal, ["arrest Italy -> Marco Bellini", "arrest United States -> Marco Bellini", "conviction United States -> Tunde Bakare"]);
});

test("weak names fill no key role: titles, ordinary words, products and their makers", () => {
  assert.deepEqual(of(run("CPS Chief Operating Officer Arnie Rivera said the district learned of the data breach on Wednesday."), "attack"), []);
  assert.deepEqual(of(run("No sensitive information like Social Security Numbers was leaked in the breach."), "attack"), []);
  assert.deepEqual(of(run("He tested the destruction attack on printers from Brother and Lexmark."), "attack"), []);
  assert.deepEqual(of(run("The ransomware compromised networks running outdated versions of the JBoss content management application."), "attack"), []);
});

test("'responsible for' a share is no blame; active linking needs an object", () => {
  assert.deepEqual(pairs(run("VKontakte was responsible for 20.8% of the leaked accounts, and LinkedIn for 12.9%.")), []);
  assert.deepEqual(pairs(run("The weak link is the insecure servers that the hacked apps connect to, Hardy said.")), []);
});

test("a company denies only involvement; 'called the allegations false' about a flaw is no denial", () => {
  assert.deepEqual(of(run("WhatsApp called the allegations of a backdoor false after the hacking report."), "denial"), []);
  assert.deepEqual(of(run("Mailinator, a provider of a free email service, denied any involvement in the cyberattack."), "denial").map((e) => e.denier!.name), ["Mailinator"]);
});

test("a short company name is the longer one the article names ('Sony' for Sony Pictures Entertainment)", () => {
  const events = run("Hackers breached Sony Pictures Entertainment in November. The attack on Sony wiped data from company computers.");
  assert.deepEqual(of(events, "attack").map((e) => e.victim!.name), ["Sony Pictures"]);
});

test("money stolen from a named bank makes it the victim; a group named in so many words can be blamed", () => {
  assert.deepEqual(of(run("They accused him of taking part in the cyber theft of $81 million from Bangladesh Bank in 2016."), "attack").map((e) => e.victim!.name), ["Bangladesh Bank"]);
  assert.deepEqual(pairs(run("Dragos, a U.S. firm that calls the malware CrashOverride, said the tool was used by a group it tracks as Electrum.")), ["Dragos -> Electrum"]);
});

test("the target of an operation one is linked to is not the accused", () => {
  assert.deepEqual(pairs(run("Fancy Bear has been linked to a hacking campaign against Democratic Party members.")), ["unspecified -> APT28"]);
});

test("an unnamed subject right before the verb is no earlier name; 'the Trump administration' is the United States", () => {
  const events = run("The Atlanta attack cost millions, and one way federal agents connected the breach to Ali Rezaei was the payment.");
  assert.ok(of(events, "attribution").every((e) => e.attributor!.name !== "City of Atlanta" && e.attributor!.name !== "Atlanta"), pairs(events).join("\n"));
  assert.deepEqual(pairs(run("The Trump administration has formally accused North Korea of unleashing the WannaCry ransomware.")), ["United States -> North Korea"]);
});

test("an attack takes its own date, not the announcement's; a noun takes a date in its own phrase", () => {
  const events = run("A grand jury indicted 12 officers on charges of hacking the Democratic National Committee in 2016, the deputy attorney general announced on Friday.");
  assert.deepEqual(of(events, "attack").map((e) => e.date?.value), ["2016"]);
  assert.deepEqual(of(run("The cyberattack on Sony in late November wiped data from company computers."), "attack").map((e) => e.date?.value), ["2018-11"]);
  const hung = run("The intrusions resemble an infamous 2012 hacking operation that disrupted multiple Saudi energy companies.");
  assert.deepEqual(of(hung, "attack").map((e) => [e.victim!.country, e.date?.value]), [["SA", "2012"]]);
});

test("phished users are not their provider; a breach of a firm's customer data is the firm's", () => {
  assert.deepEqual(of(run("A convincing phishing attack is hitting Gmail users with a fake login page."), "attack"), []);
  assert.deepEqual(of(run("Payday loan firm Wonga has suffered a data breach affecting up to 245,000 customers in the U.K."), "attack").map((e) => e.victim!.name), ["Wonga"]);
});

test("a body after a possessive and a noun is the possessor's ('Italy's tax police')", () => {
  const events = run("The Japanese embassy was not involved. The list of hacking victims includes members of Italy's tax police.");
  assert.deepEqual(of(events, "attack").map((e) => e.victim!.country), ["IT"]);
});

test("an unnamed claimant claims nothing for a named bystander; a response team is no threat group", () => {
  assert.deepEqual(pairs(run("CD Projekt Red took to Twitter to say it was approached by extortionists who claimed to have stolen files.")), []);
  assert.deepEqual(pairs(run("According to the Cisco Product Security Incident Response Team, the flaws could let a remote attacker hack a targeted system.")), []);
});

test("research is no attribution; a claimant stands right before the claim", () => {
  assert.deepEqual(pairs(run("In tests carried out by Vasilios Mavroudis, the researcher intercepted traffic from the malware.")), []);
  assert.deepEqual(pairs(run("Disney boss Bob Iger said hackers are trying to extort money by threatening to release a film they claim to have stolen.")), []);
});

test("'the bank that was targeted' is no earlier name; 'the hacking capacity of the CIA' is no attack on it", () => {
  assert.deepEqual(of(run("Kaspersky isn't releasing the name of the bank that was targeted in the attack."), "attack"), []);
  assert.deepEqual(of(run("The leaked collection gives its possessor the entire hacking capacity of the CIA, WikiLeaks said."), "attack"), []);
});

test("a victim saying there is no evidence of continued activity denies nothing", () => {
  assert.deepEqual(of(run("The company said unauthorized access to the hacked servers has been shut off and there is no evidence of continued unauthorized activity."), "denial"), []);
});

test("servers that had been infected are their owner's; a quoted group name claims for itself", () => {
  assert.deepEqual(of(run("The city of West Haven paid $2,000 to unlock 23 servers that had been infected with ransomware."), "attack").map((e) => e.victim!.name), ["City of West Haven"]);
  assert.deepEqual(pairs(run('A hacker group going by the pseudonym "Bozkurt Hackers" claimed responsibility for the data breach.')), ["Bozkurt -> Bozkurt"]);
});

test("a joint condemnation is one event per state; 'sanctions on X and on Y' reach both", () => {
  const events = run("British Prime Minister Theresa May and her Dutch counterpart, Mark Rutte, issued a joint statement condemning the GRU for the cyberattack.");
  assert.deepEqual(of(events, "condemnation").map((e) => e.actor!.name).sort(), ["Netherlands", "United Kingdom"]);
  const sanctions = run("The Treasury Department also imposed sanctions on the Lazarus Group and on Chosun Expo over the hacking.");
  assert.deepEqual(of(sanctions, "sanction").map((e) => e.target!.name).sort(), ["Chosun Expo", "Lazarus Group"]);
});

test("whoever released a report naming X as linked to attacks makes the claim", () => {
  const events = run("Last December the US Intelligence Community released a report naming APT28 as being linked to numerous cyberattacks.");
  assert.ok(pairs(events).includes("United States -> APT28"), pairs(events).join("\n"));
});
