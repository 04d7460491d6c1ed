import type { KnownActor } from "./entry.js";

/**
 * Named government bodies that appear in news about state-linked cyber operations: intelligence
 * and security services, military cyber units, ministries, cyber agencies, police, prosecutors,
 * parliaments. Generic heads whose country comes from context ("the foreign ministry") are in
 * generic-bodies.ts; international bodies (EU, NATO, Europol) are in organizations.ts.
 *
 * Rules for aliases: only forms that name this one body in English news. Forms shared by bodies
 * of several states ("Ministry of Defence", "Federal Intelligence Service", "Intelligence Bureau")
 * are left to the generic heads, or qualified ("German Federal Intelligence Service").
 * Acronyms are listed as written; the recognizer matches them with exact case (forms.ts).
 */
export interface GovernmentBody extends KnownActor {
  kind: "government";
  country: string;
}

function gov(country: string, name: string, aliases: string[] = []): GovernmentBody {
  return { name, kind: "government", country, aliases };
}

export const governmentBodies: readonly GovernmentBody[] = [
  // United States
  gov("US", "Central Intelligence Agency", ["CIA"]),
  gov("US", "National Security Agency", ["NSA", "U.S. National Security Agency"]),
  gov("US", "Federal Bureau of Investigation", ["FBI"]),
  gov("US", "Department of Homeland Security", ["DHS", "Homeland Security Department", "U.S. Department of Homeland Security"]),
  gov("US", "Cybersecurity and Infrastructure Security Agency", ["CISA"]),
  gov("US", "United States Cyber Command", ["US Cyber Command", "U.S. Cyber Command", "USCYBERCOM", "CYBERCOM"]),
  gov("US", "Department of Defense", ["Pentagon", "Defense Department", "DoD", "U.S. Department of Defense", "Department of War", "War Department"]),
  gov("US", "Department of the Treasury", ["US Treasury", "U.S. Treasury", "Treasury Department", "U.S. Treasury Department", "US Treasury Department", "U.S. Department of the Treasury"]),
  gov("US", "Office of Foreign Assets Control", ["OFAC", "Treasury's Office of Foreign Assets Control"]),
  gov("US", "Department of Justice", ["DOJ", "Justice Department", "U.S. Department of Justice", "US Justice Department", "U.S. Justice Department"]),
  gov("US", "Department of State", ["State Department", "U.S. State Department", "US State Department", "U.S. Department of State", "Foggy Bottom"]),
  gov("US", "National Security Council", ["White House National Security Council"]),
  gov("US", "Office of the Director of National Intelligence", ["ODNI"]),
  gov("US", "Defense Intelligence Agency", ["DIA"]),
  gov("US", "Department of Commerce", ["Commerce Department", "U.S. Commerce Department"]),
  gov("US", "Bureau of Industry and Security", ["Commerce Department's Bureau of Industry and Security"]),
  gov("US", "Department of Energy", ["Energy Department", "U.S. Department of Energy"]),
  gov("US", "Federal Communications Commission", ["FCC"]),
  gov("US", "Securities and Exchange Commission", ["SEC", "U.S. Securities and Exchange Commission"]),
  gov("US", "Federal Trade Commission", ["FTC"]),
  gov("US", "United States Secret Service", ["U.S. Secret Service", "US Secret Service", "USSS"]),
  gov("US", "Office of Personnel Management", ["OPM"]),
  gov("US", "United States Congress", ["U.S. Congress", "US Congress"]),
  gov("US", "United States Senate", ["U.S. Senate", "US Senate"]),
  gov("US", "United States House of Representatives", ["U.S. House of Representatives", "US House of Representatives"]),
  gov("US", "Senate Intelligence Committee", ["Senate Select Committee on Intelligence"]),
  gov("US", "House Intelligence Committee", ["House Permanent Select Committee on Intelligence", "HPSCI"]),
  gov("US", "Foreign Intelligence Surveillance Court", ["FISA Court"]),
  gov("US", "Office of the National Cyber Director", ["ONCD"]),
  // United Kingdom
  gov("GB", "National Cyber Security Centre", ["NCSC", "UK National Cyber Security Centre", "U.K. National Cyber Security Centre", "Britain's National Cyber Security Centre"]),
  gov("GB", "Government Communications Headquarters", ["GCHQ"]),
  gov("GB", "MI5", ["British Security Service"]),
  gov("GB", "MI6", ["Secret Intelligence Service"]),
  gov("GB", "Foreign, Commonwealth and Development Office", ["FCDO", "Foreign Office", "British Foreign Office", "UK Foreign Office", "Foreign and Commonwealth Office", "FCO"]),
  gov("GB", "Home Office", ["British Home Office", "UK Home Office"]),
  gov("GB", "National Crime Agency", ["NCA", "UK National Crime Agency", "Britain's National Crime Agency"]),
  gov("GB", "Metropolitan Police", ["Metropolitan Police Service", "Met Police", "Scotland Yard"]),
  gov("GB", "HM Treasury", ["Her Majesty's Treasury", "His Majesty's Treasury"]),
  gov("GB", "Office of Financial Sanctions Implementation", ["OFSI"]),
  gov("GB", "Cabinet Office", ["UK Cabinet Office", "British Cabinet Office"]),
  gov("GB", "National Cyber Force", ["UK National Cyber Force"]),
  gov("GB", "UK Parliament", ["British Parliament", "Houses of Parliament", "House of Commons", "Westminster"]),
  // Russia
  gov("RU", "GRU", ["Main Intelligence Directorate", "Main Directorate of the General Staff", "Russian military intelligence", "GRU military intelligence"]),
  gov("RU", "Unit 26165", ["GRU Unit 26165", "Military Unit 26165", "85th Main Special Service Center", "85th GTsSS"]),
  gov("RU", "Unit 74455", ["GRU Unit 74455", "Military Unit 74455", "Main Center for Special Technologies", "GTsST"]),
  gov("RU", "Unit 29155", ["GRU Unit 29155", "Military Unit 29155"]),
  gov("RU", "Federal Security Service", ["FSB", "Russian Federal Security Service", "Russia's Federal Security Service"]),
  gov("RU", "Foreign Intelligence Service", ["SVR", "Russian Foreign Intelligence Service", "Russia's Foreign Intelligence Service"]),
  gov("RU", "Federal Protective Service", ["FSO"]),
  gov("RU", "Roskomnadzor", []),
  gov("RU", "State Duma", ["Duma", "Russian Duma"]),
  gov("RU", "Central Scientific Research Institute of Chemistry and Mechanics", ["TsNIIKhM"]),
  // China
  gov("CN", "Ministry of State Security", ["MSS", "China's Ministry of State Security", "Chinese Ministry of State Security"]),
  gov("CN", "People's Liberation Army", ["PLA", "Chinese People's Liberation Army"]),
  gov("CN", "PLA Unit 61398", ["Unit 61398"]),
  gov("CN", "PLA Unit 61486", ["Unit 61486"]),
  // Further PLA units that vendor reports tie to groups (MISP lists them as group synonyms).
  gov("CN", "PLA Unit 69010", ["Unit 69010"]),
  gov("CN", "PLA Unit 78020", ["Unit 78020"]),
  gov("CN", "PLA Unit 61419", ["Unit 61419"]),
  gov("CN", "PLA Unit 65017", ["Unit 65017"]),
  gov("CN", "PLA Navy", ["People's Liberation Army Navy"]),
  gov("CN", "PLA Strategic Support Force", ["Strategic Support Force"]),
  gov("CN", "Ministry of Public Security", ["China's Ministry of Public Security", "Chinese Ministry of Public Security"]),
  gov("CN", "Cyberspace Administration of China", ["CAC"]),
  gov("CN", "National Computer Virus Emergency Response Center", ["CVERC"]),
  gov("CN", "National Computer Network Emergency Response Technical Team/Coordination Center of China", ["CNCERT", "CNCERT/CC"]),
  gov("CN", "Hainan State Security Department", ["HSSD"]),
  gov("CN", "Jiangsu State Security Department", ["JSSD", "Jiangsu Province Ministry of State Security"]),
  // Iran
  gov("IR", "Ministry of Intelligence and Security", ["MOIS", "Iran's Ministry of Intelligence", "Iranian Ministry of Intelligence", "Iranian Ministry of Intelligence and Security", "Iran's Ministry of Intelligence and Security", "Iran's intelligence ministry", "Iranian intelligence ministry", "Iran's intelligence agency", "Iranian intelligence agency", "Iran's intelligence service", "Iranian intelligence service", "VAJA", "VEVAK"]),
  gov("IR", "Islamic Revolutionary Guard Corps", ["IRGC", "Revolutionary Guard Corps", "Iranian Revolutionary Guard Corps", "Revolutionary Guards", "Revolutionary Guard", "Iran's Revolutionary Guards", "Pasdaran"]),
  gov("IR", "IRGC Cyber-Electronic Command", ["IRGC-CEC", "IRGC Cyber Electronic Command", "Cyber-Electronic Command"]),
  gov("IR", "Quds Force", ["IRGC-QF", "IRGC Quds Force"]),
  gov("IR", "Basij", ["Basij Resistance Force", "Basij militia"]),
  gov("IR", "Supreme Council of Cyberspace", []),
  // North Korea
  gov("KP", "Reconnaissance General Bureau", ["RGB", "North Korea's Reconnaissance General Bureau"]),
  gov("KP", "Korean People's Army", ["KPA", "North Korean army"]),
  gov("KP", "Bureau 121", ["Unit 121"]),
  // Israel
  gov("IL", "Unit 8200", ["8200 unit", "Israeli Unit 8200"]),
  gov("IL", "Mossad", ["Israeli Mossad"]),
  gov("IL", "Shin Bet", ["Shabak", "Israel Security Agency"]),
  gov("IL", "Israel National Cyber Directorate", ["INCD", "Israeli National Cyber Directorate", "National Cyber Directorate"]),
  gov("IL", "Israel Defense Forces", ["IDF", "Israeli Defense Forces", "Israeli military"]),
  // Germany
  gov("DE", "Federal Office for Information Security", ["BSI", "German Federal Office for Information Security"]),
  gov("DE", "Federal Office for the Protection of the Constitution", ["BfV", "Verfassungsschutz", "German domestic intelligence agency"]),
  gov("DE", "Bundesnachrichtendienst", ["BND", "German Federal Intelligence Service"]),
  gov("DE", "Bundeskriminalamt", ["BKA", "Federal Criminal Police Office", "German Federal Criminal Police Office"]),
  gov("DE", "Federal Public Prosecutor General", ["Generalbundesanwalt", "German federal prosecutors", "German Federal Prosecutor's Office"]),
  gov("DE", "Bundestag", ["German Bundestag", "German parliament"]),
  gov("DE", "Federal Foreign Office", ["Auswärtiges Amt", "German Foreign Office"]),
  gov("DE", "Bundeswehr", ["German armed forces"]),
  // France
  gov("FR", "ANSSI", ["National Cybersecurity Agency of France", "French National Cybersecurity Agency", "Agence nationale de la sécurité des systèmes d'information"]),
  gov("FR", "DGSE", ["Directorate-General for External Security", "General Directorate for External Security"]),
  gov("FR", "DGSI", ["General Directorate for Internal Security", "Directorate-General for Internal Security"]),
  gov("FR", "Viginum", []),
  gov("FR", "Ministry for Europe and Foreign Affairs", ["Quai d'Orsay", "French Foreign Ministry", "French Ministry for Europe and Foreign Affairs"]),
  // Ukraine
  gov("UA", "Security Service of Ukraine", ["SBU", "Ukraine's Security Service", "Ukrainian Security Service"]),
  gov("UA", "State Service of Special Communications and Information Protection", ["SSSCIP", "State Special Communications Service", "Ukraine's State Special Communications Service"]),
  gov("UA", "CERT-UA", ["Computer Emergency Response Team of Ukraine"]),
  gov("UA", "Main Directorate of Intelligence of Ukraine", ["HUR", "GUR", "Defence Intelligence of Ukraine", "Ukraine's military intelligence", "Ukrainian military intelligence"]),
  gov("UA", "Cyber Police of Ukraine", ["Ukrainian cyber police", "Ukraine's cyber police"]),
  gov("UA", "National Police of Ukraine", ["Ukrainian National Police", "Ukraine's National Police"]),
  gov("UA", "Verkhovna Rada", ["Ukrainian parliament", "Ukraine's parliament"]),
  // Albania
  gov("AL", "Albanian State Police", ["Albania's State Police", "Albanian police"]),
  gov("AL", "National Agency for Information Society", ["AKSHI", "Albanian National Agency for Information Society"]),
  gov("AL", "National Authority for Electronic Certification and Cyber Security", ["AKCESK", "AKSK"]),
  gov("AL", "Albanian State Intelligence Service", ["SHISH"]),
  // Netherlands
  gov("NL", "General Intelligence and Security Service", ["AIVD", "Dutch General Intelligence and Security Service"]),
  gov("NL", "Military Intelligence and Security Service", ["MIVD", "Dutch Military Intelligence and Security Service", "Dutch military intelligence"]),
  gov("NL", "National High Tech Crime Unit", ["NHTCU", "Dutch National High Tech Crime Unit"]),
  gov("NL", "NCSC-NL", ["Dutch National Cyber Security Centre"]),
  // Canada
  gov("CA", "Communications Security Establishment", ["CSE", "Communications Security Establishment Canada", "CSEC"]),
  gov("CA", "Canadian Centre for Cyber Security", ["Canada's Cyber Centre"]),
  gov("CA", "Canadian Security Intelligence Service", ["CSIS"]),
  gov("CA", "Royal Canadian Mounted Police", ["RCMP"]),
  gov("CA", "Global Affairs Canada", []),
  // Australia and New Zealand
  gov("AU", "Australian Signals Directorate", ["ASD"]),
  gov("AU", "Australian Cyber Security Centre", ["ACSC", "ASD's ACSC"]),
  gov("AU", "Australian Security Intelligence Organisation", ["ASIO", "Australian Security Intelligence Organization"]),
  gov("AU", "Australian Federal Police", []),
  gov("AU", "Department of Foreign Affairs and Trade", ["DFAT"]),
  gov("NZ", "Government Communications Security Bureau", ["GCSB"]),
  // Japan and South Korea
  gov("JP", "National Police Agency of Japan", ["Japan's National Police Agency", "Japanese National Police Agency"]),
  gov("JP", "National center of Incident readiness and Strategy for Cybersecurity", ["NISC"]),
  gov("JP", "Ministry of Economy, Trade and Industry", ["METI"]),
  gov("JP", "Japan Self-Defense Forces", ["Self-Defense Forces", "JSDF"]),
  gov("KR", "National Intelligence Service", ["South Korea's National Intelligence Service", "South Korean National Intelligence Service"]),
  gov("KR", "Korea Internet & Security Agency", ["KISA", "Korea Internet and Security Agency"]),
  gov("KR", "Korean National Police Agency", ["KNPA", "South Korea's National Police Agency"]),
  // India and Pakistan
  gov("IN", "Indian Computer Emergency Response Team", ["CERT-In"]),
  gov("IN", "National Critical Information Infrastructure Protection Centre", ["NCIIPC"]),
  gov("IN", "Research and Analysis Wing", ["R&AW"]),
  gov("PK", "Inter-Services Intelligence", ["ISI"]),
  // Other European states
  gov("ES", "Centro Criptológico Nacional", ["CCN-CERT", "National Cryptologic Centre"]),
  gov("ES", "Centro Nacional de Inteligencia", ["National Intelligence Centre"]),
  gov("IT", "Agenzia per la Cybersicurezza Nazionale", ["ACN", "Italy's National Cybersecurity Agency", "Italian National Cybersecurity Agency"]),
  gov("BE", "Centre for Cybersecurity Belgium", ["CCB"]),
  gov("CZ", "National Cyber and Information Security Agency", ["NÚKIB"]),
  gov("PL", "Internal Security Agency", ["ABW", "Polish Internal Security Agency"]),
  gov("SE", "Swedish Security Service", ["Säpo"]),
  gov("NO", "Norwegian Police Security Service", []),
  gov("FI", "Finnish Security and Intelligence Service", ["Supo"]),
  gov("DK", "Danish Defence Intelligence Service", []),
  gov("EE", "Estonian Information System Authority", []),
  gov("BY", "KGB of Belarus", ["Belarusian KGB", "State Security Committee of the Republic of Belarus"]),
  gov("TR", "National Intelligence Organization", ["Turkish National Intelligence Organization", "Turkish intelligence agency"]),
  gov("PS", "Palestinian Authority", []),
];
