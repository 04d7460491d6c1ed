// UK and US blame the Russian military for NotPetya (published Friday 2018-02-16).
const uk = { name: "United Kingdom", kind: "state", country: "GB", aliases: ["Britain", "British government"] };
const us = { name: "United States", kind: "state", country: "US", aliases: ["White House"] };
const russia = { name: "Russia", kind: "state", country: "RU", aliases: ["the Kremlin", "Moscow"] };
const russianMilitary = { name: "Russian military", kind: "government", country: "RU" };

export default {
  slug: "notpetya-blamed-on-russia",
  title: "Britain and US blame Russian military for NotPetya attack",
  published: "2018-02-16",
  paragraphs: [
    `Britain and the United States on Thursday publicly blamed the Russian military for NotPetya, the malicious
    software that spread from Ukraine last June and wrecked computer networks at companies around the world.`,
    `Foreign Office minister Lord Ahmad said the British government had concluded that the Russian military was
    responsible for the attack, which he said had been aimed chiefly at Ukraine's financial, energy and government
    sectors before it spread. Hours later the White House said in a statement that the Russian military had
    launched the most destructive and costly cyberattack in history.`,
    `NotPetya was disguised as ransomware, but investigators found it was built to destroy data rather than to
    extract payment. It entered many networks through a tampered update to a Ukrainian accounting program. Danish
    shipping giant Maersk had to reinstall thousands of computers, and drugmaker Merck said the attack disrupted
    its worldwide operations.`,
    `The White House warned that the attack would be met with international consequences, but it did not say
    what those would be. Officials did not announce any sanctions on Thursday.`,
    `The Kremlin rejected the accusations. President Vladimir Putin's spokesman, Dmitry Peskov, told reporters on
    Thursday that the claims were unfounded and called them part of a Russophobic campaign.`,
    `Governments have grown more willing to name the states they hold responsible for hacking, though such
    statements rarely lead to arrests. Will other allies follow suit? That may depend on how much of the
    evidence is shared with them.`,
  ],
  events: [
    {
      type: "attack", victim: { name: "Ukrainian financial, energy and government sectors", kind: "government", country: "UA", aliases: ["Ukraine"] },
      attackType: "wiper", date: { value: "2017-06", precision: "month" },
      quotes: [
        "the malicious software that spread from Ukraine last June",
        "which he said had been aimed chiefly at Ukraine's financial, energy and government sectors before it spread",
      ],
    },
    {
      type: "attack", victim: { name: "Maersk", kind: "company", country: "DK" }, attackType: "wiper",
      date: { value: "2017-06", precision: "month" },
      quotes: ["Danish shipping giant Maersk had to reinstall thousands of computers"],
    },
    {
      type: "attack", victim: { name: "Merck", kind: "company", country: "US" }, attackType: "wiper",
      date: { value: "2017-06", precision: "month" },
      quotes: ["drugmaker Merck said the attack disrupted its worldwide operations"],
    },
    {
      type: "attribution", attributor: uk, accused: russianMilitary, date: { value: "2018-02-15", precision: "day" },
      quotes: [
        "Britain and the United States on Thursday publicly blamed the Russian military for NotPetya",
        "Foreign Office minister Lord Ahmad said the British government had concluded that the Russian military was responsible for the attack",
      ],
    },
    {
      type: "attribution", attributor: us, accused: russianMilitary, date: { value: "2018-02-15", precision: "day" },
      quotes: [
        "Britain and the United States on Thursday publicly blamed the Russian military for NotPetya",
        "Hours later the White House said in a statement that the Russian military had launched the most destructive and costly cyberattack in history.",
      ],
    },
    {
      type: "denial", denier: russia, date: { value: "2018-02-15", precision: "day" },
      quotes: [
        "The Kremlin rejected the accusations.",
        "Dmitry Peskov, told reporters on Thursday that the claims were unfounded",
      ],
    },
  ],
  notes:
    "'Would be met with international consequences' is a threat; 'did not announce any sanctions' is a negation; the question and the generic sentence about governments are not events. Maersk and Merck are named victims of the same June incident (one attack event per victim), so they take its month.",
};
