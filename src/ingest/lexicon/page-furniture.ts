// What web pages put around a readout, as copied with it: navigation, sharing buttons, footers. Matched against the
// folded text of one line (lower case, no accents).

/**
 * A whole line that is navigation or a widget, never part of the readout — a cookie-consent banner's lines too
 * ("Customize Consent Preferences", "Necessary cookies are required to enable …", "Always Active"), and a notice of
 * rights ("Any material published on the website … is intellectual property of the Agency, protected by the copyright.
 * The taking over or/and use of these materials will be made only with the Agency's agreement …", blind-47).
 */
export const furnitureLine =
  /^(?:home\b.*(?:>|\||\/|»)|you are here\b|welcome to\b|skip to\b|skip ribbon commands$|menu$|no menu items!?$|search$|log ?in$|sign ?in$|subscribe$|share$|share on\b|share this\b|print$|print this\b|email$|e-mail$|tweet$|facebook$|twitter$|whatsapp$|linkedin$|telegram$|copy link$|font size\b|a a a$|large medium small\b|.*\|$|text size\b|asset publisher$|news story$|press releases?$|news$|latest news$|back$|back to\b|close$|top$|advertisement$|(?:file )?photo\s*:|photos?\s*$|image\s*:|video\s*:|listen\b.*$|we use cookies\b|this (?:web)?site uses cookies\b|accept (?:all )?cookies\b|cookie settings\b|.*\bcookies?\b.*\b(?:consent|browser|website|site|display|preferences?|categori[sz]ed|navigate|enabl\w*|visitors?|advertis\w*)\b|.*\b(?:consent|privacy) preferences\b|always active$|manage consent\b|privacy overview$|all rights reserved\b|©|copyright\b|(?:any|all) (?:(?:the )?materials?|content|texts?|information|news) (?:published |posted )?(?:on|at) (?:the|this|our) (?:web ?site|site|portal)\b|.*\b(?:protected by (?:the )?copyright|(?:is|are) (?:the )?intellectual \w+ of\b|(?:reproduction|republication|redistribution|reprinting|taking over|(?:partial or full |full or partial )?use) (?:or\/?(?:and )?\w+ )?of (?:these|this|the|our|any) (?:materials?|content|articles?|texts?|news)\b.*\b(?:permission|consent|agreement|reference|prohibited|forbidden|allowed|permitted|link)|without (?:the )?(?:prior )?(?:written )?(?:permission|consent) of (?:the )?(?:publisher|agency|editors?|copyright)\b)|\(c\) \d{4}|<[^>]*>$|\[[^\]]*\]$|[^\p{L}\p{N}]*$)/u;

/** A link under a related story's headline ("see more", "Read more »"): that headline and the link are no readout. */
export const relatedLink = /^(?:see more|read more|read also|read the full story|more details|continue reading)[^\p{L}\d]*$/u;

/** The first line of what follows the readout: comments, related items, tags, source notes. */
export const footerLine =
  /^(?:leave a (?:reply|comment)|your email address will not be published|disclaimer\b|additional materials|advanced settings|back to (?:press releases|index|top|list)|<?\s*suggest to a friend\s*>?|comments are closed|\d+ comments?\b|post a comment|more news|more stories|related (?:news|articles|posts|stories|content|links)|read (?:more|also)\b|see also\b|check also\b|source\s*:|share this|print this page|tags?\s*:|keywords?\s*:|topics?\s*:|you may also like|latest comments|recommended\b|follow us\b|\[?editor\s*:|editing by\b|reporting by\b|\(?reporting by\b)/;

/**
 * Lines that are only a publication stamp: "Published 17 June 2021", "Updated: 08-09-2020 17:18 IST", and the page's
 * buttons beside it: "Wednesday, 24 July 2019. PDF Print E-mail".
 */
export const stampWords =
  /^(?:published|updated|posted|modified|last|date|time|by|on|at|ist|edt|est|gmt|utc|pm|am|source|article|news|press|media|release|hrs|min|read|views?|pdf|print|e?-?mail|share|tweet|comments?|admin|editor|staff|desk|webmaster)$/i;
