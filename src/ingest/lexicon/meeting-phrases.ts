// How readouts say that people met, called or talked: the phrases our frames start from. Each pattern ends where the
// counterpart begins ("… with", "received", "… between"); `channel` is what the phrase itself says of the medium.

export type Channel = 'phone' | 'video' | null;

export interface MeetingPhrase {
  pattern: RegExp;
  /** The phrase reports what was discussed ("A and B discussed …"), so its sentence is also a statement. */
  discussion?: boolean;
  /** "X took part in a meeting of …": one named person suffices. */
  participation?: boolean;
  /**
   * What follows the phrase must be a name or a determiner of one ("his", "the", "H.E.", a capital letter): "called
   * his counterpart", not "called for restraint". Checked case-sensitively; the patterns are case-insensitive, and under
   * the `i` flag `\p{Lu}` matches any letter.
   */
  nameFollows?: boolean;
  /** Only a meeting when a person follows: "visited his counterpart", not "visited Moscow". */
  needsObject?: boolean;
  /**
   * Evidence of a meeting only when no other sentence of the body tells of one: "told reporters at a joint news
   * conference with Pompeo" after "talks with Pompeo" is where he spoke, not a meeting of its own kind.
   */
  fallback?: boolean;
  /** "… said after meeting X": a meeting before the one the sentence's main clause tells of, if it tells of one. */
  earlier?: boolean;
  /**
   * What follows is the subject of the clause ("During the talks, A and B commended …"): the first person named and
   * those joined to it by "and" or commas — not everyone the clause goes on to name ("… conveyed the gratitude of those
   * from Abaco and Grand Bahama", blind-48).
   */
  clauseSubject?: boolean;
  /** "X was received by Y": the one named after the phrase did what the verb says (Y hosted), so Y is the subject. */
  passive?: boolean;
  /** "received a delegation led by …": the first person named after it leads the delegation, whatever titles precede. */
  ledBy?: boolean;
  /** What follows is the counterpart (object); `between`: what follows is every party. */
  object: 'follows' | 'between' | 'none';
  channel: Channel;
  talks: boolean;
}

const gap = "(?:\\s+(?!with\\b|to\\b|from\\b|between\\b)[\\p{L}\\d'’.-]+){0,8}?";
const talkGap = "(?!\\s+(?:\\p{L}+ly\\s+)?of\\b)(?:\\s+(?!with\\b|to\\b|from\\b|between\\b|relations\\b|ties\\b)[\\p{L}\\d'’.-]+){0,8}?";
const adjectives =
  '(?:(?:a|an|the|their|his|her|separate|bilateral|official|formal|informal|in-depth|wide-ranging|productive|fruitful|cordial|friendly|constructive|substantive|detailed|extensive|useful|brief|short|lengthy|private|one-on-one|working|first|second|another|joint|trilateral|virtual|online|telephonic|video|phone|telephone|\\d+-minute)\\s+){0,4}';
const callNouns =
  '(?:(?:tele)?phone\\s+(?:calls?|conversations?|talks?|discussions?|contacts?)|telephonic\\s+(?:conversations?|talks?|discussions?)|teleconference|calls?)';
const videoNouns =
  '(?:(?:video|virtual|online)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:call|conference|link|meeting|talks?|conversation|teleconference|consultations?|summit|session)|videoconference|video-conference)';
const meetingNouns =
  // "had a bilateral contact with President Sissi" (blind-88): a contact, told bilateral, is a meeting.
  '(?:bilateral\\s+contacts?|meeting|meetings|bilaterals|talks|discussions?|deliberations|consultations?|conversation|negotiations|dialogue|tête-à-tête|tete-a-tete|audience|encounter|exchanges?(?:\\s+of\\s+(?:views|opinions))?|(?:working\\s+)?(?:lunch|luncheon|dinner|breakfast)|(?:working|work)\\s+sessions?)';

const p = (source: string): RegExp => new RegExp(source, 'giu');
// Who is briefed in a meeting: a person, with a capital or a possessive — not the press, reporters or a house.
const briefedPerson =
  '(?!(?:the\\s+)?(?:press|media|reporters|journalists|correspondents|parliament|senate|congress|cabinet|nation|public|house|assembly|committee|council|diplomatic\\s+corps)\\b)(?=(?:his|her|the\\s+\\p{Lu}|\\p{Lu}))';
// A day between the verb and "with", closed by a comma: "met on Monday December the 12th, with the Foreign Minister …"
// (blind-64).
const dated =
  '(?:\\s+(?:on|of|the|last|this|\\p{L}+day|(?:jan|febr)uary|march|april|may|june|july|august|(?:sept|nov|dec)ember|october|\\d{1,2}(?:st|nd|rd|th)?|\\d{4})){1,6},';
// A day between a meeting's noun and "with": "in a meeting on Friday with", "talks yesterday with", "talks on 5 May
// with" (blind-85).
const dayAfterNoun =
  '(?:\\s+(?:on\\s+\\p{L}+day|today|yesterday|(?:last|this)\\s+\\p{L}+day|on\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+(?:\\s+\\d{4})?|on\\s+\\p{L}+\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s+\\d{4})?))?';
// A day between the verb and its noun: "held on Monday talks", "held today a meeting".
const when = '(?:(?:on\\s+\\p{L}+day|today|yesterday|this\\s+(?:morning|afternoon|evening))\\s+)?';
const lead = '(?:[\\p{L}\\d\'’.“”"-]+\\s+){0,5}?';
// Words of a meeting's name before its noun: hyphenated or ordinal ("U.S.-India-Japan ministerial-level", "12th") or
// a few adjectives of formats ("strategic dialogue") — not any word ("have also held talks" is no name).
const nameWords =
  "(?:(?:[\\p{L}\\d.'’]+-[\\p{L}\\d.'’-]+|\\d+(?:st|nd|rd|th)|ministerial|strategic|political|annual|regular|inaugural|bilateral|trilateral|multilateral)\\s+){0,4}?";
// After "received"/"welcomed": an optional place and "today" before the one received ("received at the Ministry's
// General Diwan today his counterpart"), who must be named next — or their credentials ("received copies of the
// credentials of …", "received letters of credence of …").
// "received in audience this Tuesday 14 January 2025 at the Ministry in Dakar, His Excellency …" (trial 115, the style
// of a translated "a reçu en audience"): an audience, a day and a place, in that order, before the one received. Not
// what someone did: "Son welcomed Kamikawa's visit" (new-user trial 131) is what he said.
const receivedObject =
  "(?:(?:\\s+in\\s+(?:an\\s+)?audience|\\s+(?:(?:this|on|last)\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:,?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+(?:\\s+\\d{4})?)?){1,2}(?:\\s+(?:at|in)\\s+[^,.;]{2,60}?,)?)?(?:\\s*,[^,.;]{1,70},)?(?:\\s+(?:at|in)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,4}?\\p{Lu}[\\p{L}'’-]*(?=\\s+(?:today|yesterday|his|her|their|the)\\b)(?:\\s+(?:today|yesterday))?)?\\s+(?!\\p{Lu}[\\p{L}.'’-]*['’]s\\s+(?:\\p{Ll}+\\s+){0,2}?(?:visits?|support|decisions?|efforts?|proposals?|initiatives?|participation|statements?|remarks|role|election|re-election|appointment|presence|offers?|invitations?|commitment|contributions?|position|stance|readiness|interest|leadership|chairmanship|presidency|hosting)\\b)(?=(?:his|her|the|visiting|H\\.?\\s?E\\.?|\\p{Lu}|(?:(?:a\\s+)?cop(?:y|ies)\\s+of\\s+)?(?:the\\s+)?(?:credentials|letters?\\s+of\\s+(?:credence|accreditation))\\s+(?:of|from|presented|handed)\\s))";

