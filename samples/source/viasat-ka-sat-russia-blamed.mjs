// EU, UK and US blame Russia for the Viasat KA-SAT attack (published Wednesday 2022-05-11).
const eu = { name: "European Union", kind: "organization", aliases: ["EU"] };
const uk = { name: "United Kingdom", kind: "state", country: "GB", aliases: ["Britain"] };
const us = { name: "United States", kind: "state", country: "US", aliases: ["Washington", "State Department"] };
const russia = { name: "Russia", kind: "state", country: "RU", aliases: ["Moscow", "Russian Federation"] };

export default {
  slug: "viasat-ka-sat-russia-blamed",
  title: "West blames Russia for satellite hack at start of Ukraine invasion",
  published: "2022-05-11",
  paragraphs: [
    `The European Union, Britain and the United States on Tuesday accused Russia of carrying out the cyberattack
    that crippled a commercial satellite network in Ukraine an hour before Russian troops crossed the border.`,
    `The attack on Feb. 24 hit Viasat's KA-SAT network, wiping tens of thousands of satellite modems used by
    customers in Ukraine and elsewhere in Europe. Thousands of wind turbines operated by the German company
    Enercon lost their remote monitoring connection as a result.`,
    `In a statement, the EU said it strongly condemned the malicious cyber activity carried out by the Russian
    Federation against Ukraine and said the attack had caused indiscriminate disruption across the bloc.`,
    `British Foreign Secretary Liz Truss called the attack clear and shocking evidence of a deliberate, malicious
    Russian assault on Ukraine, and Secretary of State Antony Blinken said Russia had launched the attacks to disrupt Ukrainian
    command and control during the invasion.`,
    `Viasat said in March that the hackers had entered through a misconfigured remote-access device and then sent
    destructive commands to the modems.`,
    `Russia's embassy in Washington did not immediately respond to a request for comment. Western officials said
    they would work to hold Moscow accountable and to strengthen defences, and warned that further attacks on
    infrastructure beyond Ukraine could not be ruled out.`,
  ],
  events: [
    {
      type: "attack", victim: { name: "Viasat", kind: "company", country: "US", aliases: ["KA-SAT"] },
      attackType: "wiper", date: { value: "2022-02-24", precision: "day" }, systems: "KA-SAT satellite network and modems",
      quotes: [
        "the cyberattack that crippled a commercial satellite network in Ukraine an hour before Russian troops crossed the border",
        "The attack on Feb. 24 hit Viasat's KA-SAT network, wiping tens of thousands of satellite modems used by customers in Ukraine and elsewhere in Europe.",
      ],
    },
    {
      type: "attack", victim: { name: "Enercon", kind: "company", country: "DE" }, attackType: "disruption",
      date: { value: "2022-02-24", precision: "day" }, systems: "remote monitoring of wind turbines",
      quotes: ["Thousands of wind turbines operated by the German company Enercon lost their remote monitoring connection as a result."],
    },
    {
      type: "attribution", attributor: eu, accused: russia, date: { value: "2022-05-10", precision: "day" },
      quotes: [
        "The European Union, Britain and the United States on Tuesday accused Russia of carrying out the cyberattack",
        "the EU said it strongly condemned the malicious cyber activity carried out by the Russian Federation against Ukraine",
      ],
    },
    {
      type: "attribution", attributor: uk, accused: russia, date: { value: "2022-05-10", precision: "day" },
      quotes: [
        "The European Union, Britain and the United States on Tuesday accused Russia of carrying out the cyberattack",
        "British Foreign Secretary Liz Truss called the attack clear and shocking evidence of a deliberate, malicious Russian assault on Ukraine",
      ],
    },
    {
      type: "attribution", attributor: us, accused: russia, date: { value: "2022-05-10", precision: "day" },
      quotes: [
        "The European Union, Britain and the United States on Tuesday accused Russia of carrying out the cyberattack",
        "Secretary of State Antony Blinken said Russia had launched the attacks to disrupt Ukrainian command and control during the invasion",
      ],
    },
    {
      type: "condemnation", actor: eu, target: russia, date: { value: "2022-05-10", precision: "day" },
      quotes: ["In a statement, the EU said it strongly condemned the malicious cyber activity carried out by the Russian Federation against Ukraine"],
    },
  ],
  notes:
    "One attribution per accuser in the joint lead. Only the EU uses 'condemn'; Truss's harsh words are no condemnation. The attack is dated Feb. 24 (the 'hour before' clause needs no further date). Viasat's account of the method adds no event; 'did not immediately respond' is no denial; pledges and the 'could not be ruled out' warning are not events.",
};
