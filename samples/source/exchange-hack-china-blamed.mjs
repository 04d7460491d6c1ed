// US and allies blame China's MSS for the Microsoft Exchange hack (published Wednesday 2021-07-21).
const us = { name: "United States", kind: "state", country: "US", aliases: ["Washington", "Biden administration"] };
const uk = { name: "United Kingdom", kind: "state", country: "GB", aliases: ["Britain"] };
const china = { name: "China", kind: "state", country: "CN", aliases: ["Beijing"] };
const mss = { name: "Ministry of State Security", kind: "government", country: "CN", aliases: ["MSS"] };
const hafnium = { name: "Hafnium", kind: "group", country: "CN" };
const fourChinese = { name: "four Chinese nationals", kind: "person", country: "CN" };

export default {
  slug: "exchange-hack-china-blamed",
  title: "US and allies accuse China over Microsoft Exchange hack",
  published: "2021-07-21",
  paragraphs: [
    `The United States and a coalition of allies on Monday accused China's Ministry of State Security of being
    behind the hacking of Microsoft Exchange email servers that came to light this spring.`,
    `Tens of thousands of organizations were exposed after attackers exploited previously unknown flaws in the
    email software early this year. Among the victims were the European Banking Authority and Norway's
    parliament, both breached in March.`,
    `Microsoft said in March that the intrusions were the work of a group it calls Hafnium, which it described as
    state-sponsored and operating from China.`,
    `British officials said on Monday that Chinese state-backed hackers were responsible for the Exchange attack.
    The European Union took a more cautious line: it said the malicious activity had been carried out from
    Chinese territory and urged Beijing to act against it, without blaming the Chinese government.`,
    `Separately, the Justice Department unsealed an indictment charging four Chinese nationals with a hacking
    campaign against companies, universities and government agencies between 2011 and 2018. Prosecutors said
    three of them were intelligence officers.`,
    `China's foreign ministry spokesman Zhao Lijian said on Tuesday that the accusations were groundless and that
    Beijing firmly opposed all forms of cyberattack.`,
    `No sanctions were announced, and U.S. officials did not say whether any were being considered.`,
  ],
  events: [
    {
      type: "attribution", attributor: us, accused: mss, date: { value: "2021-07-19", precision: "day" },
      quotes: ["The United States and a coalition of allies on Monday accused China's Ministry of State Security of being behind the hacking of Microsoft Exchange email servers"],
    },
    {
      type: "attack", victim: { name: "European Banking Authority", kind: "organization", aliases: ["EBA"] },
      attackType: "intrusion", date: { value: "2021-03", precision: "month" },
      quotes: ["Among the victims were the European Banking Authority and Norway's parliament, both breached in March."],
    },
    {
      type: "attack", victim: { name: "Norwegian parliament", kind: "government", country: "NO", aliases: ["Norway's parliament", "Storting"] },
      attackType: "intrusion", date: { value: "2021-03", precision: "month" },
      quotes: ["Among the victims were the European Banking Authority and Norway's parliament, both breached in March."],
    },
    {
      type: "attribution", attributor: { name: "Microsoft", kind: "company", country: "US" }, accused: hafnium,
      date: { value: "2021-03", precision: "month" },
      quotes: ["Microsoft said in March that the intrusions were the work of a group it calls Hafnium, which it described as state-sponsored and operating from China."],
    },
    {
      type: "attribution", attributor: uk, accused: { name: "Chinese state-backed hackers", kind: "group", country: "CN" },
      date: { value: "2021-07-19", precision: "day" },
      quotes: ["British officials said on Monday that Chinese state-backed hackers were responsible for the Exchange attack."],
    },
    {
      type: "legal", action: "indictment", actor: us, target: fourChinese,
      quotes: ["the Justice Department unsealed an indictment charging four Chinese nationals with a hacking campaign against companies, universities and government agencies between 2011 and 2018"],
    },
    {
      type: "attribution", attributor: us, accused: fourChinese,
      quotes: ["the Justice Department unsealed an indictment charging four Chinese nationals with a hacking campaign against companies, universities and government agencies between 2011 and 2018"],
    },
    {
      type: "denial", denier: china, date: { value: "2021-07-20", precision: "day" },
      quotes: ["China's foreign ministry spokesman Zhao Lijian said on Tuesday that the accusations were groundless"],
    },
  ],
  notes:
    "The EU's 'carried out from Chinese territory' is origin, not blame, and explicitly not an attribution. 'A coalition of allies' names no one, so only the US is an attributor in the lead; Britain is its own event. The indictment is undated ('separately', no day). 'No sanctions were announced' is a negation. The 2011-2018 campaign names no victim.",
};
