// US names the SVR for SolarWinds, expels diplomats and imposes sanctions (published Friday 2021-04-16).
const us = { name: "United States", kind: "state", country: "US", aliases: ["Biden administration", "Washington"] };
const uk = { name: "United Kingdom", kind: "state", country: "GB", aliases: ["Britain"] };
const russia = { name: "Russia", kind: "state", country: "RU", aliases: ["Moscow"] };
const svr = { name: "Foreign Intelligence Service", kind: "government", country: "RU", aliases: ["SVR"] };

export default {
  slug: "solarwinds-svr-sanctions",
  title: "US expels Russian diplomats and names SVR as SolarWinds hacker",
  published: "2021-04-16",
  paragraphs: [
    `The Biden administration on Thursday formally named Russia's Foreign Intelligence Service, the SVR, as the
    agency behind the SolarWinds hacking campaign, and ordered 10 Russian diplomats out of the United States.`,
    `The intruders slipped malicious code into updates of SolarWinds' Orion network-management software, giving
    them a foothold in thousands of organizations. At least nine federal agencies were compromised before the
    operation came to light in December.`,
    `The Treasury Department also blacklisted on Thursday six Russian technology companies that it said support the SVR's cyber
    programs. Among the diplomats told to leave were representatives of Russian intelligence services, the White
    House said.`,
    `Britain joined in on the same day. Foreign Secretary Dominic Raab said the SVR was responsible for the
    SolarWinds compromise and urged Moscow to stop its malicious activity.`,
    `Moscow has denied any role in the intrusions. Foreign ministry spokeswoman Maria Zakharova said on Thursday
    that a response to the new measures would be inevitable, without saying what it would be.`,
    `Officials said the steps were meant to be proportionate and that Washington did not want an escalation.
    Whether they will change the Kremlin's behavior is far from certain; hacking of government networks, experts
    note, has become a standard tool of espionage for many intelligence services.`,
  ],
  events: [
    {
      type: "attack", victim: { name: "SolarWinds", kind: "company", country: "US" }, attackType: "intrusion",
      systems: "Orion network-management software updates",
      quotes: ["The intruders slipped malicious code into updates of SolarWinds' Orion network-management software"],
    },
    {
      type: "attack", victim: { name: "US federal agencies", kind: "government", country: "US", aliases: ["nine federal agencies"] },
      attackType: "espionage",
      quotes: ["At least nine federal agencies were compromised before the operation came to light in December."],
    },
    {
      type: "attribution", attributor: us, accused: svr, date: { value: "2021-04-15", precision: "day" },
      quotes: ["The Biden administration on Thursday formally named Russia's Foreign Intelligence Service, the SVR, as the agency behind the SolarWinds hacking campaign"],
    },
    {
      type: "attribution", attributor: uk, accused: svr, date: { value: "2021-04-15", precision: "day" },
      quotes: [
        "Britain joined in on the same day.",
        "Foreign Secretary Dominic Raab said the SVR was responsible for the SolarWinds compromise",
      ],
    },
    {
      type: "diplomatic", action: "expel_diplomats", actor: us, target: russia, date: { value: "2021-04-15", precision: "day" },
      quotes: ["ordered 10 Russian diplomats out of the United States"],
    },
    {
      type: "sanction", imposer: us, target: { name: "six Russian technology companies", kind: "company", country: "RU" },
      date: { value: "2021-04-15", precision: "day" },
      quotes: ["The Treasury Department also blacklisted on Thursday six Russian technology companies that it said support the SVR's cyber programs."],
    },
    {
      type: "denial", denier: russia,
      quotes: ["Moscow has denied any role in the intrusions."],
    },
  ],
  notes:
    "The December date is when the operation came to light, not when it happened, so the attacks are undated. Zakharova's promised response is a threat; 'did not want an escalation' and the closing generic clause are not events. The sanctioned firms are unnamed, so they form one target.",
};
