// Symantec links the Bangladesh Bank heist to the Sony hackers (published Friday 2016-05-27).
const symantec = { name: "Symantec", kind: "company", country: "US" };
const lazarus = { name: "Lazarus", kind: "group", country: "KP", aliases: ["Lazarus Group"] };

export default {
  slug: "bangladesh-bank-heist-lazarus",
  title: "Bangladesh bank theft linked to hackers behind Sony attack",
  published: "2016-05-27",
  paragraphs: [
    `The hackers who stole $81 million from Bangladesh's central bank in February are likely linked to the group
    that attacked Sony Pictures in 2014, cybersecurity company Symantec said on Thursday.`,
    `In the Bangladesh Bank theft, attackers sent fraudulent payment orders over the SWIFT messaging network in an
    attempt to move close to $1 billion from the bank's account at the Federal Reserve Bank of New York. Most of
    the orders were blocked, but $81 million reached accounts in the Philippines and has largely not been
    recovered.`,
    `Symantec said the malware used in the theft shared rare code with tools used by Lazarus, a group widely
    believed to work for North Korea. It also found that the same attackers had broken into a bank in the
    Philippines and had earlier tried to steal more than $1 million from Vietnam's Tien Phong Bank.`,
    `The company said it had not established whether money was taken from the Philippine bank, which it did not
    name.`,
    `If North Korea were behind the thefts, a Symantec researcher said, it would be the first known case of a
    state stealing money through hacking. North Korea has not commented on the allegations.`,
    `SWIFT has urged member banks to tighten security. Criminals often go after banks' payment systems, and
    regulators in several countries are now reviewing how lenders protect them.`,
  ],
  events: [
    {
      type: "attack", victim: { name: "Bangladesh Bank", kind: "government", country: "BD", aliases: ["Bangladesh's central bank"] },
      attackType: "other", date: { value: "2016-02", precision: "month" },
      quotes: [
        "The hackers who stole $81 million from Bangladesh's central bank in February",
        "attackers sent fraudulent payment orders over the SWIFT messaging network in an attempt to move close to $1 billion from the bank's account",
      ],
    },
    {
      type: "attack", victim: { name: "Sony Pictures", kind: "company", country: "US", aliases: ["Sony Pictures Entertainment"] },
      date: { value: "2014", precision: "year" },
      quotes: ["the group that attacked Sony Pictures in 2014"],
    },
    {
      type: "attack", victim: { name: "a bank in the Philippines", kind: "company", country: "PH", aliases: ["Philippine bank"] },
      attackType: "intrusion",
      quotes: ["the same attackers had broken into a bank in the Philippines"],
    },
    {
      type: "attack", victim: { name: "Tien Phong Bank", kind: "company", country: "VN" }, attackType: "other",
      quotes: ["had earlier tried to steal more than $1 million from Vietnam's Tien Phong Bank"],
    },
    {
      type: "attribution", attributor: symantec, accused: lazarus, hedged: true, date: { value: "2016-05-26", precision: "day" },
      quotes: [
        "are likely linked to the group that attacked Sony Pictures in 2014, cybersecurity company Symantec said on Thursday",
        "Symantec said the malware used in the theft shared rare code with tools used by Lazarus",
      ],
    },
  ],
  notes:
    "Symantec's link is hedged ('likely'). 'Widely believed to work for North Korea' is background: it gives Lazarus its country but is no separate attribution. The conditional 'if North Korea were behind' is hypothetical; 'has not commented' is no denial. The attacks on the Philippine and Vietnamese banks are undated in the text; 'a bank in the Philippines' is singular and clearly described, so it is a victim. Closing sentences are generic.",
};
