// US sanctions North Korea after the Sony Pictures hack (published Saturday 2015-01-03).
const us = { name: "United States", kind: "state", country: "US", aliases: ["Obama administration", "White House"] };
const northKorea = { name: "North Korea", kind: "state", country: "KP", aliases: ["Pyongyang"] };
const fbi = { name: "Federal Bureau of Investigation", kind: "government", country: "US", aliases: ["FBI"] };
const gop = { name: "Guardians of Peace", kind: "group" };

export default {
  slug: "sony-hack-sanctions",
  title: "Obama orders new sanctions on North Korea after Sony hack",
  published: "2015-01-03",
  paragraphs: [
    `President Barack Obama on Friday ordered sanctions against three North Korean organizations and 10 officials,
    the first public step in what the White House called its response to the hacking of Sony Pictures
    Entertainment.`,
    `The targets include the Reconnaissance General Bureau, the country's main intelligence agency, as well as two
    firms involved in the arms trade, the Korea Mining Development Trading Corporation and the Korea Tangun Trading Corporation.`,
    `The attack on Sony in late November wiped data from thousands of company computers and was followed by leaks
    of unreleased films, salary data and embarrassing executive emails. A group calling itself the Guardians
    of Peace claimed responsibility for the break-in.`,
    `The FBI said last month that the North Korean government was responsible. Some private researchers have
    questioned that conclusion, suggesting that disgruntled insiders may have played a part.`,
    `Pyongyang has denied any involvement and proposed a joint investigation with the United States, an offer
    Washington rejected.`,
    `White House spokesman Josh Earnest said the sanctions were only the first part of the response and that other
    measures would follow, some of which might not be seen.`,
  ],
  events: [
    {
      type: "sanction", imposer: us, target: { name: "Reconnaissance General Bureau", kind: "government", country: "KP", aliases: ["RGB"] },
      date: { value: "2015-01-02", precision: "day" },
      quotes: [
        "President Barack Obama on Friday ordered sanctions against three North Korean organizations and 10 officials",
        "The targets include the Reconnaissance General Bureau, the country's main intelligence agency",
      ],
    },
    {
      type: "sanction", imposer: us, target: { name: "Korea Mining Development Trading Corporation", kind: "company", country: "KP", aliases: ["KOMID"] },
      date: { value: "2015-01-02", precision: "day" },
      quotes: [
        "President Barack Obama on Friday ordered sanctions against three North Korean organizations and 10 officials",
        "the Korea Mining Development Trading Corporation",
      ],
    },
    {
      type: "sanction", imposer: us, target: { name: "Korea Tangun Trading Corporation", kind: "company", country: "KP" },
      date: { value: "2015-01-02", precision: "day" },
      quotes: [
        "President Barack Obama on Friday ordered sanctions against three North Korean organizations and 10 officials",
        "the Korea Tangun Trading Corporation",
      ],
    },
    {
      type: "sanction", imposer: us, target: { name: "10 North Korean officials", kind: "government", country: "KP" },
      date: { value: "2015-01-02", precision: "day" },
      quotes: ["President Barack Obama on Friday ordered sanctions against three North Korean organizations and 10 officials"],
    },
    {
      type: "attack", victim: { name: "Sony Pictures Entertainment", kind: "company", country: "US", aliases: ["Sony"] },
      attackType: "wiper", date: { value: "2014-11", precision: "month" },
      quotes: ["The attack on Sony in late November wiped data from thousands of company computers and was followed by leaks of unreleased films, salary data and embarrassing executive emails."],
    },
    {
      type: "attribution", attributor: gop, accused: gop,
      quotes: ["A group calling itself the Guardians of Peace claimed responsibility for the break-in."],
    },
    {
      type: "attribution", attributor: fbi, accused: northKorea, date: { value: "2014-12", precision: "month" },
      quotes: ["The FBI said last month that the North Korean government was responsible."],
    },
    {
      type: "denial", denier: northKorea,
      quotes: ["Pyongyang has denied any involvement and proposed a joint investigation with the United States"],
    },
  ],
  notes:
    "Sanctions on several named targets are one event per target; the unnamed officials form one target. The researchers' doubts and the 'insiders may have played a part' suggestion are not attributions (no one is named) and not denials (third parties). 'Other measures would follow' is a pledge.",
};