export const meetingPhrases: readonly MeetingPhrase[] = [
  // First, before "held a meeting with" takes the words: "received a delegation led by Indonesian Foreign Minister Retno Marsudi", "hosted a meeting with the Azerbaijani
  // delegation led by …", "closed with a meeting with the official senior delegation from the People's Republic of
  // China, led by Chang Wan Quan" (blind-59): the one who leads it is the counterpart.
  {
    pattern: p(
      // "Chinese Premier Wen Jiabao met here Saturday morning with a U.S. presidential delegation to the closing ceremony
      // of the Beijing Olympic Games, headed by Secretary of Labor Elaine L. Chao and …" (blind-70): a day and "here"
      // between "met" and "with", and what the delegation came for between it and its leaders. "received today at the AU
      // Headquarters a delegation from the Republic of the Sudan led by …" (new-user trial 128 F6): a place before it.
      `\\b(?:received|receives|met|meets|met(?:\\s+(?:here|there|today|yesterday|on\\s+\\p{L}+day|\\p{L}+day(?:\\s+(?:morning|afternoon|evening|night))?))*\\s+with|hosted|hosts|welcomed|welcomes|(?:held|holds|had|has|hosted|hosts|a|an)\\s+${adjectives}${meetingNouns}\\s+with)(?:\\s+(?:today|yesterday|on\\s+\\p{L}+day))?(?:\\s+(?:at|in)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,4}?\\p{Lu}[\\p{L}'’.-]*)?\\s+(?:a|an|the|two|three|four|both)\\s+(?:[\\p{L}.-]+\\s+){0,3}?delegations?(?:\\s+(?:of|from)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:of\\s+)?(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,3}|\\s+(?:to|for)\\s+[^.;,]{1,100}?(?=,))?,?\\s+(?:led|headed)\\s+by\\b`,
    ),
    ledBy: true,
    object: 'follows',
    channel: null,
    talks: false,
  },
  {
    pattern: p(
      // "convened a critical teleconference with several African Heads of State, French President Emmanuel Macron and …"
      // (blind-72): who convenes, hosts or chairs a call is in it.
      `\\b(?:held|holds|hold|had|has|have|having|conducted|conducts|made|makes|took\\s+part\\s+in|convened|convenes|hosted|hosts|chaired|chairs)\\s+${adjectives}${lead}${videoNouns}${gap}\\s+(?:with|between)\\b`,
    ),
    object: 'follows',
    channel: 'video',
    talks: false,
  },
  {
    pattern: p(
      `\\b(?:held|holds|hold|had|has|have|having|conducted|conducts|made|makes|convened|convenes|hosted|hosts|chaired|chairs)\\s+${adjectives}${lead}${callNouns}${gap}\\s+(?:with|to)\\b`,
    ),
    object: 'follows',
    channel: 'phone',
    talks: false,
  },
  // "In a separate phone call, Çavuşoğlu congratulated Alberto Van Klaveren on becoming …": the call opens the sentence,
  // its parties are the subject and the object of the verb after it (what one said to the other over the line).
  {
    pattern: p(
      `(?<=^\\s*(?:in|during|over)\\s+(?:a|an|another)\\s+(?:separate\\s+|later\\s+|further\\s+)?(?:(?:tele)?phone\\s+(?:call|conversation)|call|telephonic\\s+conversation)\\s*,\\s*[^,;]{2,80}?\\s)(?:congratulated|thanked|briefed|invited|urged|informed|told|assured|updated|condoled\\s+with|commiserated\\s+with)\\b`,
    ),
    object: 'follows',
    channel: 'phone',
    talks: false,
  },
  {
    pattern: p(
      `(?<=^\\s*(?:in|during|over)\\s+(?:a|an|another)\\s+(?:separate\\s+|later\\s+|further\\s+)?(?:video\\s+(?:call|conference)|videoconference|virtual\\s+meeting)\\s*,\\s*[^,;]{2,80}?\\s)(?:congratulated|thanked|briefed|invited|urged|informed|told|assured|updated)\\b`,
    ),
    object: 'follows',
    channel: 'video',
    talks: false,
  },
  // "… has reviewed the prospects of relations with Kenya in a phone call with Raychelle Omamo": the call as an
  // adverbial of the clause, its subject the clause's.
  {
    pattern: p(`\\b(?:in|during|via|over|through)\\s+${adjectives}${lead}${videoNouns}${gap}\\s+(?:with|between)\\b`),
    object: 'follows',
    channel: 'video',
    talks: false,
  },
  {
    pattern: p(`\\b(?:in|during|via|over|through)\\s+${adjectives}${lead}${callNouns}${gap}\\s+(?:with|to)\\b`),
    object: 'follows',
    channel: 'phone',
    talks: false,
  },
  // "His Highness also received a video call from the Foreign Minister of the Hellenic Republic" (new-user trial 124).
  {
    pattern: p(
      `\\b(?:received|receives|receive|receiving|took|takes)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,4}?(?:a\\s+)?(?:video|virtual|online)[- ]?(?:call|conference|link)${gap}\\s+from\\b`,
    ),
    object: 'follows',
    channel: 'video',
    talks: false,
  },
  {
    pattern: p(
      `\\b(?:received|receives|receive|receiving|took|takes)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,4}?(?:a\\s+)?(?:tele)?phone\\s+call${gap}\\s+from\\b`,
    ),
    object: 'follows',
    channel: 'phone',
    talks: false,
  },
  {
    pattern: p(
      `\\b(?:spoke|speaks|speak|talked|talks|talk|spoken)\\s+(?:by|over|on|via)\\s+(?:the\\s+)?(?:tele)?phone${gap}\\s+(?:with|to)\\b`,
    ),
    object: 'follows',
    channel: 'phone',
    talks: false,
  },
  {
    // "Wang called South Korea a 'strategic cooperation partner'" names, it does not phone (blind-44).
    // "telephoned new Jamaican Prime Minister Portia Simpson Miller" (blind-58): "new" before the one called.
    pattern: p(
      `\\b(?:telephoned|phoned|called)\\s+(?!on\\b)(?!(?:[\\p{L}'’.-]+\\s+){1,4}(?:a|an)\\s)(?=(?:(?:new|newly[- ]\\p{L}+|incoming|outgoing)\\s+)?(?:his|her|the|\\p{Lu}))`,
    ),
    nameFollows: true,
    object: 'follows',
    channel: 'phone',
    talks: false,
  },
  {
    pattern: p(
      `\\b(?:met|meets|meet|talked|spoke|conferred)\\s+(?:virtually|online|via\\s+video(?:\\s*(?:link|conference))?|by\\s+video(?:\\s*link)?|via\\s+videoconference)${gap}\\s+(?:with|to)\\b`,
    ),
    object: 'follows',
    channel: 'video',
    talks: false,
  },
  {
    pattern: p(
      `\\b(?:held|holds|hold|had|has|have|having|conducted|conducts|led|leads|hosted|hosts|chaired|chairs|co-chaired|co-chairs|convened|began|begins|begin|started|starts|opened|opens)\\s+${adjectives}talks${gap}\\s+(?:with|between)\\b`,
    ),
    object: 'follows',
    channel: null,
    talks: true,
  },
  // "Sophie Wilmès organised a working meeting between the Ministers for Foreign Affairs of the Benelux countries and
  // the Baltic States" (blind-83): who organises a meeting between others meets them.
  {
    pattern: p(
      `\\b(?:held|holds|hold|had|has|have|having|conducted|conducts|led|leads|hosted|hosts|chaired|chairs|co-chaired|co-chairs|convened|organi[sz]ed|organi[sz]es)\\s+${adjectives}${lead}${meetingNouns}${gap}\\s+(?:with|between)\\b`,
    ),
    object: 'follows',
    channel: null,
    talks: false,
  },
  // "… is on a two-day visit to Việt Nam to co-chair the 10th meeting of the Việt Nam-Philippines Joint Commission on
  // Bilateral Cooperation (JCBC-10) with his Vietnamese counterpart Bùi Thanh Sơn" (blind-66): a body's long name, its
  // acronym in brackets, between the meeting and the one it was chaired with; the infinitive too.
  {
    pattern: p(
      `\\b(?:co-chair|co-chaired|co-chairs|co-chairing|co-host|co-hosted|co-hosts|co-hosting|chair|chaired|chairs|chairing)\\s+${adjectives}${lead}(?:${meetingNouns}|session|round|commission|committee)(?:\\s+(?!with\\b|between\\b)[\\p{L}\\d'’.()-]+){0,14}?\\s+with\\b`,
    ),
    object: 'follows',
    channel: null,
    talks: false,
  },
  // "Prime Minister X hosted a luncheon in honor of the Minister of Foreign Affairs of NZ" (blind-53), "the Deputy Crown
  // Prince held a dinner in honor of the foreign minister" (blind-24): a meal given for someone is an encounter with
  // them — after talks with the same people, the same encounter.
  {
    pattern: p(
      `\\b(?:hosted|hosts|held|holds|gave|gives|offered|offers|organi[sz]ed|organi[sz]es)\\s+(?:a|an)\\s+(?:official\\s+|state\\s+|working\\s+|private\\s+|welcome\\s+)?(?:lunch|luncheon|dinner|banquet|breakfast|reception)\\s+in\\s+hono(?:u)?r\\s+of\\b`,
    ),
    object: 'follows',
    channel: null,
    talks: false,
  },
  // "held bilateral meetings on the sidelines of the Council, including with A and B", "had a series of meetings …,
  // including her counterparts of Portugal, Finland and Sweden": meetings in the plural, the people met after
  // "including".
  {
    pattern: p(
      `\\b(?:held|holds|hold|had|has|have|having|conducted|conducts)\\s+(?:a\\s+)?(?:(?:series|number|round)\\s+of\\s+|several\\s+|numerous\\s+|many\\s+)?(?:bilateral\\s+|separate\\s+|other\\s+)?(?:meetings|talks|consultations)\\b[^.;:]{0,120}?,\\s+including(?:\\s+with)?\\s+`,
    ),
    object: 'follows',
    channel: null,
    talks: false,
    nameFollows: true,
  },
  {
    // "The Argentine Chancellor … communicated this afternoon with his Chilean counterpart" (blind-55, a translation of
    // "se comunicó con").
    pattern: p(
      `\\b(?:met|meets|meet|conferred|confers|consulted|consults|sat\\s+down|communicated|communicates)(?:(?:${dated}){1,2}(?:\\s+(?:in|at)\\s+[^,.;]{2,80}?,)?|${gap})\\s+with\\b`,
    ),
    object: 'follows',
    channel: null,
    talks: false,
  },
  // Not "Xi spoke positively of sound relations with the 14 countries" (new-user trial 130 F6): what one speaks of, and
  // relations with someone, are no one spoken with.
  // "Prime Minister Narendra Modi has spoken to Sri Lankan President Gotabaya Rajapaksa and …" (blind-87): the perfect too.
  {
    pattern: p(`\\b(?:talked|talks|spoke|speaks|speak|spoken)${talkGap}\\s+(?:with|to)\\b`),
    object: 'follows',
    channel: null,
    talks: false,
  },
  // "President Bio engaged the country’s Prime Minister, Phạm Minh Chính" (blind-64), "engaged with his counterpart":
  // a meeting, said the way several Commonwealth readouts say it (the one engaged must follow at once).
  {
    pattern: p(`\\b(?:engaged|engages)(?:\\s+with)?(?=\\s+(?!in\\b|on\\b|to\\b|a\\b|an\\b))`),
    object: 'follows',
    channel: null,
    talks: false,
  },
  // "Addressing a joint press conference with his Lithuanian counterpart in Vilnius, President Duda said …", "held a joint
  // news conference with X": two who face the press together have met (blind-47: the readout's only encounter).
  {
    pattern: p(`\\bjoint\\s+(?:press|news|media)\\s+(?:conferences?|briefings?|availability|statements?|appearances?)\\s+with\\s+`),
    nameFollows: true,
    fallback: true,
    object: 'follows',
    channel: null,
    talks: false,
  },
  // "President Kenyatta bade farewell to Ethiopian Ambassador to Kenya, Meles Alem Tekea" (blind-55): a farewell call.
  {
    pattern: p(`\\b(?:bade|bid|bids|bidding)\\s+(?:a\\s+)?(?:fond\\s+)?(?:farewell|goodbye|adieu)\\s+to\\s+`),
    nameFollows: true,
    object: 'follows',
    channel: null,
    talks: false,
  },
  // "Col. Maiga led a team, which briefed President Buhari on …", "received briefings from a Special Envoy of …", "was
  // briefed by the envoy" (blind-67): a briefing given in person to one named by title or name is a meeting — not
  // "briefed reporters", "briefed the press on" (a person must follow, with a capital or a possessive).
  {
    pattern: p(
      `\\b(?:(?:received|receives|was\\s+given|got)\\s+(?:a\\s+)?(?:detailed\\s+|comprehensive\\s+|full\\s+)?briefings?\\s+from|(?:was|were)\\s+briefed\\s+by)\\s+${briefedPerson}`,
    ),
    nameFollows: true,
    object: 'follows',
    channel: null,
    talks: false,
  },
  // "Col. Maiga led a team, which briefed President Buhari": the one briefed receives the one who briefs (the host).
  {
    pattern: p(`\\b(?:which|who|that)\\s+(?:also\\s+)?briefed\\s+${briefedPerson}`),
    nameFollows: true,
    passive: true,
    object: 'follows',
    channel: null,
    talks: false,
  },
  // "Dr Dlamini-Zuma briefed Sheikh Abdullah on the peacekeeping efforts …" is most often said of a meeting the readout
  // tells of already (blind-4, blind-5): a meeting of its own only when no other sentence tells of one.
  {
    pattern: p(`\\b(?:briefed|briefs)\\s+${briefedPerson}`),
    nameFollows: true,
    fallback: true,
    passive: true,
    object: 'follows',
    channel: null,
    talks: false,
  },
  // "… will be strictly fulfilled, Belarusian President Alexander Lukashenko told Venezuelan leader Hugo Chavez on
  // Tuesday" (blind-80): what one told another in person is a meeting when no other sentence tells of one — not "told
  // reporters", "told the press" (a person must follow).
  {
    pattern: p(`\\b(?:told|tells|assured|assures)\\s+${briefedPerson}`),
    discussion: true,
    nameFollows: true,
    fallback: true,
    object: 'follows',
    channel: null,
    talks: false,
  },
  // "US President Joe Biden joined Canadian Prime Minister Justin Trudeau and Mexican President Andres Manuel Lopez
  // Obrador at the White House for a North American Leaders' Summit" (blind-80): joining others for a gathering is
  // meeting them there — not "joined the talks", "joined forces" (a name must follow, and the gathering).
  {
    pattern: p(
      `\\bjoined\\s+(?=[^.;]{0,160}?\\bfor\\s+(?:a|an|the|their)\\s+[^.;]{0,60}?\\b(?:summit|meeting|talks|dinner|lunch|luncheon|breakfast|conference|session)\\b)`,
    ),
    nameFollows: true,
    object: 'follows',
    channel: null,
    talks: false,
  },
  // "the meeting with X"; not "concluded the meetings with expressing gratitude". "X in a meeting on Friday with Y,
  // invited him …" (blind-85): a day between the noun and "with".
  { pattern: p(`\\bmeetings?${dayAfterNoun}\\s+with\\s+`), nameFollows: true, object: 'follows', channel: null, talks: false },
  // "raised the concern during a bilateral meeting he held with his Czech counterpart" (blind-58): the meeting the
  // subject held, told in a relative clause.
  {
    pattern: p(`\\bmeetings?\\s+(?:(?:that|which)\\s+)?(?:he|she)\\s+(?:had|held|conducted)\\s+with\\s+`),
    nameFollows: true,
    object: 'follows',
    channel: null,
    talks: false,
  },
  // "Hosting his Tanzania counterpart Samia Suluhu Hassan at statehouse Entebbe, the President said …": a participle
  // opening the sentence, with someone's counterpart or visitor (not "hosting the 26th SADC meeting").
  {
    pattern: p(`^\\s*(?:hosting|receiving|welcoming)\\s+(?=(?:his|her|their)\\s|(?:the\\s+)?visiting\\s)`),
    object: 'follows',
    channel: null,
    talks: false,
  },
  // "… is what Slovenia's foreign minister Karl Erjavec said after meeting his Croatian counterpart Miro Kovač"
  // (blind-83), "after talking with President-elect Claudia Sheinbaum" (blind-82): what someone did after meeting a
  // person — a person must follow ("after speaking to reporters", "after meeting expectations" are none). "after" stays
  // out of the phrase: what is said after a meeting is no speech that reports one (frames.ts saidAfterMeeting). Not
  // "said after meeting her counterparts from China, Japan, Russia and the two Koreas" (blind-10): a table of several
  // the text tells of otherwise, not a meeting with each.
  {
    pattern: p(
      `(?<=\\bafter\\s+)(?:meeting(?:\\s+with)?|(?:talking|speaking)\\s+(?:to|with))\\s+(?!(?:his|her|their|the)\\s+(?:[\\p{L}-]+\\s+)?counterparts\\b)(?=(?:his|her|their|the|[\\p{Lu}]))`,
    ),
    object: 'follows',
    nameFollows: true,
    needsObject: true,
    earlier: true,
    channel: null,
    talks: false,
  },
  // "In discussions with Australian Foreign Minister Penny Wong, Anwar …", "Talking to UK Foreign Secretary Boris
  // Johnson, Minh …", "Meanwhile, talking to …", "With Chinese Foreign Minister Wang Yi, Anwar reviewed …": the subject
  // follows the counterpart.
  {
    pattern: p(
      `\\b(?:discussions?|conversations?|consultations|talks|negotiations)${dayAfterNoun}\\s+with\\b|(?:^|[.;]\\s+|^(?:meanwhile|separately|later|earlier|also|besides|similarly|likewise|moreover|furthermore|additionally|in\\s+addition|subsequently|afterwards)\\s*,\\s*)(?:talking|speaking)\\s+(?:to|with)\\b|^with\\b`,
    ),
    object: 'follows',
    channel: null,
    talks: false,
  },
  // "Discussions were held with A; B; C": the subject is the one named before. "A similar discussion was also had
  // with …" (blind-43): the readout's principal when the sentence names no one before (frames.ts).
  {
    pattern: p(
      `\\b(?:discussions?|talks|consultations|meetings?|${callNouns}|conversations?)\\s+(?:was|were)\\s+(?:also\\s+)?(?:held|had|conducted)\\s+with\\b`,
    ),
    object: 'follows',
    channel: null,
    talks: false,
  },
  {
    pattern: p(`\\b(?:discussed|discusses|discuss|exchanged\\s+views|exchanges\\s+views|exchanged\\s+opinions)\\s+with\\b`),
    object: 'follows',
    channel: null,
    talks: false,
    discussion: true,
  },
  // "discussed bilateral relations and regional developments with his US counterpart Antony Blinken": what was discussed
  // between the verb and "with", which a name or a determiner of one follows ("discussed trade with Russia" is a topic).
  {
    // What was discussed names no other meeting: "discussed the outcomes of the meeting held by A with B" recalls one.
    pattern: p(
      `\\b(?:discussed|discusses)\\s+(?:(?!\\b(?:with|held|meetings?|talks|by|between|during|at)\\b)[^.;:!?()"“”]){3,120}?\\s+with\\s+(?=(?:his|her|their|the|visiting|H\\.?\\s?E\\.?|\\p{Lu}))`,
    ),
    object: 'follows',
    channel: null,
    talks: false,
    discussion: true,
    nameFollows: true,
  },
  {
    pattern: p(
      `\\b(?:paid|pays|paying|made)\\s+(?:a\\s+|an\\s+)?(?:(?:separate|individual)\\s+)?(?:(?:courtesy|farewell|introductory|protocol|goodbye)\\s+(?:calls?|visits?)(?:\\s+visits?)?)\\s+(?:on|to)\\b|\\bpaid\\s+(?:a\\s+)?calls?\\s+(?:on|to)\\b|\\b(?:called|calls)\\s+on\\b|\\b(?:received|receives|receiving)\\s+(?:a\\s+|an\\s+)?(?:courtesy|farewell|introductory)\\s+(?:call|visit)\\s+(?:from|by)\\b`,
    ),
    object: 'follows',
    channel: null,
    talks: false,
  },
  // "… made some phone calls to foreign leaders … He called King Abdullah of Jordan … The second one was to Hosni
  // Mubarak, and the third was to Prime Minister Siniora of Lebanon" (blind-83, a briefing): calls counted one by one.
  {
    pattern: p(
      `\\b(?:second|third|fourth|fifth|sixth|next|last|other|final)(?:\\s+(?:one|call|conversation))?\\s+(?:was|went)\\s+(?:to|with)\\s+(?=(?:the\\s+|his\\s+|her\\s+)?\\p{Lu})`,
    ),
    object: 'follows',
    nameFollows: true,
    needsObject: true,
    channel: null,
    talks: false,
  },
  // "Ambassador of India to Lebanon, Sanjiv Arora, paid the President a farewell visit" (blind-83), "Richard Marles paid
  // Prime Minister Voreqe Bainimarama a courtesy call" (blind-6): whom the visit was
  // paid stands between the verb and the visit; who was called on received the caller (as "briefed" has it).
  {
    pattern: p(
      `\\b(?:paid|pays|paying)\\s+(?=(?:(?:the|his|her|their)\\s+|\\p{Lu})[^.;,]{0,80}?\\s+an?\\s+(?:(?:courtesy|farewell|introductory|protocol|goodbye|official|working|private)\\s+){1,2}(?:calls?|visits?)\\b)`,
    ),
    object: 'follows',
    nameFollows: true,
    passive: true,
    channel: null,
    talks: false,
  },
  // "Foreign Minister Ali Sabry was (also, warmly) received by Prime Minister …": the one who received is the host, also
  // after a day and a place ("was received yesterday at State House by President William Ruto", trial 122). So is
  // the sovereign of "she was received in an audience with King Tupou VI" (blind-47).
  // "Mr Ouattara and his delegation were met at the Jubilee Lounge … by President Akufo-Addo" (blind-74): so is who met
  // an arrival.
  // "He also met and was hosted to lunch by Brunei's Minister …" (blind-43): the same, a meal between — after "met"
  // only: "X was hosted to lunch by Y" alone is a meal of a visit, which annotators do not count (blind-12).
  {
    pattern: p(
      `\\b(?:(?:was|were|being)\\s+(?:(?:also|then|later|first|today|yesterday|warmly|cordially|officially|formally|\\p{L}+ly)\\s+){0,2}(?:received|hosted|welcomed|met|greeted)(?:\\s+in\\s+(?:an?\\s+)?(?:private\\s+|royal\\s+|special\\s+)?audience)?(?:\\s+(?:today|yesterday|this\\s+(?:morning|afternoon|evening)|on\\s+\\p{L}+day|(?:at|in)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:of\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}'’.-]*){0,4}),?)*|(?:met|meets)\\s+and\\s+(?:was|were)\\s+(?:also\\s+)?(?:received|hosted|welcomed)(?:\\s+(?:to|for|at)\\s+(?:an?\\s+)?(?:official\\s+|working\\s+|private\\s+)?(?:lunch|luncheon|dinner|breakfast))?)\\s+(?:by|with(?<=audience\\s+with))\\b`,
    ),
    object: 'follows',
    channel: null,
    talks: false,
    passive: true,
  },
  // "His Majesty The King granted an Audience to the Indian Foreign Secretary": a sovereign's audience, given to someone.
  // "granted three separate audiences to the two Ambassadors and a delegation …" (blind-49): each of a group, named next.
  {
    pattern: p(
      `\\b(?:granted|grants|grant|gave|gives|accorded|accords)\\s+(?:an?\\s+|(?:two|three|four|five|six|several|\\d+)\\s+)?(?:(?:royal|private|special|separate|individual)\\s+)*audiences?\\s+to\\b`,
    ),
    object: 'follows',
    channel: null,
    talks: false,
  },
  // "received today in audience a delegation of Peruvian columnists", "received a high-level delegation from the ECOWAS
  // Parliament" (blind-69, its leader named in the next sentence): the one received is a group (frames.ts reads it).
  {
    pattern: p(
      `\\b(?:received|receives|hosted|hosts|welcomed|welcomes)(?:\\s+(?:today|yesterday|on\\s+\\p{L}+day|in\\s+(?:an\\s+)?audience))*\\s+(?=(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:delegation|group)\\s+(?:of|from)\\b)`,
    ),
    object: 'follows',
    channel: null,
    talks: false,
  },
  // "Ambassadors of Ethiopia, France and Mozambique presented their credentials to the President".
  {
    pattern: p(
      // "presented his Letter of Credence to President X", "presented a copy of his credentials to …", and the passive
      // "was handed a copy of his credentials by the newly appointed ambassador …".
      `\\b(?:presented|presents|present|presenting|handed\\s+over)\\s+(?:(?:on|today|yesterday)\\b[^;.]{0,40}?,\\s+)?(?:(?:his|her|their|the|a)\\s+)?(?:(?:letters?|copies|copy)\\s+of\\s+(?:(?:his|her|their|the)\\s+)?)?(?:credentials|credential\\s+letters?|letters?\\s+of\\s+(?:credence|accreditation|introduction)|open\\s+letters?)\\s+to\\b|\\b(?:was|were)\\s+(?:handed|presented\\s+with)\\s+(?:(?:his|her|their|the|a)\\s+)?(?:(?:letters?|copies|copy)\\s+of\\s+(?:(?:his|her|their|the)\\s+)?)?(?:credentials|credential\\s+letters?|letters?\\s+of\\s+(?:credence|accreditation|introduction)|open\\s+letters?)\\s+by\\b`,
    ),
    object: 'follows',
    channel: null,
    talks: false,
  },
  // A letter or message handed over in person: "Foreign Minister A handed over a letter from the President to B".
  {
    pattern: p(
      `\\b(?:handed|hands|delivered|delivers|conveyed|conveys)\\s+(?:over\\s+)?(?:a|an|the|his|her)\\s+(?:(?:written|personal|verbal|official)\\s+)?(?:letter|message)(?:\\s+(?:from|of)\\s+[^.;]{1,80}?)?\\s+to\\b`,
    ),
    object: 'follows',
    channel: null,
    talks: false,
  },
  // "A memorandum of understanding … was inked by Safadi and his Indonesian counterpart Retno Marsudi", "In a joint
  // declaration signed at the Presidential Palace by President Leonel Fernandez and his Haitian counterpart Michel
  // Martelly" (blind-83): counterparts signing together met (not "The MoU … was signed by A, Minister of Culture, and
  // B": officials at a ceremony).
  {
    pattern: p(
      `\\b(?:(?:was|were)\\s+(?:(?:jointly|also)\\s+)?)?(?:signed|inked)\\s+(?:(?:at|in|during)\\s+(?:the\\s+)?[^.;,]{1,60}?\\s+)?by\\b(?=[^.;]{1,160}\\s(?:and|with)\\s+(?:his|her|their)\\s+(?:[\\p{L}-]+\\s+)?counterparts?\\b)`,
    ),
    object: 'between',
    channel: null,
    talks: false,
  },
  // "re-affirmed Russia's relationship with Kazakhstan by signing a co-operation deal with its President Nursultan
  // Nazarbayev" (blind-81), "signed two agreements with his Kenyan counterpart": who signs with a person meets them — a
  // person must follow ("signed a deal with Kazakhstan" is none).
  {
    pattern: p(
      `\\b(?:signed|signs|signing|inked)\\s+(?:(?!with\\b)[\\p{L}\\d'’.-]+\\s+){0,6}?(?:agreements?|deals?|memorand(?:um|a)(?:\\s+of\\s+understanding)?|MoUs?|treaty|treaties|declarations?|accords?|protocols?|documents|communiqués?|conventions?|road\\s?maps?)\\s+with\\b`,
    ),
    object: 'follows',
    needsObject: true,
    channel: null,
    talks: false,
  },
  // "The message … was handed over by Kuwaiti Foreign Minister A to UK Deputy Prime Minister B".
  {
    pattern: p(`\\b(?:was|were)\\s+(?:handed(?:\\s+over)?|delivered|conveyed)\\s+by\\b(?=[^.;]{1,120}\\bto\\s)`),
    object: 'between',
    channel: null,
    talks: false,
  },
  // "the visiting president paid homage to Emir of Daura, Farouk Umar" (blind-70): a courtesy call on a ruler — a person
  // must follow ("paid homage to the victims" is none).
  {
    pattern: p(`\\b(?:paid|pays|paying)\\s+(?:(?:a|his|her|their)\\s+)?(?:courtesy\\s+)?homage\\s+to\\s+`),
    object: 'follows',
    channel: null,
    talks: false,
    nameFollows: true,
    needsObject: true,
  },
  // "Norwegian Foreign Minister Jonas Gahr Störe visited his new Swedish counterpart Carl Bildt".
  {
    pattern: p(`\\b(?:visited|visits|paid\\s+(?:a\\s+)?(?:courtesy\\s+)?visit\\s+to)\\s+`),
    object: 'follows',
    channel: null,
    talks: false,
    nameFollows: true,
    needsObject: true,
  },
  {
    pattern: p(
      // "received at the Ministry's General Diwan today his counterpart": a place between the verb and its object.
      `\\b(?:received|receives|receiving|met|meets|hosted|hosts)${receivedObject}`,
    ),
    nameFollows: true,
    object: 'follows',
    channel: null,
    talks: false,
  },
  {
    pattern: p(
      // The same for "welcomed", which needs someone welcomed: "Manalo welcomed Australia's support" is what he said.
      `\\b(?:welcomed|welcomes)${receivedObject}`,
    ),
    nameFollows: true,
    needsObject: true,
    object: 'follows',
    channel: null,
    talks: false,
  },
  {
    // "the meeting involving the Secretary-General and the Presidents of …": every party follows, as after "between".
    // "Discussions were held on Monday between A and B": the day may come between.
    // "… were covered during a meeting that brought together Safadi and his Croatian counterpart Gordan Radman", "the
    // Troika meeting brought together the Prime Minister of Tonga …; …; and …" (blind-64).
    // "following high-level deliberations on Sunday between Prime Minister Andrew Holness and President Nicolás Maduro"
    // (blind-55).
    pattern: p(
      `\\b(?:${callNouns}|${videoNouns}|${meetingNouns}|talks)\\s+(?:(?:was|were)\\s+(?:also\\s+)?held\\s+${when}|took\\s+place\\s+${when}|${when})?(?:between|involving|(?:(?:that|which)\\s+)?(?:brought|brings)\\s+together)\\b`,
    ),
    object: 'between',
    channel: null,
    talks: false,
  },
  {
    // "Lavrov’s telephone conversation with Kerry", "Safadi’s phone calls held on Sunday, with foreign ministers of …".
    pattern: p(
      `['’]s\\s+(?:${callNouns}|${videoNouns}|${meetingNouns}|talks)(?:\\s+(?:held|made)\\s+(?:on|in|this|last|yesterday|today)[^,.;]{0,30},?)?\\s+with\\b`,
    ),
    object: 'follows',
    channel: null,
    talks: false,
  },
  {
    // "during an audience of Foreign Minister, Tete António, with Portugal's Secretary of State …" (blind-49).
    pattern: p(`\\b(?:${callNouns}|${videoNouns}|meeting|talks|audience|encounter)\\s+of\\s+(?=(?:the\\s+)?\\p{Lu})`),
    nameFollows: true,
    object: 'between',
    channel: null,
    talks: false,
  },
  {
    pattern: p(`\\b(?:held|holds|hold|had|has|have|conducted)\\s+${adjectives}${lead}${videoNouns}\\b`),
    object: 'none',
    channel: 'video',
    talks: false,
  },
  {
    pattern: p(`\\b(?:held|holds|hold|had|has|have|conducted)\\s+${adjectives}${lead}${callNouns}\\b`),
    object: 'none',
    channel: 'phone',
    talks: false,
  },
  // "Foreign Minister Saleumxay Kommasith and his Vietnamese counterpart Bui Thanh Son co-chaired the 8th
  // ministerial-level political consultation in Hanoi" (blind-57): the two who chair a meeting together met.
  {
    pattern: p(
      `\\b(?:co-chaired|co-chair|co-chairs|co-chairing|co-hosted|co-hosts|jointly\\s+(?:chaired|hosted))\\s+${adjectives}${lead}(?:${meetingNouns}|session|round|commission|committee)\\b`,
    ),
    object: 'none',
    channel: null,
    talks: false,
  },
  // "On Tuesday, Macron and Ethiopian Prime Minister Abiy Ahmed presided over the signing of cultural, military and
  // investment agreements" (blind-85), "the two leaders witnessed the signing of …": two who preside over a signing
  // together met (the sentence must name both: one who witnesses a signing alone met no one).
  {
    pattern: p(`\\b(?:(?:jointly|together|also)\\s+)?(?:presided\\s+over|presides\\s+over|oversaw|oversees)\\s+the\\s+signing\\b`),
    object: 'none',
    channel: null,
    talks: false,
  },
  // "President Mahmoud Ahmadinejad and Turkmen President Gurbanguly Berdymukhamedov began private talks here" (blind-55).
  {
    pattern: p(`\\b(?:held|holds|hold|had|has|have|conducted|began|begins|begin|started|starts|opened|opens)\\s+${adjectives}talks\\b`),
    object: 'none',
    channel: null,
    talks: true,
  },
  {
    // "Kamilov and Pompeo held on Monday negotiations behind closed doors"; "A, B, and C convened the second
    // U.S.-India-Japan ministerial-level trilateral dialogue on September 18" (blind-70): words of the meeting's name
    // between (nameWords).
    pattern: p(`\\b(?:held|holds|hold|had|has|have|conducted|convened|convenes)\\s+${when}${adjectives}${nameWords}${meetingNouns}\\b`),
    object: 'none',
    channel: null,
    talks: false,
  },
  {
    pattern: p(
      // "… took part in the meeting", "Ambassador X was also present in the meeting"; "Chair of the Conference, …
      // Gaston Browne presided over the proceedings", "… addressed the Opening Session" (blind-63); "President Joseph
      // Biden, Prime Minister Anthony Albanese and Prime Minister Fumio Kishida took part." (trial 121); "A, B and C led
      // the US delegation", "attended on behalf of Guatemala" (blind-60), but not "… and D, who led the delegation" (a
      // list of people met, blind-49). "… who was also among the attendants of PM Hailemariam and President Al-Sisi’s
      // meeting today" (blind-86).
      `\\b(?:attended|attend|attends|participated\\s+in|took\\s+part\\s+in|co-chaired|co-chair|presided\\s+over)\\s+(?:the\\s+)?[^.;]{0,80}?(?:meeting|session|summit|talks|conference|consultations|videoconference|video\\s+conference|teleconference|(?:video\\s+|phone\\s+|telephone\\s+|conference\\s+)?call|round-?\\s?table|proceedings)\\b|\\baddressed\\s+the\\s+(?:(?:opening|closing|plenary|inaugural|high-level|first|final)\\s+)?(?:session|meeting|summit|conference)\\b|\\b(?:was|were)\\s+(?:also\\s+)?present\\s+(?:at|in|during)\\s+the\\s+(?:meeting|talks|call|conversation)\\b|\\b(?:was|were)\\s+(?:also\\s+)?among\\s+(?:the\\s+)?(?:attendants|attendees|participants)\\s+(?:of|at|in)\\s+(?:the\\s+)?[^.;]{0,80}?(?:meeting|talks|call|conversation)\\b|\\b(?:was|were)\\s+(?:also\\s+)?(?:a\\s+)?part\\s+of\\s+the\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:discussions?|meeting|talks|call|teleconference|videoconference|conference|deliberations|consultations)\\b|\\b(?:was|were)\\s+(?:also\\s+)?(?:present|in\\s+attendance)(?=\\s*[.;]|\\s*$)|\\b(?:took\\s+part|participated|attended)(?:\\s+(?:virtually|online|remotely|in\\s+person|as\\s+well|too))?(?=\\s*[.;]|\\s*$|\\s+on\\s+behalf\\s+of\\b)|(?<!\\b(?:who|which|that)\\s+(?:also\\s+)?)\\b(?:led|headed|leading|heading)\\s+(?:the|their|his|her)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?delegations?\\b`,
    ),
    object: 'none',
    channel: null,
    talks: false,
    participation: true,
  },
  {
    pattern: p(
      // "The teleconference comprised president Emmerson Mnangagwa, Paul Kagame (Rwanda), …" (blind-72).
      // Who else was there: "was also attended by", "was co-chaired by", "were signed by", "(attended by …)", "accompanied to the meeting by", "also present
      // were", "the US delegation was headed by", "The talks were led by", "the delegation included", "with the participation of",
      // "Present to receive the delegation was"; "Saint Lucia was represented by Ambassador …", "was held virtually on
      // May 6-7, 2021 under the chairmanship of Hon. Eamon Courtenay" (blind-63); "Also participating online was Palau’s
      // Minister of State …" (blind-64); "The MINFOR was co-hosted by the Hon Rimbink Pato, … and Senator the Hon Bob Carr"
      // (blind-65), "hosted by A and attended by B"; "Liberian lawmakers who formed part of the delegation in addition to
      // Speaker Nuquay included Senator …" (blind-69); "The signing of the agreement was witnessed by the President …",
      // "The meeting, brokered by Egypt’s President Abdelfattah al-Sisi on the sidelines of …" (blind-75).
      `\\b(?:formed|were|was)\\s+(?:also\\s+)?part\\s+of\\s+the\\s+(?:[\\p{L}-]+\\s+){0,2}?delegation\\b[^.;]{0,80}?\\s(?:included|comprised)\\b|\\b(?:was|were)\\s+(?:also\\s+)?(?:attended|joined|(?:co-)?chaired|(?:co-|jointly\\s+)?hosted|(?:jointly\\s+)?(?:signed|exchanged|witnessed))\\s+by\\b|\\band\\s+(?:was\\s+|were\\s+)?(?:also\\s+)?attended\\s+by\\b|\\((?:also\\s+)?(?:attended|joined)\\s+by\\b|\\b(?:was|were|is|are)\\s+(?:also\\s+)?accompanied\\s+(?:to\\s+the\\s+(?:meeting|talks|call)\\s+|(?:at|in|during|on)\\s+the\\s+(?:meeting|talks|call|conversation|discussions?)\\s+)?by\\b|\\b(?:also\\s+)?(?:present|in\\s+attendance|participating|attending)\\s+(?:(?:online|virtually|remotely|in\\s+person)\\s+)?(?:on\\s+the\\s+[\\p{L}-]+\\s+side\\s+)?(?:(?:at|in)\\s+)?(?:the\\s+(?:meeting|talks|call|discussions?|ceremony)\\s+)?(?:(?:on|from)\\s+the\\s+[\\p{L}-]+\\s+side\\s+)?(?:were|was)\\b|\\b(?:delegations?|side|representatives)\\s+(?:was|were|is|are)\\s+(?:also\\s+)?(?:led|headed|represented)\\s+by\\b|\\b(?:was|were)\\s+(?:also\\s+)?represented\\s+(?:on\\s+the\\s+[\\p{L}-]+\\s+side\\s+)?by\\b|\\b(?:meeting|talks|summit|call)\\s*,?\\s+(?:(?:was|were)\\s+)?(?:brokered|mediated|facilitated)\\s+by\\b|\\btroikas?\\s+(?:was|were)\\s+(?:also\\s+)?(?:formed|composed|made\\s+up)\\s+(?:by|of)\\b|\\b(?:talks|consultations?|negotiations|discussions|dialogue|meeting|session|round)\\s+(?:was|were)\\s+(?:jointly\\s+)?(?:co-)?(?:led|headed|chaired)\\s+by\\b|\\b(?:delegations?|side)\\s+(?:also\\s+)?(?:included|comprised|consisted\\s+of|(?:was|were)\\s+(?:formed|composed|made\\s+up)\\s+(?:by|of))\\b|\\bwith\\s+the\\s+(?:mediation\\s+and\\s+)?participation\\s+of\\b|\\bunder\\s+the\\s+(?:co-)?(?:chairmanship|chairpersonship|chairship)\\s+of\\b|\\balso\\s+(?:present\\s+)?at\\s+the\\s+(?:meeting|talks)\\s+(?:was|were)\\b|\\b(?:was|were)\\s+(?:also\\s+)?flanked\\s+by\\b|\\b(?:team|entourage|teleconference|videoconference|video\\s+conference|conference\\s+call|call|meeting|talks|summit)\\s+(?:also\\s+)?(?:included|comprised|consisted\\s+of)\\s+(?=\\p{Lu}|(?:president|prime\\s+minister|foreign\\s+minister|minister|chancellor|king|emir|sheikh)\\s+\\p{Lu})|\\bpresent\\s+with\\s+[^,.;]{1,60}?\\s+(?:was|were)\\b|^\\s*(?:also\\s+)?present\\s+(?:to|at|during|for|on)\\s+[^,.;]{1,60}?\\s+(?:were|was)\\b|^\\s*(?:the\\s+)?(?:participants|attendees)\\s+(?:were|included|comprised)\\b|^\\s*(?:the\\s+)?(?:full\\s+|complete\\s+)?list\\s+of\\s+(?:attendees|participants|guests|delegates)\\s+(?:was|were|is|included|comprised)\\b`,
    ),
    object: 'follows',
    channel: null,
    talks: false,
    participation: true,
  },
  {
    // "The Kazakh diplomat met with the heads of delegations. During the talks, Special Envoy … Geir O. Pedersen and
    // Special Representative … Alexander Lavrentyev commended …": who the meeting at hand was with.
    // "At the meeting, Maya Panjikidze and Edward Nalbandian presented to Serzh Sargsyan …" (blind-84): so at the meeting.
    pattern: p(`^\\s*(?:(?:during|in\\s+the\\s+course\\s+of)\\s+(?:the|these|those)\\s+(?:talks|consultations)|at\\s+the\\s+meeting)\\s*,`),
    object: 'follows',
    clauseSubject: true,
    channel: null,
    talks: false,
    participation: true,
  },
  // "Sheikh Abdullah during the meeting affirmed that …" (blind-53): the one who speaks "during the meeting" took part
  // in it — the meeting at hand.
  {
    pattern: p(
      `(?<=\\p{L}[\\p{L}.’']*\\s+)(?:during|at|in\\s+the\\s+course\\s+of)\\s+(?:the|this)\\s+(?:meeting|talks|call|conversation|discussions?)\\s+(?=(?:also\\s+)?(?:affirmed|said|stressed|noted|emphasi[sz]ed|expressed|underlined|underscored|reiterated|highlighted|welcomed|praised|hailed|conveyed|pointed\\s+out|reviewed|briefed)\\b)`,
    ),
    object: 'none',
    channel: null,
    talks: false,
    participation: true,
  },
  // "A of Mali, B of Burkina Faso and Niger's C are meeting on Monday in Bamako" (blind-52). "The presidents of
  // Kazakhstan, Kyrgyzstan, … convened in the Kazakh capital" (blind-72): gathered in a place, they met.
  {
    pattern: p(
      `\\b(?:met|meet|meets|spoke|talked|conferred|signed|sign)\\b|\\b(?:convened|gathered)(?=\\s+(?:in|at|on|today|yesterday|virtually|online)\\b)|\\b(?:are|were)\\s+meeting(?=\\s*[.;,]|\\s+(?:on|in|at|today|tonight|tomorrow|this|later|again|virtually|online|by|via|for\\s+(?:the\\s+)?(?:first|second|third|\\p{L}+th)\\b)\\b)`,
    ),
    object: 'none',
    channel: null,
    talks: false,
  },
  {
    pattern: p(`\\b(?:discussed|discuss|discusses|exchanged\\s+(?:their\\s+)?(?:views|opinions))\\b`),
    object: 'none',
    channel: null,
    talks: false,
    discussion: true,
  },
];

