// Estonia under a wave of cyberattacks after the Bronze Soldier row (published Friday 2007-05-18).
const estonia = { name: "Estonia", kind: "state", country: "EE", aliases: ["Tallinn", "Estonian government"] };
const russia = { name: "Russia", kind: "state", country: "RU", aliases: ["Moscow", "the Kremlin"] };

export default {
  slug: "estonia-cyberattacks-2007",
  title: "Estonia battles waves of cyberattacks after statue row with Moscow",
  published: "2007-05-18",
  paragraphs: [
    `Estonia has spent three weeks fending off floods of internet traffic that have repeatedly knocked government
    websites offline, in a campaign that began late last month after Tallinn moved a Soviet war memorial from the
    city centre.`,
    `The denial-of-service attacks have also hit newspapers and banks. Hansabank, the country's largest lender,
    had to restrict access to its online banking service for a time. One of the heaviest waves came on
    May 9, the day Russia marks the Soviet victory in World War II.`,
    `Estonian leaders have blamed Moscow. Foreign Minister Urmas Paet said some of the traffic had been traced to
    computers in Russian state institutions.`,
    `Experts caution that the origin of traffic proves little, since attackers routinely hijack computers around
    the world, and that it is unclear who, if anyone, coordinated the campaign. Much of it appeared to be driven
    by instructions shared on Russian-language forums.`,
    `The Kremlin has denied any involvement. A Russian presidential spokesman said the accusations were
    unfounded.`,
    `NATO has sent specialists to Tallinn to help. Estonia wants the alliance to consider how members should
    respond to such attacks, a question NATO has yet to answer.`,
  ],
  events: [
    {
      type: "attack", victim: { name: "Estonian government websites", kind: "government", country: "EE" },
      attackType: "ddos", date: { value: "2007-04", precision: "month" },
      quotes: ["floods of internet traffic that have repeatedly knocked government websites offline, in a campaign that began late last month"],
    },
    {
      type: "attack", victim: { name: "Hansabank", kind: "company", country: "EE" }, attackType: "ddos",
      systems: "online banking service",
      quotes: ["Hansabank, the country's largest lender, had to restrict access to its online banking service for a time."],
    },
    {
      type: "attribution", attributor: estonia, accused: russia,
      quotes: ["Estonian leaders have blamed Moscow."],
    },
    {
      type: "denial", denier: russia,
      quotes: [
        "The Kremlin has denied any involvement.",
        "A Russian presidential spokesman said the accusations were unfounded.",
      ],
    },
  ],
  notes:
    "Paet's remark about traffic traced to Russian state computers is origin, not blame; the attribution rests on 'blamed Moscow'. 'Newspapers and banks' are unnamed plural victims. The attack date is the campaign's start month ('began late last month'). The May 9 wave is part of the same campaign (begun in April), so no separate event. NATO sending specialists and the open question of a response are not events.",
};
