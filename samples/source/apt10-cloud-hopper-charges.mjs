// US charges two APT10 hackers; allies blame China's MSS (published Friday 2018-12-21).
const us = { name: "United States", kind: "state", country: "US", aliases: ["Justice Department"] };
const uk = { name: "United Kingdom", kind: "state", country: "GB", aliases: ["Britain", "Foreign Office"] };
const australia = { name: "Australia", kind: "state", country: "AU" };
const china = { name: "China", kind: "state", country: "CN", aliases: ["Beijing"] };
const mss = { name: "Ministry of State Security", kind: "government", country: "CN", aliases: ["MSS"] };
const zhuHua = { name: "Zhu Hua", kind: "person", country: "CN" };
const zhangShilong = { name: "Zhang Shilong", kind: "person", country: "CN" };

export default {
  slug: "apt10-cloud-hopper-charges",
  title: "US charges Chinese hackers as allies accuse Beijing of global spying campaign",
  published: "2018-12-21",
  paragraphs: [
    `The Justice Department on Thursday unsealed charges against two Chinese nationals, Zhu Hua and Zhang Shilong,
    accusing them of belonging to the hacking group known as APT10 and of stealing data from companies and
    government agencies in at least a dozen countries.`,
    `Prosecutors said the two men worked with China's Ministry of State Security. Their targets allegedly included
    managed service providers, which run computer systems for other businesses, and the U.S. Navy, from which
    personal data on more than 100,000 personnel was taken.`,
    `Britain said on the same day that APT10 had carried out the campaign, which researchers dubbed Operation
    Cloud Hopper, on behalf of the Ministry of State Security. Australia also pointed to actors working for
    the ministry, and several other allies voiced support.`,
    `China rejected the accusations on Friday. Foreign ministry spokeswoman Hua Chunying said Beijing had never
    taken part in or supported the theft of trade secrets and urged Washington to withdraw what she called
    groundless claims.`,
    `The two men are believed to be in China and are unlikely to face trial. Deputy Attorney General Rod Rosenstein
    urged China to keep its 2015 promise to stop hacking for commercial gain. It was unclear whether sanctions would follow.`,
  ],
  events: [
    {
      type: "legal", action: "indictment", actor: us, target: zhuHua, date: { value: "2018-12-20", precision: "day" },
      quotes: ["The Justice Department on Thursday unsealed charges against two Chinese nationals, Zhu Hua and Zhang Shilong"],
    },
    {
      type: "legal", action: "indictment", actor: us, target: zhangShilong, date: { value: "2018-12-20", precision: "day" },
      quotes: ["The Justice Department on Thursday unsealed charges against two Chinese nationals, Zhu Hua and Zhang Shilong"],
    },
    {
      type: "attribution", attributor: us, accused: zhuHua, date: { value: "2018-12-20", precision: "day" },
      quotes: ["The Justice Department on Thursday unsealed charges against two Chinese nationals, Zhu Hua and Zhang Shilong, accusing them of belonging to the hacking group known as APT10 and of stealing data"],
    },
    {
      type: "attribution", attributor: us, accused: zhangShilong, date: { value: "2018-12-20", precision: "day" },
      quotes: ["The Justice Department on Thursday unsealed charges against two Chinese nationals, Zhu Hua and Zhang Shilong, accusing them of belonging to the hacking group known as APT10 and of stealing data"],
    },
    {
      type: "attribution", attributor: us, accused: mss,
      quotes: ["Prosecutors said the two men worked with China's Ministry of State Security."],
    },
    {
      type: "attribution", attributor: uk, accused: mss, date: { value: "2018-12-20", precision: "day" },
      quotes: ["Britain said on the same day that APT10 had carried out the campaign, which researchers dubbed Operation Cloud Hopper, on behalf of the Ministry of State Security."],
    },
    {
      type: "attribution", attributor: uk, accused: { name: "APT10", kind: "group", country: "CN" }, date: { value: "2018-12-20", precision: "day" },
      quotes: ["Britain said on the same day that APT10 had carried out the campaign, which researchers dubbed Operation Cloud Hopper, on behalf of the Ministry of State Security."],
    },
    {
      type: "attribution", attributor: australia, accused: mss,
      quotes: ["Australia also pointed to actors working for the ministry"],
    },
    {
      type: "attack", victim: { name: "U.S. Navy", kind: "government", country: "US" }, attackType: "data-theft",
      quotes: ["the U.S. Navy, from which personal data on more than 100,000 personnel was taken"],
    },
    {
      type: "denial", denier: china, date: { value: "2018-12-21", precision: "day" },
      quotes: [
        "China rejected the accusations on Friday.",
        "Foreign ministry spokeswoman Hua Chunying said Beijing had never taken part in or supported the theft of trade secrets",
      ],
    },
  ],
  notes:
    "Two named defendants: one legal and one attribution each. Britain names both APT10 (group) and the MSS (its sponsor), two accused. Australia's statement is undated ('also' without a day). 'Several other allies voiced support' names no one; managed service providers are unnamed victims; Rosenstein's appeal is no event; the sanctions question is not an event.",
};
