// Three charged over the July 2020 Twitter hack (published Saturday 2020-08-01).
const florida = {
  name: "Hillsborough State Attorney's Office", kind: "government", country: "US",
  aliases: ["Florida prosecutors", "Hillsborough County State Attorney Andrew Warren"],
};
const justiceDept = { name: "United States", kind: "state", country: "US", aliases: ["Justice Department", "federal prosecutors"] };
const clark = { name: "Graham Ivan Clark", kind: "person", country: "US" };
const sheppard = { name: "Mason Sheppard", kind: "person", country: "GB" };
const fazeli = { name: "Nima Fazeli", kind: "person", country: "US" };

export default {
  slug: "twitter-hack-arrests",
  title: "Florida teenager among three charged in Twitter hack",
  published: "2020-08-01",
  paragraphs: [
    `A 17-year-old from Tampa was arrested on Friday and accused of masterminding the hack that took over the
    Twitter accounts of Barack Obama, Joe Biden, Elon Musk and dozens of other prominent users last month.`,
    `Hillsborough County State Attorney Andrew Warren said the teenager, Graham Ivan Clark, faces 30 felony
    charges, including fraud, and will be prosecuted as an adult.`,
    `Federal prosecutors on Friday also charged two other men: Mason Sheppard, 19, of Bognor Regis in Britain,
    and Nima Fazeli, 22, of Orlando, Florida, who are accused of taking part in the scheme.`,
    `On July 15, the hijacked accounts posted messages urging followers to send bitcoin with the promise that the
    money would be doubled. The scam collected more than $100,000 before Twitter locked down verified accounts.`,
    `Twitter said on Thursday that the intruders had reached its internal tools by phoning employees and tricking
    them into handing over their credentials, a technique known as phone spear phishing.`,
    `Nothing in the charges suggests that a foreign government was involved. The case has nonetheless raised
    questions about how well social media companies guard their internal systems ahead of the U.S. election.`,
  ],
  events: [
    {
      type: "attack", victim: { name: "Twitter", kind: "company", country: "US" }, attackType: "phishing",
      date: { value: "2020-07-15", precision: "day" }, systems: "internal tools and high-profile accounts",
      quotes: [
        "the hack that took over the Twitter accounts of Barack Obama, Joe Biden, Elon Musk and dozens of other prominent users last month",
        "On July 15, the hijacked accounts posted messages urging followers to send bitcoin",
        "Twitter said on Thursday that the intruders had reached its internal tools by phoning employees and tricking them into handing over their credentials",
      ],
    },
    {
      type: "legal", action: "arrest", actor: florida, target: clark, date: { value: "2020-07-31", precision: "day" },
      quotes: ["A 17-year-old from Tampa was arrested on Friday and accused of masterminding the hack"],
    },
    {
      type: "legal", action: "indictment", actor: florida, target: clark, date: { value: "2020-07-31", precision: "day" },
      quotes: ["Hillsborough County State Attorney Andrew Warren said the teenager, Graham Ivan Clark, faces 30 felony charges"],
    },
    {
      type: "attribution", attributor: florida, accused: clark, date: { value: "2020-07-31", precision: "day" },
      quotes: [
        "A 17-year-old from Tampa was arrested on Friday and accused of masterminding the hack",
        "Hillsborough County State Attorney Andrew Warren said the teenager, Graham Ivan Clark, faces 30 felony charges",
      ],
    },
    {
      type: "legal", action: "indictment", actor: justiceDept, target: sheppard, date: { value: "2020-07-31", precision: "day" },
      quotes: ["Federal prosecutors on Friday also charged two other men: Mason Sheppard, 19, of Bognor Regis in Britain, and Nima Fazeli, 22, of Orlando, Florida"],
    },
    {
      type: "legal", action: "indictment", actor: justiceDept, target: fazeli, date: { value: "2020-07-31", precision: "day" },
      quotes: ["Federal prosecutors on Friday also charged two other men: Mason Sheppard, 19, of Bognor Regis in Britain, and Nima Fazeli, 22, of Orlando, Florida"],
    },
    {
      type: "attribution", attributor: justiceDept, accused: sheppard, date: { value: "2020-07-31", precision: "day" },
      quotes: ["Federal prosecutors on Friday also charged two other men: Mason Sheppard, 19, of Bognor Regis in Britain, and Nima Fazeli, 22, of Orlando, Florida, who are accused of taking part in the scheme."],
    },
    {
      type: "attribution", attributor: justiceDept, accused: fazeli, date: { value: "2020-07-31", precision: "day" },
      quotes: ["Federal prosecutors on Friday also charged two other men: Mason Sheppard, 19, of Bognor Regis in Britain, and Nima Fazeli, 22, of Orlando, Florida, who are accused of taking part in the scheme."],
    },
  ],
  notes:
    "A criminal case with no state sponsor: 'nothing suggests that a foreign government was involved' is a negation. Clark is both arrested and charged (two legal events, one attribution). The attack is one incident against Twitter, dated July 15 ('last month' agrees); the celebrities are account holders, not separate victims. Twitter's Thursday explanation describes the method, not a new event.",
};
