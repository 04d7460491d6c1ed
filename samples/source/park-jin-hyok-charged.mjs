// US charges North Korean programmer Park Jin Hyok (published Friday 2018-09-07).
const us = { name: "United States", kind: "state", country: "US", aliases: ["Justice Department", "Treasury Department"] };
const park = { name: "Park Jin Hyok", kind: "person", country: "KP" };
const chosunExpo = { name: "Chosun Expo Joint Venture", kind: "company", country: "KP", aliases: ["Chosun Expo"] };

export default {
  slug: "park-jin-hyok-charged",
  title: "North Korean programmer charged over Sony hack and WannaCry",
  published: "2018-09-07",
  paragraphs: [
    `The Justice Department on Thursday charged a North Korean computer programmer over some of the most damaging
    cyberattacks of recent years, including the 2014 hack of Sony Pictures Entertainment and the WannaCry
    ransomware outbreak.`,
    `Prosecutors said in a criminal complaint that Park Jin Hyok conspired with other hackers working for the
    North Korean government. They accused him of taking part in the theft of $81 million from Bangladesh Bank in
    2016 and in creating the WannaCry malware, which in May 2017 disrupted parts of Britain's National Health
    Service.`,
    `According to the complaint, Park worked for Chosun Expo Joint Venture, which officials described as a front
    company for North Korean military intelligence. Officials said the team he belonged to is the one private
    security firms have nicknamed the Lazarus Group.`,
    `The Treasury Department also imposed sanctions on Park and on Chosun Expo on Thursday, barring Americans from
    doing business with them.`,
    `Park is thought to be in North Korea, and he is unlikely ever to appear in an American courtroom. North
    Korea's mission to the United Nations did not respond to a request for comment.`,
    `Officials said the charges were meant to show that hackers working for foreign governments can be identified
    even when they cannot be arrested, and vowed to keep pursuing them.`,
  ],
  events: [
    {
      type: "legal", action: "indictment", actor: us, target: park, date: { value: "2018-09-06", precision: "day" },
      quotes: [
        "The Justice Department on Thursday charged a North Korean computer programmer",
        "Prosecutors said in a criminal complaint that Park Jin Hyok conspired with other hackers working for the North Korean government.",
      ],
    },
    {
      type: "attribution", attributor: us, accused: park, date: { value: "2018-09-06", precision: "day" },
      quotes: [
        "The Justice Department on Thursday charged a North Korean computer programmer over some of the most damaging cyberattacks of recent years",
        "They accused him of taking part in the theft of $81 million from Bangladesh Bank in 2016 and in creating the WannaCry malware",
      ],
    },
    {
      type: "attribution", attributor: us, accused: { name: "Lazarus Group", kind: "group", country: "KP" },
      quotes: ["Officials said the team he belonged to is the one private security firms have nicknamed the Lazarus Group."],
    },
    {
      type: "sanction", imposer: us, target: park, date: { value: "2018-09-06", precision: "day" },
      quotes: ["The Treasury Department also imposed sanctions on Park and on Chosun Expo on Thursday"],
    },
    {
      type: "sanction", imposer: us, target: chosunExpo, date: { value: "2018-09-06", precision: "day" },
      quotes: ["The Treasury Department also imposed sanctions on Park and on Chosun Expo on Thursday"],
    },
    {
      type: "attack", victim: { name: "Sony Pictures Entertainment", kind: "company", country: "US", aliases: ["Sony Pictures"] },
      date: { value: "2014", precision: "year" },
      quotes: ["the 2014 hack of Sony Pictures Entertainment"],
    },
    {
      type: "attack", victim: { name: "Bangladesh Bank", kind: "government", country: "BD" },
      attackType: "other", date: { value: "2016", precision: "year" },
      quotes: ["the theft of $81 million from Bangladesh Bank in 2016"],
    },
    {
      type: "attack", victim: { name: "National Health Service", kind: "government", country: "GB", aliases: ["NHS"] },
      attackType: "ransomware", date: { value: "2017-05", precision: "month" },
      quotes: ["which in May 2017 disrupted parts of Britain's National Health Service"],
    },
  ],
  notes:
    "A criminal complaint counts as an indictment (legal) and an attribution by the prosecuting government. Chosun Expo is described as a front company but is not itself accused of the hacks, so it has a sanction and no attribution. The UN mission not responding is not a denial; 'vowed to keep pursuing them' is a pledge.",
};
