// Albania severs ties with Iran over the July 2022 cyberattack (published Thursday 2022-09-08).
const albania = { name: "Albania", kind: "state", country: "AL", aliases: ["Tirana"] };
const iran = { name: "Iran", kind: "state", country: "IR", aliases: ["Tehran", "Islamic Republic"] };
const us = { name: "United States", kind: "state", country: "US", aliases: ["Washington", "White House"] };
const mois = {
  name: "Ministry of Intelligence and Security", kind: "government", country: "IR",
  aliases: ["MOIS", "Iran's intelligence ministry"],
};

export default {
  slug: "albania-cuts-ties-with-iran",
  title: "Albania cuts diplomatic ties with Iran over July cyberattack",
  published: "2022-09-08",
  paragraphs: [
    `Albania broke off diplomatic relations with Iran on Wednesday and gave the Iranian embassy's diplomats and
    staff 24 hours to leave the country, saying Tehran had orchestrated a cyberattack that crippled government
    websites in July.`,
    `Prime Minister Edi Rama said in a video statement that an investigation had produced clear evidence that
    the Islamic Republic sponsored the attack and hired four groups to carry it out. Albania is believed to be the
    first country to cut ties with another over a cyber operation.`,
    `The attack in mid-July knocked out the e-Albania portal, through which citizens reach most public services,
    along with other official websites. A group calling itself Homeland Justice claimed responsibility at the time
    and posted messages attacking the Iranian opposition group Mojahedin-e Khalq, whose members Albania has
    sheltered since 2013.`,
    `Cybersecurity firm Mandiant said last month that the ransomware used in the attack was likely deployed by
    hackers working in support of Iran's interests. On Thursday, Microsoft said in a report that actors sponsored
    by Iran's Ministry of Intelligence and Security were behind the operation.`,
    `Washington backed its NATO ally. National Security Council spokeswoman Adrienne Watson said the United
    States strongly condemned Iran's cyberattack against Albania and that Iran would be held accountable.`,
    `Iran's foreign ministry spokesman, Nasser Kanaani, rejected the accusation as baseless on Wednesday and
    condemned Albania's decision to expel the diplomats.`,
    `It was not clear whether other NATO members would take similar steps. Government websites are a frequent
    target for politically motivated hackers, and few such attacks lead to a diplomatic rupture.`,
  ],
  events: [
    {
      type: "attack", victim: { name: "Albanian government websites", kind: "government", country: "AL", aliases: ["e-Albania"] },
      attackType: "disruption", date: { value: "2022-07", precision: "month" },
      systems: "e-Albania portal and other official websites",
      quotes: ["The attack in mid-July knocked out the e-Albania portal, through which citizens reach most public services, along with other official websites."],
    },
    {
      type: "attribution", attributor: albania, accused: iran, date: { value: "2022-09-07", precision: "day" },
      quotes: [
        "saying Tehran had orchestrated a cyberattack that crippled government websites in July",
        "Prime Minister Edi Rama said in a video statement that an investigation had produced clear evidence that the Islamic Republic sponsored the attack and hired four groups to carry it out.",
      ],
    },
    {
      type: "attribution",
      attributor: { name: "Homeland Justice", kind: "group" }, accused: { name: "Homeland Justice", kind: "group" },
      date: { value: "2022-07", precision: "month" },
      quotes: ["A group calling itself Homeland Justice claimed responsibility at the time"],
    },
    {
      type: "attribution", attributor: { name: "Mandiant", kind: "company" },
      accused: { name: "hackers working in support of Iran's interests", kind: "group", country: "IR" },
      hedged: true, date: { value: "2022-08", precision: "month" },
      quotes: ["Cybersecurity firm Mandiant said last month that the ransomware used in the attack was likely deployed by hackers working in support of Iran's interests."],
    },
    {
      type: "attribution", attributor: { name: "Microsoft", kind: "company" }, accused: mois,
      date: { value: "2022-09-08", precision: "day" },
      quotes: ["On Thursday, Microsoft said in a report that actors sponsored by Iran's Ministry of Intelligence and Security were behind the operation."],
    },
    {
      type: "attribution", attributor: us, accused: iran,
      quotes: ["Adrienne Watson said the United States strongly condemned Iran's cyberattack against Albania"],
    },
    {
      type: "condemnation", actor: us, target: iran,
      quotes: ["Adrienne Watson said the United States strongly condemned Iran's cyberattack against Albania"],
    },
    {
      type: "denial", denier: iran, date: { value: "2022-09-07", precision: "day" },
      quotes: ["Iran's foreign ministry spokesman, Nasser Kanaani, rejected the accusation as baseless on Wednesday"],
    },
    {
      type: "diplomatic", action: "sever_relations", actor: albania, target: iran, date: { value: "2022-09-07", precision: "day" },
      quotes: ["Albania broke off diplomatic relations with Iran on Wednesday"],
    },
    {
      type: "diplomatic", action: "expel_diplomats", actor: albania, target: iran, date: { value: "2022-09-07", precision: "day" },
      quotes: ["gave the Iranian embassy's diplomats and staff 24 hours to leave the country"],
    },
  ],
  notes:
    "Watson's statement is both a condemnation and an attribution of Iran (undated: the text gives no day). Iran condemning Albania's expulsion is not a condemnation event (not about a cyber operation). 'Iran would be held accountable' is a pledge; the closing generic sentence and the open question about NATO are not events. Homeland Justice's claim is dated to July ('at the time').",
};
