import type { KnownActor } from "./entry.js";

/**
 * International bodies, alliances, NGOs, parties and movements (spec kind "organization").
 * EU institutions are organizations, not governments. `country` only for national organizations
 * (a US party committee, a Canadian lab, a Lebanese movement); international bodies have none.
 */
export interface Organization extends KnownActor {
  kind: "organization";
}

function org(name: string, country: string | undefined, aliases: string[] = []): Organization {
  return country ? { name, kind: "organization", country, aliases } : { name, kind: "organization", aliases };
}

export const organizations: readonly Organization[] = [
  // Alliances and international bodies
  org("NATO", undefined, ["North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "Nato"]),
  org("European Union", undefined, ["EU", "E.U."]),
  org("European Commission", undefined, ["EU Commission"]),
  org("European Parliament", undefined, ["EU Parliament"]),
  org("Council of the European Union", undefined, ["Council of the EU", "EU Council"]),
  org("European Council", undefined, []),
  org("European External Action Service", undefined, ["EEAS", "EU diplomatic service"]),
  org("High Representative of the Union for Foreign Affairs and Security Policy", undefined, ["EU foreign policy chief", "EU High Representative"]),
  org("ENISA", undefined, ["European Union Agency for Cybersecurity", "EU Agency for Cybersecurity"]),
  org("CERT-EU", undefined, []),
  org("Europol", undefined, ["European Cybercrime Centre", "EC3"]),
  org("Eurojust", undefined, []),
  org("United Nations", undefined, ["UN", "U.N."]),
  org("UN Security Council", undefined, ["U.N. Security Council", "United Nations Security Council", "UNSC"]),
  org("UN General Assembly", undefined, ["U.N. General Assembly", "United Nations General Assembly", "UNGA"]),
  org("OSCE", undefined, ["Organization for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe"]),
  org("OPCW", undefined, ["Organisation for the Prohibition of Chemical Weapons", "Organization for the Prohibition of Chemical Weapons"]),
  org("IAEA", undefined, ["International Atomic Energy Agency"]),
  org("World Anti-Doping Agency", undefined, ["WADA"]),
  org("World Athletics", undefined, ["IAAF", "International Association of Athletics Federations"]),
  org("International Olympic Committee", undefined, ["IOC"]),
  org("FIFA", undefined, []),
  org("Interpol", undefined, ["INTERPOL", "International Criminal Police Organization"]),
  org("G7", undefined, ["Group of Seven", "G-7"]),
  org("G20", undefined, ["Group of Twenty", "G-20"]),
  org("ASEAN", undefined, ["Association of Southeast Asian Nations"]),
  org("African Union", undefined, []),
  org("Organization of American States", undefined, ["OAS"]),
  org("Arab League", undefined, ["League of Arab States"]),
  org("Gulf Cooperation Council", undefined, []),
  org("Shanghai Cooperation Organisation", undefined, ["Shanghai Cooperation Organization", "SCO"]),
  org("Council of Europe", undefined, []),
  org("Five Eyes", undefined, ["Five Eyes alliance", "Five Eyes intelligence alliance"]),
  org("World Health Organization", undefined, ["WHO", "World Health Organisation"]),
  org("International Criminal Court", undefined, ["ICC"]),
  org("International Court of Justice", undefined, ["ICJ"]),
  org("European Court of Human Rights", undefined, ["ECHR"]),
  org("International Monetary Fund", undefined, ["IMF"]),
  org("World Bank", undefined, []),
  org("SWIFT", undefined, ["Society for Worldwide Interbank Financial Telecommunication"]),
  org("ICANN", undefined, ["Internet Corporation for Assigned Names and Numbers"]),
  org("Counter Ransomware Initiative", undefined, ["International Counter Ransomware Initiative"]),
  // Research and civil-society organizations
  org("Citizen Lab", "CA", ["The Citizen Lab", "University of Toronto's Citizen Lab"]),
  org("Amnesty International", undefined, ["Amnesty", "Amnesty International's Security Lab", "Amnesty Tech"]),
  org("Human Rights Watch", undefined, ["HRW"]),
  org("Access Now", undefined, []),
  org("Electronic Frontier Foundation", "US", ["EFF"]),
  org("Reporters Without Borders", undefined, ["RSF", "Reporters Sans Frontières"]),
  org("Committee to Protect Journalists", "US", ["CPJ"]),
  org("MITRE", "US", ["MITRE Corporation", "MITRE Corp"]),
  org("Shadowserver Foundation", undefined, ["Shadowserver"]),
  org("Tor Project", undefined, []),
  org("WikiLeaks", undefined, []),
  // Parties, committees and movements
  org("Democratic National Committee", "US", ["DNC"]),
  org("Democratic Congressional Campaign Committee", "US", ["DCCC"]),
  org("Republican National Committee", "US", ["RNC"]),
  org("Mojahedin-e-Khalq", undefined, ["MEK", "People's Mojahedin Organization of Iran", "PMOI", "MKO", "Mujahedin-e-Khalq"]),
  org("National Council of Resistance of Iran", undefined, ["NCRI"]),
  org("Hezbollah", "LB", ["Hizbollah", "Hizballah"]),
  org("Hamas", "PS", []),
  org("Taliban", "AF", []),
];
