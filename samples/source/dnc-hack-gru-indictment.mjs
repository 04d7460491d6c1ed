// Twelve GRU officers indicted over the 2016 election hacking (published Saturday 2018-07-14).
const us = { name: "United States", kind: "state", country: "US", aliases: ["Justice Department", "Obama administration"] };
const russia = { name: "Russia", kind: "state", country: "RU", aliases: ["Moscow", "Russian government"] };
const gruOfficers = { name: "12 GRU officers", kind: "government", country: "RU", aliases: ["Russian military intelligence officers"] };

export default {
  slug: "dnc-hack-gru-indictment",
  title: "Twelve Russian intelligence officers indicted over 2016 election hacking",
  published: "2018-07-14",
  paragraphs: [
    `A federal grand jury has indicted 12 officers of Russia's military intelligence agency, the GRU, on charges of
    hacking the Democratic National Committee and Hillary Clinton's presidential campaign in 2016, Deputy Attorney
    General Rod Rosenstein announced on Friday.`,
    `The indictment, brought by special counsel Robert Mueller, says the officers stole tens of thousands of emails
    and documents and then released them through websites and online personas they controlled. The Democratic
    Congressional Campaign Committee was also breached, according to the charges.`,
    `Rosenstein said the indictment did not allege that any American citizen had committed a crime, nor that the
    hacking changed the result of the election.`,
    `The case builds on earlier steps. In October 2016, U.S. intelligence officials publicly accused the Russian
    government of directing the theft of the Democratic emails, and that December the Obama administration
    expelled 35 Russian diplomats and imposed sanctions on the GRU and on Russia's domestic security service, the
    FSB.`,
    `Russia's foreign ministry said on Friday that there was no evidence linking the 12 men to military intelligence
    or to any hacking, and suggested the charges were timed to spoil the atmosphere before Monday's summit between
    President Donald Trump and Vladimir Putin in Helsinki.`,
    `Several Democratic senators urged Trump to cancel the meeting. The White House said it would go ahead.`,
  ],
  events: [
    {
      type: "legal", action: "indictment", actor: us, target: gruOfficers, date: { value: "2018-07-13", precision: "day" },
      quotes: ["A federal grand jury has indicted 12 officers of Russia's military intelligence agency, the GRU, on charges of hacking the Democratic National Committee and Hillary Clinton's presidential campaign in 2016, Deputy Attorney General Rod Rosenstein announced on Friday."],
    },
    {
      type: "attribution", attributor: us, accused: gruOfficers, date: { value: "2018-07-13", precision: "day" },
      quotes: [
        "A federal grand jury has indicted 12 officers of Russia's military intelligence agency, the GRU, on charges of hacking the Democratic National Committee and Hillary Clinton's presidential campaign in 2016, Deputy Attorney General Rod Rosenstein announced on Friday.",
        "The indictment, brought by special counsel Robert Mueller, says the officers stole tens of thousands of emails and documents",
      ],
    },
    {
      type: "attack", victim: { name: "Democratic National Committee", kind: "organization", country: "US", aliases: ["DNC"] },
      attackType: "data-theft", date: { value: "2016", precision: "year" },
      quotes: ["hacking the Democratic National Committee and Hillary Clinton's presidential campaign in 2016"],
    },
    {
      type: "attack", victim: { name: "Hillary Clinton's presidential campaign", kind: "organization", country: "US", aliases: ["Clinton campaign"] },
      attackType: "data-theft", date: { value: "2016", precision: "year" },
      quotes: ["hacking the Democratic National Committee and Hillary Clinton's presidential campaign in 2016"],
    },
    {
      type: "attack", victim: { name: "Democratic Congressional Campaign Committee", kind: "organization", country: "US", aliases: ["DCCC"] },
      attackType: "data-theft", date: { value: "2016", precision: "year" },
      quotes: ["The Democratic Congressional Campaign Committee was also breached, according to the charges."],
    },
    {
      type: "attribution", attributor: { name: "U.S. intelligence officials", kind: "government", country: "US" }, accused: russia,
      date: { value: "2016-10", precision: "month" },
      quotes: ["In October 2016, U.S. intelligence officials publicly accused the Russian government of directing the theft of the Democratic emails"],
    },
    {
      type: "diplomatic", action: "expel_diplomats", actor: us, target: russia, date: { value: "2016-12", precision: "month" },
      quotes: ["that December the Obama administration expelled 35 Russian diplomats"],
    },
    {
      type: "sanction", imposer: us, target: { name: "GRU", kind: "government", country: "RU", aliases: ["military intelligence agency"] },
      date: { value: "2016-12", precision: "month" },
      quotes: ["imposed sanctions on the GRU and on Russia's domestic security service, the FSB"],
    },
    {
      type: "sanction", imposer: us, target: { name: "FSB", kind: "government", country: "RU", aliases: ["Russia's domestic security service"] },
      date: { value: "2016-12", precision: "month" },
      quotes: ["imposed sanctions on the GRU and on Russia's domestic security service, the FSB"],
    },
    {
      type: "denial", denier: russia, date: { value: "2018-07-13", precision: "day" },
      quotes: ["Russia's foreign ministry said on Friday that there was no evidence linking the 12 men to military intelligence or to any hacking"],
    },
  ],
  notes:
    "The unnamed defendants form one legal target and one accused. The DCCC breach is part of the same 2016 operation ('also'), so it takes the year. Rosenstein's 'no allegation' statements are negations, not events; the senators' call and the summit are not events. The 2016 attribution is by US intelligence officials (a US government attributor, distinct wording from the 2018 charges).",
};
