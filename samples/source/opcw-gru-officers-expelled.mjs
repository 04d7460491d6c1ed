// The Netherlands reveals the GRU plot against the OPCW (published Friday 2018-10-05).
const netherlands = { name: "Netherlands", kind: "state", country: "NL", aliases: ["Dutch government", "Dutch authorities"] };
const uk = { name: "United Kingdom", kind: "state", country: "GB", aliases: ["Britain"] };
const us = { name: "United States", kind: "state", country: "US", aliases: ["Justice Department"] };
const russia = { name: "Russia", kind: "state", country: "RU", aliases: ["Moscow"] };
const gru = { name: "GRU", kind: "government", country: "RU", aliases: ["Russian military intelligence", "Russia's military intelligence agency"] };
const gruOfficers = { name: "seven GRU officers", kind: "government", country: "RU", aliases: ["Russian military intelligence officers"] };

export default {
  slug: "opcw-gru-officers-expelled",
  title: "Dutch say they foiled Russian hacking plot against chemical weapons watchdog",
  published: "2018-10-05",
  paragraphs: [
    `Dutch authorities said on Thursday that they had disrupted an attempt by Russia's military intelligence agency
    to hack into the Organisation for the Prohibition of Chemical Weapons in The Hague, and that they had expelled
    the four Russian officers involved.`,
    `The men, who travelled on diplomatic passports, were caught in April in a rented car parked outside a hotel
    next to the watchdog's headquarters. The car's boot held equipment meant to break into the organisation's
    Wi-Fi network, the head of Dutch military intelligence, Major General Onno Eichelsheim, told reporters. All
    four were put on a plane to Moscow the same month.`,
    `Defence Minister Ank Bijleveld said the officers belonged to the GRU. At the time, the OPCW was examining the
    nerve-agent attack on former spy Sergei Skripal in Salisbury. Dutch officials said the men had also planned to
    travel to a Swiss laboratory that works with the watchdog.`,
    `British Prime Minister Theresa May and her Dutch counterpart, Mark Rutte, issued a joint statement condemning
    the GRU for what they called a reckless campaign against international institutions.`,
    `In Washington, the Justice Department charged seven GRU officers, including the four caught in The Hague,
    with hacking anti-doping agencies and other organisations.`,
    `Russia's foreign ministry dismissed the Dutch account on Thursday as the product of spy mania and denied that
    Moscow had tried to hack the watchdog.`,
  ],
  events: [
    {
      type: "attack", victim: { name: "Organisation for the Prohibition of Chemical Weapons", kind: "organization", aliases: ["OPCW"] },
      attackType: "intrusion", date: { value: "2018-04", precision: "month" }, systems: "Wi-Fi network",
      quotes: [
        "they had disrupted an attempt by Russia's military intelligence agency to hack into the Organisation for the Prohibition of Chemical Weapons in The Hague",
        "The car's boot held equipment meant to break into the organisation's Wi-Fi network",
      ],
    },
    {
      type: "attribution", attributor: netherlands, accused: gru, date: { value: "2018-10-04", precision: "day" },
      quotes: [
        "Dutch authorities said on Thursday that they had disrupted an attempt by Russia's military intelligence agency to hack into the Organisation for the Prohibition of Chemical Weapons",
        "Defence Minister Ank Bijleveld said the officers belonged to the GRU.",
      ],
    },
    {
      type: "diplomatic", action: "expel_diplomats", actor: netherlands, target: russia, date: { value: "2018-04", precision: "month" },
      quotes: [
        "they had expelled the four Russian officers involved",
        "All four were put on a plane to Moscow the same month.",
      ],
    },
    {
      type: "condemnation", actor: uk, target: gru,
      quotes: ["British Prime Minister Theresa May and her Dutch counterpart, Mark Rutte, issued a joint statement condemning the GRU"],
    },
    {
      type: "condemnation", actor: netherlands, target: gru,
      quotes: ["British Prime Minister Theresa May and her Dutch counterpart, Mark Rutte, issued a joint statement condemning the GRU"],
    },
    {
      type: "legal", action: "indictment", actor: us, target: gruOfficers,
      quotes: ["In Washington, the Justice Department charged seven GRU officers, including the four caught in The Hague, with hacking anti-doping agencies and other organisations."],
    },
    {
      type: "attribution", attributor: us, accused: gruOfficers,
      quotes: ["In Washington, the Justice Department charged seven GRU officers, including the four caught in The Hague, with hacking anti-doping agencies and other organisations."],
    },
    {
      type: "denial", denier: russia, date: { value: "2018-10-04", precision: "day" },
      quotes: ["Russia's foreign ministry dismissed the Dutch account on Thursday as the product of spy mania and denied that Moscow had tried to hack the watchdog."],
    },
  ],
  notes:
    "The foiled attempt is an attack (intrusion) on the OPCW, dated April. The expulsion of officers on diplomatic passports is expel_diplomats, dated April ('the same month'). The joint statement is one condemnation per state. The charges give one legal and one attribution with an unnamed collective target; the charge is undated (no day given), and 'anti-doping agencies' are too vague to be victims. The planned trip to the Swiss laboratory is not an attack; the Skripal poisoning is not a cyber operation.",
};