/** Medium and setting words anywhere in a frame's sentence. */
/** A telephone named as such: "telephone conversation", "phoned", "telephonic". */
// "takes a photo … by cell phone", "their mobile phones": a phone as a device is no call.
export const telephoneWords =
  /\b(?<!\b(?:cell|cellular|mobile|smart|camera|satellite)[\s-])(?:(?:tele)?phone(?!s?\s+(?:camera|number|photo|screen|charger)s?\b)|telephonic|phoned|telephoned)\b/i;
// A telephone, or a call: "a courtesy call on", "a farewell call", "the first port of call", "a call for restraint" are none;
// nor is "the video call" (blind-84), a "virtual call" or a "Zoom call" (a "conference call" is one by telephone).
export const phoneWords = new RegExp(
  String.raw`${telephoneWords.source}|(?<!\b(?:courtesy|farewell|introductory|protocol|goodbye|port of|made (?:the|this|that|his|her)|paid a|video|virtual|zoom|online)[\s-])(?:\bcall\b(?!\s+(?:on|for|to action)\b)|\bcalls\b(?=\s+(?:with|between)\b))`,
  'i',
);
// "virtually" is by video after a verb ("met virtually on Monday"), not as "almost" ("virtually identical", "virtually
// all"); "virtual" only names a meeting ("a virtual summit"), not "a virtual certainty".
// "online" too, as a meeting's ("an online meeting", "met online on Monday"), not a publication's ("a Venezuelan
// Government online publication", blind-64: it had made a meeting in Morocco a video call).
// And not how one person attended: "… and the Prime Minister of Solomon Islands, …, who joined virtually. Also
// participating online was …" (blind-64): some joined a meeting held in a place from afar — a hybrid meeting, no video
// call.
const remoteAttendance = String.raw`(?<!\b(?:who\s+(?:also\s+)?(?:joined|participated|took\s+part|attended)|(?:participating|joining|attending|taking\s+part))\s+(?:(?:via|by)\s+)?)`;
export const videoWords = new RegExp(
  String.raw`${remoteAttendance}(?:\b(?:video|videoconference|video-conference)\b|\bonline(?=\s+(?:[\p{L}'’-]+\s+){0,2}(?:call|conference|meeting|summit|talks?|session|format|mode|platform|link|conversation|consultations?|dialogue|exchange|bilateral|event|ceremony|signing)s?\b|\s*(?:[,.;:)]|$)|\s+(?:on|with|via|from|by|and|during|over|this|last|today|yesterday|earlier|later)\b)|\bvirtual(?=\s+(?:(?!(?:that|the|of|a|an|to|is|was|and|or)\s)[\p{L}'’-]+\s+){0,3}(?:call|conference|meeting|summit|talks?|session|format|mode|platform|link|conversation|consultations?|dialogue|exchange|bilateral|visit|tour|trip|event|ceremony|signing)s?\b)|\bvirtually(?=\s*(?:[,.;:)]|$)|\s+(?:on|with|to|via|from|at|by|and|during|for|over|this|last|today|yesterday|earlier|later)\b))`,
  'iu',
);
export const talksWords = /\btalks\b|\bnegotiations\b/i;
/**
 * "During the meeting, Li met with Lavrov": a meeting held during another one (in a sentence that reports a meeting).
 * "… hosted his Namibian counterpart … at the meeting, which was aimed at …" (blind-79): after the verb, "the meeting"
 * alone is the one at hand; an event there is named ("at the SADC meeting", "during the summit").
 */
