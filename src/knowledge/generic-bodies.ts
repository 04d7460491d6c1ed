import type { GenericBody } from "./entry.js";

/**
 * Generic heads of government bodies and official titles whose country comes from context:
 * "the Iranian foreign ministry", "Albania's state police", "a US Treasury spokesperson",
 * "the country's defence minister". Forms are lower case, British and American spellings both,
 * longer forms listed so the recognizer can prefer the longest match ("foreign ministry
 * spokesperson" over "spokesperson").
 */
function body(label: string, forms: string[]): GenericBody {
  return { forms, label, kind: "government" };
}
function title(label: string, forms: string[]): GenericBody {
  return { forms, label, kind: "government", title: true };
}

export const genericBodies: readonly GenericBody[] = [
  body("Ministry of Foreign Affairs", ["foreign ministry", "ministry of foreign affairs", "foreign affairs ministry", "foreign affairs department", "department of foreign affairs", "ministry for foreign affairs"]),
  body("Ministry of Intelligence", ["intelligence ministry", "ministry of intelligence"]),
  body("Intelligence Service", ["intelligence agency", "intelligence agencies", "intelligence service", "intelligence services", "spy agency", "spy agencies", "intelligence community", "intelligence apparatus"]),
  body("Military Intelligence", ["military intelligence", "military intelligence agency", "military intelligence service", "military intelligence directorate"]),
  body("Security Service", ["security service", "security services", "security agency", "security agencies", "state security", "domestic intelligence agency", "counterintelligence agency"]),
  body("Ministry of Defence", ["defence ministry", "defense ministry", "ministry of defence", "ministry of defense", "defense department", "department of defense", "defence department"]),
  body("Ministry of Justice", ["justice ministry", "ministry of justice", "justice department", "department of justice"]),
  body("Ministry of the Interior", ["interior ministry", "ministry of the interior", "ministry of interior", "ministry of internal affairs", "internal affairs ministry", "home ministry", "ministry of home affairs"]),
  body("Ministry of Finance", ["finance ministry", "ministry of finance", "treasury", "treasury department"]),
  body("Ministry of Communications", ["communications ministry", "ministry of communications", "ministry of digital affairs", "digital ministry", "telecommunications ministry", "ministry of information technology", "ict ministry"]),
  body("Ministry of Economy", ["economy ministry", "ministry of economy", "economic ministry", "ministry of trade", "trade ministry", "commerce ministry", "ministry of commerce"]),
  body("Ministry of Energy", ["energy ministry", "ministry of energy"]),
  body("Ministry of Health", ["health ministry", "ministry of health"]),
  body("Ministry of Education", ["education ministry", "ministry of education"]),
  body("Ministry", ["ministry", "government ministry", "government department"]),
  body("State Police", ["state police", "national police", "federal police", "police", "police force", "cyber police", "cybercrime unit", "cyber crime unit"]),
  body("Prosecutors", ["prosecutors", "prosecutor's office", "prosecutor general's office", "public prosecution service", "federal prosecutors", "state prosecutors", "prosecution service"]),
  body("Courts", ["court", "courts", "federal court", "district court", "supreme court", "high court", "tribunal"]),
  body("Armed Forces", ["military", "armed forces", "army", "navy", "air force", "defence forces", "defense forces"]),
  body("Cyber Command", ["cyber command", "cyber force", "cyber forces", "cyber army", "cyber corps", "cyber unit", "military cyber unit"]),
  body("National Cyber Security Agency", ["cybersecurity agency", "cyber security agency", "national cybersecurity agency", "cyber agency", "national cyber security centre", "national cyber security center", "computer emergency response team", "national cert", "cybersecurity authority", "cyber security authority", "cybersecurity centre", "cybersecurity center"]),
  body("Government", ["government", "administration", "authorities", "regime", "cabinet", "council of ministers"]),
  body("Presidency", ["presidency", "president's office", "office of the president", "presidential office", "presidential administration"]),
  body("Prime Minister's Office", ["prime minister's office", "office of the prime minister"]),
  body("Parliament", ["parliament", "legislature", "national assembly", "congress", "senate", "lower house", "upper house"]),
  body("Parliamentary Committee", ["parliamentary committee", "intelligence committee", "defence committee", "defense committee", "foreign affairs committee", "select committee"]),
  body("Embassy", ["embassy", "consulate", "diplomatic mission", "mission to the united nations", "mission to the un"]),
  body("Central Bank", ["central bank"]),
  body("Election Commission", ["election commission", "electoral commission", "central election commission", "election authority"]),
  body("Regulator", ["regulator", "telecoms regulator", "telecommunications regulator", "data protection authority", "privacy regulator"]),
  body("State Media", ["state media", "state news agency", "state television", "state broadcaster", "state-run media", "state-run news agency"]),
  title("Foreign Ministry Spokesperson", ["foreign ministry spokesperson", "foreign ministry spokesman", "foreign ministry spokeswoman", "spokesperson for the foreign ministry", "spokesman for the foreign ministry", "spokeswoman for the foreign ministry"]),
  title("Spokesperson", ["spokesperson", "spokesman", "spokeswoman", "press secretary", "government spokesperson", "government spokesman", "government spokeswoman"]),
  title("Foreign Minister", ["foreign minister", "minister of foreign affairs", "foreign affairs minister", "foreign secretary"]),
  title("Secretary of State", ["secretary of state"]),
  title("Prime Minister", ["prime minister", "premier"]),
  title("Deputy Prime Minister", ["deputy prime minister", "vice premier"]),
  title("President", ["president", "head of state", "supreme leader"]),
  title("Vice President", ["vice president", "vice-president"]),
  title("Chancellor", ["chancellor"]),
  title("Minister", ["minister", "ministers", "deputy minister", "junior minister", "state secretary", "cabinet secretary"]),
  title("Defence Minister", ["defence minister", "defense minister", "minister of defence", "minister of defense", "defense secretary", "defence secretary", "secretary of defense"]),
  title("Interior Minister", ["interior minister", "minister of the interior", "home secretary", "home affairs minister", "homeland security secretary", "secretary of homeland security"]),
  title("Justice Minister", ["justice minister", "minister of justice", "attorney general", "attorney-general", "deputy attorney general", "assistant attorney general", "solicitor general"]),
  title("Finance Minister", ["finance minister", "minister of finance", "treasury secretary", "secretary of the treasury", "chancellor of the exchequer"]),
  title("Intelligence Minister", ["intelligence minister", "minister of intelligence"]),
  title("Digital Minister", ["digital minister", "minister of digital affairs", "communications minister", "minister of communications"]),
  title("National Security Adviser", ["national security adviser", "national security advisor", "deputy national security adviser", "deputy national security advisor"]),
  title("Intelligence Chief", ["intelligence chief", "spy chief", "director of national intelligence", "head of intelligence", "intelligence director"]),
  title("Ambassador", ["ambassador", "envoy", "ambassador to the united nations", "ambassador to the un", "chargé d'affaires", "diplomat", "diplomats", "cyber ambassador"]),
  title("Prosecutor", ["prosecutor", "public prosecutor", "prosecutor general", "u.s. attorney", "us attorney", "district attorney", "special counsel"]),
  title("Judge", ["judge", "magistrate"]),
  title("Counterpart", ["counterpart", "counterparts"]),
  title("Police Chief", ["police chief", "chief of police", "police commissioner", "police director"]),
  title("Military Commander", ["military commander", "army chief", "chief of staff", "chief of the general staff", "commander"]),
  title("Lawmaker", ["lawmaker", "legislator", "member of parliament", "senator", "congressman", "congresswoman", "lawmakers", "legislators", "senators", "members of parliament"]),
  title("Official", ["government official", "senior official", "official", "senior government official", "ministry official", "administration official", "cyber official", "security official", "intelligence official", "officials", "government officials", "senior officials", "administration officials", "security officials", "intelligence officials"]),
];
