// The US and UK formally blame North Korea for WannaCry (published Tuesday 2017-12-19).
const us = { name: "United States", kind: "state", country: "US", aliases: ["Trump administration"] };
const uk = { name: "United Kingdom", kind: "state", country: "GB", aliases: ["Britain", "Foreign Office"] };
const northKorea = { name: "North Korea", kind: "state", country: "KP", aliases: ["Pyongyang"] };
const lazarus = { name: "Lazarus Group", kind: "group", country: "KP", aliases: ["Lazarus"] };

export default {
  slug: "wannacry-blamed-on-north-korea",
  title: "US formally accuses North Korea of WannaCry cyberattack",
  published: "2017-12-19",
  paragraphs: [
    `The Trump administration has formally accused North Korea of unleashing the WannaCry ransomware, which
    locked hundreds of thousands of computers in May and forced British hospitals to turn patients away.`,
    `Tom Bossert, the president's homeland security adviser, first made the case in a newspaper opinion piece
    published late on Monday and repeated it at a White House briefing on Tuesday, saying North Korea was directly
    responsible and that the conclusion rested on evidence, not on a hunch.`,
    `Britain's National Health Service was among the worst hit. Dozens of hospital trusts in England had to cancel
    operations and appointments after the malware encrypted their files and demanded bitcoin payments.`,
    `In London, Foreign Office minister Lord Ahmad said on Tuesday that the National Cyber Security Centre had
    assessed it was highly likely that North Korean hackers known as the Lazarus Group were behind the attack.`,
    `Bossert said Washington would keep up its maximum pressure campaign on Pyongyang, though he did not
    announce new measures. What more it can do is unclear: North Korea is already among the most heavily
    sanctioned countries in the world.`,
    `North Korea has rejected suggestions that it was involved. In May, its deputy ambassador to the United
    Nations, Kim In Ryong, called such claims ridiculous.`,
    `Ransomware attacks have become a routine threat for hospitals, which often run outdated software.`,
  ],
  events: [
    {
      type: "attack", victim: { name: "National Health Service", kind: "government", country: "GB", aliases: ["NHS", "British hospitals"] },
      attackType: "ransomware", date: { value: "2017-05", precision: "month" },
      quotes: [
        "which locked hundreds of thousands of computers in May and forced British hospitals to turn patients away",
        "Britain's National Health Service was among the worst hit.",
      ],
    },
    {
      type: "attribution", attributor: us, accused: northKorea, date: { value: "2017-12", precision: "month" },
      quotes: [
        "The Trump administration has formally accused North Korea of unleashing the WannaCry ransomware",
        "Tom Bossert, the president's homeland security adviser, first made the case in a newspaper opinion piece published late on Monday and repeated it at a White House briefing on Tuesday, saying North Korea was directly responsible",
      ],
    },
    {
      type: "attribution", attributor: uk, accused: lazarus, hedged: true, date: { value: "2017-12-19", precision: "day" },
      quotes: ["In London, Foreign Office minister Lord Ahmad said on Tuesday that the National Cyber Security Centre had assessed it was highly likely that North Korean hackers known as the Lazarus Group were behind the attack."],
    },
    {
      type: "denial", denier: northKorea, date: { value: "2017-05", precision: "month" },
      quotes: [
        "North Korea has rejected suggestions that it was involved.",
        "In May, its deputy ambassador to the United Nations, Kim In Ryong, called such claims ridiculous.",
      ],
    },
  ],
  notes:
    "The US claim was made on Monday (op-ed) and Tuesday (briefing), so it takes the month. The UK claim is hedged ('highly likely'). The pressure campaign is a pledge; 'did not announce new measures' is a negation; the sanctions background and the closing generic sentence are not events.",
};
