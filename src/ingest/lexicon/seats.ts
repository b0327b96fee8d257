// Ministries and offices that readouts name by their building or street ("Wisma Putra said …", "the Kremlin said"):
// the institution, never a person, although the name is a capitalised pair that acts like one.

/** True when `name` is the building name of a ministry or office of government ("Wisma Putra", "Itamaraty"). */
export const isSeatOfGovernment = (name: string): boolean =>
  /^(?:the\s+)?(?:Wisma\s+Putra|Itamaraty(?:\s+Palace)?|Quai\s+d['’]Orsay|Farnesina|Foggy\s+Bottom|Kremlin|White\s+House|Downing\s+Street|Élysée(?:\s+Palace)?|Elysee(?:\s+Palace)?|South\s+Block|Gaimusho|Zhongnanhai|Blue\s+House|Akorda|Ak\s+Orda|Palacio\s+San\s+Mart[ií]n|Casa\s+Rosada|Palacio\s+de\s+Santa\s+Cruz|Smolenskaya\s+Square|Ak\s+Saray|Bundeskanzleramt|Auswärtiges\s+Amt|Ballhausplatz|Chigi\s+Palace|Palazzo\s+Chigi|Malacañang(?:\s+Palace)?|Malacanang(?:\s+Palace)?|Istana|Government\s+House)$/u.test(
    name.trim().replace(/['’]s$/, ''),
  );