export const duringWords =
  /(?<!\b(?:taken|adopted|agreed|reached|made|announced|decided|also|present)\s)(?:^\s*(?:during|at) the meeting|\b(?:during|at) the (?:(?:[\w'’-]+ ){1,4}meeting|(?:[\w'’-]+ ){0,4}(?:summit|session|conference|forum|ministerial|assembly|gathering)))\b(?!\s+(?:was|were|with|between)\b)(?!\s+of\s[^.,;]{0,100}\bwith\b)/i;
export const sidelinesWords =
  /\b(?:on|in) (?:the )?(?:side\w{0,2}lines?|margins?|fringes?) of\b|\bwithin the framework of\b(?=[^.,;]{0,160}\b(?:meeting|summit|session|conference|forum|ministerial|assembly|council)\b)|\bon the occasion of\b(?=[^.]{0,80}\b(?:summit|session|conference|forum|ministerial|assembly)\b)/i;
export const multilateralWords = /\b(?:trilateral|multilateral|quadrilateral|ministerial meeting|summit|troika|format meeting)\b/i;
// "hosted A and B at the White House for their first North American Leaders' Summit" (blind-71), "co-chaired the IBSA
// Foreign Ministers' meeting with A and B" (new-user trial 128 F4): one table.
export const togetherWords =
  /\b(?:trilateral|quadrilateral|multilateral|troika)\b|\bjoint(?:ly)? (?:meeting|met|held|audience)\b|\bmet together\b|\b(?:meetings?|talks)\s+with\s+[^.;]{0,160}?\s+together\b(?!\s+with)|\b(?:for|at|in) (?:an?|the|their) [^.,;]{0,40}\b(?:meeting|talks|session)\b|\bfor (?:an?|the|their) [^.,;]{0,40}\bsummit\b|\bco-?chair(?:ed|s)?\s+(?:an?|the|their)\s+[^.,;]{0,60}\b(?:meeting|session|summit|dialogue)\s+with\b/i;
