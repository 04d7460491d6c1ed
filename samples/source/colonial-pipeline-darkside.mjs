// FBI names DarkSide in the Colonial Pipeline ransomware attack (published Tuesday 2021-05-11).
const fbi = { name: "Federal Bureau of Investigation", kind: "government", country: "US", aliases: ["FBI"] };
const darkside = { name: "DarkSide", kind: "group" };

export default {
  slug: "colonial-pipeline-darkside",
  title: "FBI says DarkSide gang behind Colonial Pipeline ransomware attack",
  published: "2021-05-11",
  paragraphs: [
    `The FBI said on Monday that a ransomware gang called DarkSide was responsible for the cyberattack that forced
    Colonial Pipeline to shut down the largest fuel pipeline in the United States.`,
    `Colonial halted its 5,500-mile line, which carries about 45 percent of the fuel consumed on the East Coast, on
    Friday after discovering that hackers had encrypted parts of its corporate network. The company said it was
    bringing systems back in stages and hoped to restore most service by the end of the week.`,
    `DarkSide is a criminal operation that rents its malicious software to affiliates in exchange for a share of
    the ransom. Security researchers believe its members speak Russian.`,
    `President Joe Biden said there was no evidence so far from U.S. intelligence that the Russian government was
    involved, though he noted that the ransomware itself appeared to have come from Russia.`,
    `In a statement posted on its website on Monday, DarkSide said it was apolitical and that its goal was to make
    money, not to create problems for society. The statement did not mention Colonial by name.`,
    `Officials said they were working to prevent fuel shortages and would pursue the attackers. Gasoline prices
    rose on Monday amid worries about supplies in the Southeast.`,
  ],
  events: [
    {
      type: "attack", victim: { name: "Colonial Pipeline", kind: "company", country: "US" },
      attackType: "ransomware", date: { value: "2021-05-07", precision: "day" }, systems: "corporate network",
      quotes: [
        "the cyberattack that forced Colonial Pipeline to shut down the largest fuel pipeline in the United States",
        "Colonial halted its 5,500-mile line, which carries about 45 percent of the fuel consumed on the East Coast, on Friday after discovering that hackers had encrypted parts of its corporate network.",
      ],
    },
    {
      type: "attribution", attributor: fbi, accused: darkside, date: { value: "2021-05-10", precision: "day" },
      quotes: ["The FBI said on Monday that a ransomware gang called DarkSide was responsible for the cyberattack"],
    },
  ],
  notes:
    "The attack is dated to the Friday shutdown, the only date the text gives for it (the network was encrypted before it was discovered that day). DarkSide is a criminal group not tied to a state, so it has no country ('speak Russian' is not state service). Biden's remark is a negation plus origin ('appeared to have come from Russia'), not an attribution. DarkSide's statement does not name Colonial, so it is no claim of responsibility. Restoration plans and 'would pursue the attackers' are plans and pledges.",
};
