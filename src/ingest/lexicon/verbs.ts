// Verbs that report what a participant said or did at the meeting ("said", "stressed", "welcomed"), and words that are
// never part of a name although capitalised at the start of a clause or in a headline.

export const speechVerbs = new Set(
  `said says say stated states noted notes stressed stresses expressed expresses pointed points added adds underscored
underscores emphasized emphasised emphasizes emphasises reiterated reiterates welcomed welcomes thanked thanks raised raises
highlighted highlights congratulated congratulates urged urges called calls hoped hopes appreciated appreciates praised praises
affirmed affirms reaffirmed reaffirms briefed briefs informed informs invited invites proposed proposes suggested suggests
responded responds replied replies explained explains told tells asked asks agreed agrees recalled recalls voiced voices conveyed
conveys extended extends elaborated elaborates hailed hails condemned condemns opposed opposes supported supports lauded lauds
acknowledged acknowledges confirmed confirms assured assures outlined outlines shared shares commended commends recognized
recognised recognizes recognises underlined underlines mentioned mentions announced announces believed believes considered
considers described describes wished wishes discussed discusses exchanged exchanges reviewed reviews committed commits spoke
presented presents requested requests sought seeks insisted insists warned warns reminded reminds clarified clarifies appealed
appeals pledged pledges vowed vows promised promises accepted accepts declared declares indicated indicates observed observes
remarked remarks regretted regrets deplored deplores denounced denounces communicated communicates focused focuses offered offers
valued values saluted salutes encouraged encourages advocated advocates put expected expects looked looks reported reports gave gives provided provides
argued argues admitted admits demanded demands assessed assesses evaluated evaluates analysed analyzed agreeing thanking noting
stressing expressing underlining emphasizing emphasising welcoming calling saying adding claimed claims asserted asserts
maintained maintains reassured reassures pointing recalling highlighting reiterating underscoring referred refers
updated updates apprised apprises`.split(/\s+/),
);

/** Verbs after a subject that make a sentence narrative rather than a statement. */
export const narrativeVerbs = new Set(
  `was were is are visited visits arrived arrives attended attends received receives met meets departed departs travelled
traveled travels landed lands based appointed elected located held holds had has have been will would paid pays led leads
accompanied hosted hosts chaired chairs co-chaired participated participates joined joins returned returns flew flies
left leaves toured tours stayed stays headed heads postponed postpones cancelled canceled cancels delayed delays deferred
defers rescheduled reschedules resigned resigns died dies inspected inspects laid lays unveiled unveils posed poses initiated
initiates phoned phones`.split(/\s+/),
);

/** Capitalised words that begin clauses or headlines and are never (part of) a person's name. */
export const notNameWords = new Set(
  `the a an at in on to for with as after before during by from this that these those some such it its our we he she they
him them his her their both all each meanwhile however also then while when where since regarding concerning following
according under over upon earlier later today yesterday tomorrow moreover furthermore additionally besides further finally
first second third last lastly next accordingly therefore thus hence nevertheless meanwhile overall in-person readout statement
press release news photo photos video source share print home menu search ministry embassy government readouts joint
national international minister's secretary's meeting meetings talks talk call calls conversation conversations visit visits telephone phone video videoconference conference teleconference consultations dialogue summit session agreement
memorandum declaration january february march april may june july august september october november december monday
tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct
nov dec video-conference tele-conference covid covid-19 coronavirus no mr mrs ms dr excellency holy his her counterpart counterparts delegation
delegations side sides talking speaking receiving welcoming hosting addressing thanking greeting briefing
people peoples anniversary anniversaries independence celebration celebrations festival jubilee treaty treaties influenza
ceremony ceremonies audience audiences`.split(/\s+/),
);

/**
 * Nouns that end the names of institutions, bodies, places and events ("Disasters Management Authority", "Black Sea",
 * "Liberation War", "CAF-Development Bank"): never a word of a person's name, and a capitalised run they follow names
 * the institution, not a person.
 */
export const institutionNouns = new Set(
  `authority authorities service services community communities organization organizations organisation organisations
council committee committees agency agencies office offices department departments assembly parliament movement army
forces court university institute centre center bank banks war sea ocean river peninsula strait straits relations
affairs security cooperation development ministries association associations foundation corporation company
secretariat directorate bureau chancellery dam dams bridge bridges corridor railway railways pipeline canal airport port
harbour harbor highway motorway tunnel plant station stadium museum hospital palace square avenue boulevard mfa mfas
mofa mofas moi mod unit units division divisions chamber chambers congress structure structures mechanism`.split(/\s+/),
);

/** Headline verbs, which title case capitalises ("Wang Yi Meets …"). */
export const headlineVerbs = new Set(
  `meets met meet holds held hold has had have receives received receive discusses discussed discuss talks speaks spoke
calls called call visits visited visit hosts hosted host signs signed sign welcomes welcomed confers conferred urges urged
says said agrees agreed exchanges exchanged reviews reviewed makes made pays paid attends attended participates
participated congratulates congratulated phones phoned telephones telephoned`.split(/\s+/),
);

/**
 * Verbs of what two sides do together ("met Y and discussed …", "and agreed …"): after "and", the sides act, not the
 * subject alone.
 */
export const mutualVerbs = new Set(
  'discussed discusses exchanged exchanges agreed agrees reviewed reviews shared shares spoke signed held'.split(' '),
);
