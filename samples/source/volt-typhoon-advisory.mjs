// Microsoft and Five Eyes agencies expose Volt Typhoon (published Friday 2023-05-26).
const volt = { name: "Volt Typhoon", kind: "group", country: "CN" };
const china = { name: "China", kind: "state", country: "CN", aliases: ["Beijing"] };
const state = (name, country, aliases) => ({ name, kind: "state", country, ...(aliases ? { aliases } : {}) });

export default {
  slug: "volt-typhoon-advisory",
  title: "Chinese state hackers found lurking in US infrastructure networks",
  published: "2023-05-26",
  paragraphs: [
    `A Chinese state-sponsored hacking group has been quietly burrowing into critical infrastructure networks in the
    United States, including on the Pacific island of Guam, Microsoft said on Wednesday.`,
    `The company said the group, which it calls Volt Typhoon, had been active since mid-2021 and had targeted
    communications, utilities, transportation and government organizations. Microsoft assessed that the campaign
    was likely aimed at developing capabilities that could disrupt communications between the United States and
    Asia during a future crisis.`,
    `On the same day, cybersecurity agencies from the United States, Britain, Canada, Australia and New Zealand
    published a joint advisory that attributed the activity to a People's Republic of China state-sponsored actor,
    Volt Typhoon, and described how it evades detection by using tools already built into Windows.`,
    `Guam hosts major U.S. military bases and would be central to any American response to a conflict over Taiwan.
    No disruption has been reported.`,
    `China's foreign ministry dismissed the reports on Thursday. Spokeswoman Mao Ning called them a collective
    disinformation campaign by the Five Eyes countries, launched by Washington for geopolitical purposes.`,
    `Hackers linked to several governments routinely probe infrastructure networks, and defenders often struggle
    to tell espionage from preparation for sabotage.`,
  ],
  events: [
    {
      type: "attack", victim: { name: "US critical infrastructure organizations", kind: "organization", country: "US", aliases: ["Guam"] },
      attackType: "espionage",
      quotes: [
        "has been quietly burrowing into critical infrastructure networks in the United States, including on the Pacific island of Guam",
        "had been active since mid-2021 and had targeted communications, utilities, transportation and government organizations",
      ],
    },
    {
      type: "attribution", attributor: { name: "Microsoft", kind: "company", country: "US" }, accused: volt,
      date: { value: "2023-05-24", precision: "day" },
      quotes: [
        "A Chinese state-sponsored hacking group has been quietly burrowing into critical infrastructure networks in the United States, including on the Pacific island of Guam, Microsoft said on Wednesday.",
        "The company said the group, which it calls Volt Typhoon",
      ],
    },
    ...[
      state("United States", "US", ["Washington"]),
      state("United Kingdom", "GB", ["Britain"]),
      state("Canada", "CA"),
      state("Australia", "AU"),
      state("New Zealand", "NZ"),
    ].map((attributor) => ({
      type: "attribution", attributor, accused: volt, date: { value: "2023-05-24", precision: "day" },
      quotes: ["On the same day, cybersecurity agencies from the United States, Britain, Canada, Australia and New Zealand published a joint advisory that attributed the activity to a People's Republic of China state-sponsored actor, Volt Typhoon"],
    })),
    {
      type: "denial", denier: china, date: { value: "2023-05-25", precision: "day" },
      quotes: [
        "China's foreign ministry dismissed the reports on Thursday.",
        "Spokeswoman Mao Ning called them a collective disinformation campaign",
      ],
    },
  ],
  notes:
    "A joint advisory by five states is one attribution per state. The victim is a sector of a named state (US critical infrastructure, Guam included), left undated: the activity runs from mid-2021 to the present, with no single date. 'Likely aimed at developing capabilities' hedges the purpose, not the attribution. The future-crisis disruption is hypothetical; 'no disruption has been reported' is a negation; the closing sentence is generic.",
};