/** Nouns that name an encounter without a verb ("after the trilateral talks", "during their meeting in Tokyo"). */
export const encounterNouns = /\b(?:meeting|talks|call|conversation|videoconference|video conference|consultations|summit)\b/i;
// "Separately, …" opening a sentence turns to other news; "met separately", "in separate meetings" tell of meetings.
export const separateWords =
  /\brespectively\b|\bseparate\b|(?<!^\s*)\bseparately\b|\bbilateral meetings with\b|\bbilaterally\b|\bbilaterals with\b|\bseries of (?:bilateral )?meetings\b|(?:,|\band)\s+(?:then|later|subsequently|afterwards)\s+(?:with\s+)?(?:the\s+|his\s+|her\s+)?\p{Lu}/iu;
/**
 * Ends a clause of invitation, up to the date or place being read: "invites President Jokowi to present at the G-20
 * meeting in Brisbane, Australia, in November 2014", "thanked for inviting President Lech Kaczynski to the Summit Meeting
 * of Presidents of Baltic States in Vilnius" (blind-82; Summit, a town in New Jersey, had placed the meeting), "invited
 * him and President of Turkmenistan Serdar Berdimuhamedov to visit Kyrgyzstan" (blind-85: ten words before "to") — that
 * date and place are the event's someone is invited to, not a meeting's (assemble/when.ts, assemble/where.ts).
 */
