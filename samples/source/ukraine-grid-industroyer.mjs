// Researchers describe the malware behind the December 2016 Kyiv blackout (published Tuesday 2017-06-13).
const russia = { name: "Russia", kind: "state", country: "RU", aliases: ["Moscow"] };

export default {
  slug: "ukraine-grid-industroyer",
  title: "Researchers find grid-sabotage malware behind Kiev blackout",
  published: "2017-06-13",
  paragraphs: [
    `Security researchers said on Monday that they had identified the malicious software used to black out part
    of Kiev last December, calling it the most advanced tool yet seen for attacking electric grids.`,
    `The attack on a transmission substation run by the state grid operator Ukrenergo cut power to customers in
    the north of the capital for about an hour. Slovak security company ESET, which named the malware Industroyer,
    said it could talk directly to circuit breakers and switches using industrial protocols.`,
    `ESET did not say who was responsible. Dragos, a U.S. firm that studied the same code and calls it CrashOverride,
    said it had high confidence that the tool was used by a group it tracks as Electrum, which it said has ties to
    the Sandworm team.`,
    `The December 2016 outage came a year after hackers switched off electricity to about 225,000 customers in Ukraine
    on Dec. 23, 2015, in an attack on regional distribution companies including Prykarpattyaoblenergo.
    Ukraine's SBU security service blamed Russian special services for that earlier attack.`,
    `Russia has rejected accusations that it was behind either blackout.`,
    `Researchers warned that the malware could be adapted to target grids in Europe or the United States,
    although they said such an attack would require considerable preparation. Utilities often rely on decades-old
    control equipment that was never designed with hackers in mind.`,
  ],
  events: [
    {
      type: "attack", victim: { name: "Ukrenergo", kind: "company", country: "UA" },
      attackType: "disruption", date: { value: "2016-12", precision: "month" }, systems: "transmission substation",
      quotes: [
        "the malicious software used to black out part of Kiev last December",
        "The attack on a transmission substation run by the state grid operator Ukrenergo cut power to customers in the north of the capital for about an hour.",
      ],
    },
    {
      type: "attack", victim: { name: "Ukrainian regional power distributors", kind: "company", country: "UA", aliases: ["Prykarpattyaoblenergo"] },
      attackType: "disruption", date: { value: "2015-12-23", precision: "day" },
      quotes: ["hackers switched off electricity to about 225,000 customers in Ukraine on Dec. 23, 2015, in an attack on regional distribution companies including Prykarpattyaoblenergo"],
    },
    {
      type: "attribution", attributor: { name: "Dragos", kind: "company", country: "US" },
      accused: { name: "Electrum", kind: "group" }, date: { value: "2017-06-12", precision: "day" },
      quotes: ["Dragos, a U.S. firm that studied the same code and calls it CrashOverride, said it had high confidence that the tool was used by a group it tracks as Electrum"],
    },
    {
      type: "attribution", attributor: { name: "Security Service of Ukraine", kind: "government", country: "UA", aliases: ["SBU"] },
      accused: { name: "Russian special services", kind: "government", country: "RU" },
      quotes: ["Ukraine's SBU security service blamed Russian special services for that earlier attack."],
    },
    {
      type: "denial", denier: russia,
      quotes: ["Russia has rejected accusations that it was behind either blackout."],
    },
  ],
  notes:
    "ESET declining to name a culprit is no event. Dragos's claim is dated Monday ('said on Monday' covers the researchers' reports); 'high confidence' is not a hedge. Electrum's ties to Sandworm are background and no state is named for either, so Electrum has no country. The warning about Europe and the US is hypothetical; the closing sentence is generic. The 2015 distributors are one sector victim (one named, the rest unnamed).",
};
