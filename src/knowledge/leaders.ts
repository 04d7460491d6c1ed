import type { KnownActor } from "./entry.js";

/**
 * Heads of state and government, ministers and spokespeople who appear in cyber news, each speaking for
 * their government ("President Obama decided to expel...", "Peskov denied..."). Surnames are aliases only
 * where they are distinctive in news prose.
 */
function official(country: string, name: string, aliases: string[] = []): KnownActor {
  return { name, kind: "government", country, aliases };
}

export const leaders: readonly KnownActor[] = [
  official("US", "Barack Obama", ["Obama"]),
  official("US", "Donald Trump", []),
  official("US", "Joe Biden", ["Biden"]),
  official("US", "Antony Blinken", ["Blinken"]),
  official("US", "Mike Pompeo", ["Pompeo"]),
  official("US", "John Bolton", ["Bolton"]),
  official("US", "Tom Bossert", ["Bossert"]),
  official("US", "Janet Yellen", ["Yellen"]),
  official("US", "Steven Mnuchin", ["Mnuchin"]),
  official("US", "Merrick Garland", ["Garland"]),
  official("US", "Jeff Sessions", []),
  official("US", "Rod Rosenstein", ["Rosenstein"]),
  official("US", "Christopher Wray", ["Wray"]),
  official("US", "James Comey", ["Comey"]),
  official("US", "John Demers", ["Demers"]),
  official("US", "Jen Easterly", ["Easterly"]),
  official("US", "Anne Neuberger", ["Neuberger"]),
  official("RU", "Vladimir Putin", ["Putin"]),
  official("RU", "Dmitry Peskov", ["Peskov"]),
  official("RU", "Sergei Lavrov", ["Lavrov"]),
  official("RU", "Maria Zakharova", ["Zakharova"]),
  official("CN", "Xi Jinping", []),
  official("CN", "Wang Wenbin", []),
  official("CN", "Zhao Lijian", []),
  official("CN", "Hua Chunying", []),
  official("CN", "Geng Shuang", []),
  official("CN", "Mao Ning", []),
  official("CN", "Lin Jian", []),
  official("CN", "Wang Yi", []),
  official("IR", "Hassan Rouhani", ["Rouhani"]),
  official("IR", "Ebrahim Raisi", ["Raisi"]),
  official("IR", "Mohammad Javad Zarif", ["Javad Zarif", "Zarif"]),
  official("IR", "Nasser Kanaani", ["Kanaani", "Nasser Kanani"]),
  official("IR", "Hossein Amir-Abdollahian", ["Amir-Abdollahian"]),
  official("KP", "Kim Jong Un", ["Kim Jong-un", "Kim Jong-Un"]),
  official("AL", "Edi Rama", []),
  official("UA", "Volodymyr Zelensky", ["Zelensky", "Zelenskyy"]),
  official("UA", "Petro Poroshenko", ["Poroshenko"]),
  official("GB", "Theresa May", []),
  official("GB", "Boris Johnson", []),
  official("GB", "Jeremy Hunt", []),
  official("GB", "Dominic Raab", ["Raab"]),
  official("GB", "Gavin Williamson", []),
  official("NL", "Mark Rutte", ["Rutte"]),
  official("NL", "Ank Bijleveld", ["Bijleveld"]),
  official("DE", "Angela Merkel", ["Merkel"]),
  official("DE", "Olaf Scholz", ["Scholz"]),
  official("FR", "Emmanuel Macron", ["Macron"]),
  official("EE", "Andrus Ansip", ["Ansip"]),
  official("KR", "Moon Jae-in", []),
  official("JP", "Shinzo Abe", []),
  official("AU", "Scott Morrison", []),
  official("CA", "Justin Trudeau", ["Trudeau"]),
];