export const invitedTo =
  /\binvit(?:e|es|ed|ing)\s+(?:[\p{L}'’.-]+\s+){0,10}?to\s+(?:(?:visit|attend|present|participate|take\s+part|join|come)\b[^.;]{0,100}|the\s+[^.;]{0,100}|)$/iu;
/**
 * Words that tell of a meeting still to come, anywhere before what they are said of: "the agenda to be discussed next
 * Monday by Presidents A and B at their summit in Ipiales" (blind-63) — its people and its place are not the meeting's
 * at hand.
 */
export const stillToCome =
  /\b(?:to\s+be\s+(?:discussed|held|signed|adopted|considered|reviewed|attended)|will\s+(?:be\s+)?(?:discuss|meet|hold|sign|attend)\w*|(?:will|shall)\s+(?:also\s+)?(?:(?:on|in|at|this|next|the|of|early|late|\d{1,4}(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|morning|afternoon|evening),?\s+){0,8}(?:host|receive|welcome|visit|co-chair|chair)\b|(?:next|coming|upcoming)\s+(?:week|month|year|summit|meeting|\p{L}+day))\b/iu;
// "… would also be holding a meeting with President Akufo-Addo" (blind-53): the progressive of a future too. "… is also
// expected to hold a one-on-one meeting with Afghan President Ashraf Ghani today" (blind-80): a verb of holding between
// the future and the meeting's noun.
export const futureBefore =
  /\b(?:will|would|shall|plans? to|planned to|expected to|going to|set to|due to|scheduled to|agreed to|look(?:s|ed|ing)? forward to|intends? to|hopes? to|wishe?s? to|(?<!\b\d{1,2}(?:st|nd|rd|th)?\s)may(?!\s+\d)|might|could|should|ahead of|before|prior to|prepar(?:e|es|ed|ing|ations?) for|in the run-up to|upcoming|next|forthcoming|future|proposed|possible|potential|prospective|planned)\s+(?:[\w'’-]+\s+){0,2}$|\b(?:will|would|shall)\s+(?:also\s+|then\s+|later\s+)?be\s+(?:holding|having|hosting|receiving|meeting)\s+(?:[\w'’-]+\s+){0,2}$|\b(?:expected|set|due|scheduled|planned|plans?|going)\s+to\s+(?:hold|have|conduct)\s+(?:[\w'’-]+\s+){0,3}$|\b(?:will|would|shall)\s+(?:also\s+)?(?:(?:on|in|at|this|next|the|of|early|late|mid|from|between|and|\d{1,4}(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|morning|afternoon|evening|week|month),?\s+){2,9}$/i;
/**
 * Before a meeting verb, a habit, not an encounter: "We regularly meet and talk by phone" (a Russian transcript's
 * welcome, new-user trial 128 F2: it had made in-person talks in Moscow a phone call with no place).
 */
export const habitualBefore =
  /\b(?:regularly|often|frequently|usually|always|constantly|routinely|periodically|repeatedly)\s+(?:[\w'’-]+\s+){0,4}$/i;
/**
 * Before a meeting verb, a purpose in a clause about the future: "He will leave Norway for France to meet with French
 * President Emmanuel Macron" (blind-45), "is due to travel to Paris on Monday to hold talks with …". futureBefore reads
 * only two words back; here the future stands further back in the same clause, and the verb is its purpose ("to"), or
 * the noun of one ("will travel to Jakarta on 10 March to hold talks with …", "plans to visit Jakarta for a meeting with …",
 * trial 128 F11).
 */
export const futurePurposeBefore =
  /\b(?:will|shall|(?:is|are)\s+(?:set|due|scheduled|expected|slated)\s+to|plans?\s+to|intends?\s+to)\s+[^.;:]{0,100}?\b(?:to\s+(?:also\s+)?(?:(?:hold|have|conduct|pay)\s+(?:(?:a|an|the|official|bilateral|formal)\s+)*)?|for\s+(?:a|an|the)\s+(?:(?:official|bilateral|formal)\s+)*)$/i;

/**
 * Before a noun, a visit or meeting still to come that the readout's own meeting prepares: "met … to prepare for the
 * official visit to Angola by …". Narrower than futureBefore: "remarks to reporters before a one-on-one meeting with
 * Blinken" tells of a meeting that followed.
 */
export const preparedForBefore =
  /\b(?:prepar(?:e|es|ed|ing|ations?)\s+for|in\s+the\s+run-up\s+to|upcoming|forthcoming|next|future|proposed|planned|prospective)\s+(?:[\w'’-]+\s+){0,2}$/i;
/** After a phrase: "the meeting … scheduled for early April", "talks with Afghan president soon" (a headline, blind-80). */
// Not across "ahead of" / "before": "met X ahead of the summit that will take place in Vienna" happened.
export const futureAfter =
  /^(?:(?!\b(?:ahead\s+of|before|prior\s+to|in\s+preparation\s+for|in\s+the\s+run-up\s+to)\b)[^.;]){0,80}?\b(?:scheduled|planned|to be held|will be held|will take place|is expected)\b|^[^.;,]{0,40}?\bsoon\b(?!\s+after)/i;
/**
 * Before a phrase, anywhere in its clause: a meeting someone told others about ("briefed them on his visit to Ukraine,
 * including his discussions with President Zelenskyy"), one of years ago ("The last time … was four years ago, when …
 * visited Seoul to attend a meeting"), one given as a cause ("relations had gained new impetus thanks to … the latest
 * meeting between President A and President B"), or one a trip is planned for ("plans to visit Washington early this month for a
 * bilateral meeting with …"). None is a meeting this readout reports.
 */
export const toldOfOtherMeeting =
  /\b(?:briefed|informed|updated|apprised)\s+(?:[\w'’-]+\s+){0,3}?(?:on|about|of)\s+[^.;:]{0,100}$|\bthe last time\b[^.;:]{0,200}$|\b(?:thanks|owing|due)\s+to\b[^.;:]{0,160}$|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:years?|months?)\s+ago\b[^.;:]{0,150}$|\b(?:will|would|plans?\s+to|planned\s+to|expected\s+to|set\s+to|due\s+to|scheduled\s+to|going\s+to|intends?\s+to)\s+(?:visit|travel|go|fly|head|attend|arrive)\b[^.;:]{0,80}$/i;
// "had met" recalls; "had him having talks with …" (the engagements had him …) does not. "common perceptions reached
// during the online talk between A and B in February 2023" (new-user trial 131): what a meeting reached tells of it.
export const recalledBefore =
  /\b(?:last(?!\s+(?:week|month|weekend|night|evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|latest|previously|earlier(?!\s+(?:today|tonight|this|on|in\s+the\s+day)\b)|had(?!\s+(?:him|her|them)\b)|since|former|previous)\s+(?:[\w'’-]+\s+){0,1}$|\brecall(?:ed|ing|s)?\s+(?:that\s+)?(?:[\w'’-]+\s+){0,3}$|\b(?:reached|achieved|adopted|taken|signed|agreed(?:\s+upon)?)\s+(?:(?:during|at|in|on)\s+(?:the|their|a)\s+(?:(?:online|virtual|recent|previous|historic|last|first|phone|telephone|video)\s+){0,2})?$/i;

/**
 * "1. (U) Participants: ⏎ U.S. ⏎ The Secretary ⏎ … ⏎ Denmark ⏎ …" (blind-74, a cable): the line that announces a list of
 * participants ("Participants:", "Attendees:") and the sentences of the list under it, up to the headline, a numbered
 * paragraph ("2. (C) SUMMARY.") or prose (more than 14 words on one line; lines of names the splitter ran together are
 * still the list's). Null when no line announces one.
 */
export function participantList<S extends { inHeadline: boolean; text: string; words: readonly unknown[] }>(
  sentences: readonly S[],
): { heading: S; lines: S[] } | null {
  const at = sentences.findIndex((s) => !s.inHeadline && participantsHeading.test(s.text));
  if (at < 0) return null;
  const after = sentences.slice(at + 1);
  const end = after.findIndex(
    (s) => s.inHeadline || /^\s*(?:\d+\.\s|\([A-Z]{1,3}\)\s)/.test(s.text) || (s.words.length > 14 && !/\n/.test(s.text)),
  );
  return { heading: sentences[at] as S, lines: end < 0 ? after : after.slice(0, end) };
}

const participantsHeading = /^\s*(?:\d+\.\s*)?(?:\([A-Z]{1,3}\)\s*)?(?:participants|attendees|attending|present)\s*:\s*$/i;
