/**
 * Test-only: a small news corpus written for Attrib's tests (one file per source type), with the
 * facts the CLI tests expect to find again in the store.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const ESTONIA_TXT = [
  "Hackers disrupted the websites of the Estonian parliament on 3 March 2023, officials said.",
  "Estonia blamed Russia for the cyberattack on Friday.",
  "Moscow denied any involvement on Saturday.",
  "The European Union imposed sanctions on two Russian intelligence officers over the attack.",
].join("\n");

/** The same attack reported by a second outlet, as a web page with navigation and footer around it. */
export const ESTONIA_HTML = `<!doctype html><html><head><title>Parliament sites hit | Baltic Wire</title>
<meta property="article:published_time" content="2023-03-14T09:00:00Z">
<link rel="canonical" href="https://baltic-wire.example/parliament-sites-hit"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/tech">Tech</a></nav>
<article><h1>Parliament sites hit</h1>
<p>Hackers disrupted the websites of the Estonian parliament on 3 March 2023, the speaker's office confirmed on Tuesday after days of outages.</p>
<p>Estonia blamed Russia for the cyberattack, saying the traffic came from servers long used by Russian military intelligence.</p>
<p>The Kremlin denied any role and called the accusation baseless.</p></article>
<footer>Subscribe to our newsletter. Cookie settings. All rights reserved.</footer></body></html>
`;

export const FINLAND_MD = `# Finland condemns attack on Helsinki water utility

Finland condemned the cyberattack on the Helsinki water utility on 20 May 2023.
The Finnish foreign ministry summoned the Chinese ambassador on Monday over the hack.
`;

export const JSONL_DOCS = [
  { id: "wire-1", title: "Polish rail hit", published: "2023-06-02", text: "Hackers attacked the Polish railway network on 1 June 2023.\nPoland blamed Belarus for the attack on Friday." },
  { id: "wire-2", title: "Czech ministry", published: "2023-07-10", text: "A ransomware attack crippled the Czech health ministry on 8 July 2023.\nThe Czech government accused China of the hack." },
  {
    id: "wire-fr",
    title: "Attaque",
    published: "2023-07-11",
    text:
      "Le gouvernement français a accusé la Russie d'avoir mené une cyberattaque contre les hôpitaux de Paris la semaine dernière, " +
      "selon un communiqué publié mardi par le ministère des Affaires étrangères. Les autorités russes ont démenti toute implication dans cette opération.",
  },
];

const LITHUANIA =
  "<p>Hackers breached the Lithuanian defence ministry on 12 August 2023 and stole internal documents, officials in Vilnius said on Monday.</p>" +
  "<p>Lithuania blamed China for the cyberattack on the defence ministry.</p>" +
  "<p>Investigators said the intruders used stolen passwords and moved through the network for weeks before anyone noticed the unusual traffic coming from abroad.</p>" +
  "<p>The ministry said no classified systems were reached and that its staff had been told to change passwords.</p>";
const LATVIA =
  "<p>Latvia expelled two Russian diplomats on 15 August 2023 over a hack of its election commission, the foreign ministry in Riga announced, " +
  "after months of investigation into the intrusion that had exposed voter records.</p>" +
  "<p>The diplomats were given three days to leave the country, and Russia promised to respond in kind to what it called an unfriendly act.</p>" +
  "<p>Officials said the intrusion was discovered during routine checks of the commission's servers.</p>";

const item = (title: string, link: string, date: string, body: string) =>
  `<item><title>${title}</title><link>${link}</link><pubDate>${date}</pubDate><description><![CDATA[${body}]]></description></item>`;

export const RSS_FEED =
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Baltic Security Wire</title><link>https://bsw.example/</link>` +
  item("Lithuania blames China", "https://bsw.example/lt-mod", "Mon, 14 Aug 2023 08:00:00 GMT", LITHUANIA) +
  item("Latvia expels diplomats", "https://bsw.example/lv-expel", "Tue, 15 Aug 2023 10:00:00 GMT", LATVIA) +
  `</channel></rss>`;

/** Documents the corpus holds (one per file, per JSONL line and per feed item), the French one included. */
export const DOCUMENT_COUNT = 1 + 1 + 1 + JSONL_DOCS.length + 2;

export interface FixturePaths {
  dir: string;
  txt: string;
  md: string;
  html: string;
  jsonl: string;
  feed: string;
}

/** Writes the corpus under `dir` (the HTML page in a sub-folder, to exercise recursion). */
export function writeCorpus(dir: string): FixturePaths {
  mkdirSync(join(dir, "outlets"), { recursive: true });
  const paths: FixturePaths = {
    dir,
    txt: join(dir, "estonia.txt"),
    md: join(dir, "finland.md"),
    html: join(dir, "outlets", "parliament.html"),
    jsonl: join(dir, "wires.jsonl"),
    feed: join(dir, "baltic.xml"),
  };
  writeFileSync(paths.txt, ESTONIA_TXT);
  writeFileSync(paths.md, FINLAND_MD);
  writeFileSync(paths.html, ESTONIA_HTML);
  writeFileSync(paths.jsonl, JSONL_DOCS.map((d) => JSON.stringify(d)).join("\n") + "\n");
  writeFileSync(paths.feed, RSS_FEED);
  return paths;
}
