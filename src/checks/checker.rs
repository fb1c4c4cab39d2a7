//! The checks' rules compiled: [`Checker::new`] turns the parties, vocabularies, cue words,
//! claims and term checks of content/terms.toml, kept there as written, into the phrases and
//! official values the checks read with, and judges a reading against the terms in force at the
//! stage it speaks of ([`Checker::verdict`]). Every mistake in the rules is an error located in
//! terms.toml.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::OnceLock;

use chrono::NaiveDate;
use rayon::prelude::*;

use super::claim::{self, Answer, Claim};
use super::lexicon::Lexicon;
use super::phrase::{self, KeyTable, Memo, Parties, Phrase, Present, Test};
use super::reach::Reach;
use super::read::{Reading, When};

use super::value::{Lang, Value};
use crate::content::terms::{self, Terms};
use crate::diag::Diagnostic;

/// An event as the checks know it: its date, and what articles call it.
#[derive(Debug, Clone)]
pub struct EventName {
    pub id: String,
    pub date: NaiveDate,
    /// The names, each with the language it is read in (`None`: the event's own `called`,
    /// English, read where the claims' English patterns are).
    pub called: Vec<(Option<Lang>, Phrase)>,
}

/// The compiled rules: claims, their answers, parties, cue words and event names.
#[derive(Debug, Clone, Default)]
pub struct Checker {
    pub claims: Vec<Claim>,
    /// Per claim, the terms that answer it.
    pub answers: Vec<Vec<Answer>>,
    pub parties: Parties,
    pub lexicon: Lexicon,
    pub events: Vec<EventName>,
    /// Which patterns a clause's words can admit, so that a clause tries only those.
    pub index: PatternIndex,
}

/// The claims' patterns as tests on a clause's words ([`Phrase::admits`]) in numbers of a
/// [`KeyTable`], so that a clause computes which keys it holds once and each of thousands of
/// patterns is a few bit lookups. Each language's patterns are compiled into their table when a
/// clause in that language first asks: a digest whose articles are all English never compiles
/// the tests of the seven other languages' patterns.
#[derive(Debug, Clone, Default)]
pub struct PatternIndex {
    /// Per language a pattern is written in (`None`: the claims' own), its patterns in claim
    /// and pattern order, and their tests once compiled.
    by_lang: Vec<Group>,
}

/// Which languages' `[[phrasing]]`s and `[[called]]` names a [`Checker`] parses: all of them
/// for `gloss check` (every mistake in terms.toml reported, whatever the articles' languages),
/// only those the articles are read in for a one-shot build (an English digest does not parse
/// the seven other languages' patterns, most of the rules, on every build; the vocabularies'
/// phrases are then checked where a parsed pattern names them, not each on its own). The
/// claims' own patterns, the cue words and the events' own names are compiled either way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Languages {
    Every,
    /// These languages (a phrasing's tag read as [`Lang::from_tag`] reads it).
    Only(Vec<Lang>),
}

impl Languages {
    pub fn has(&self, lang: Lang) -> bool {
        match self {
            Languages::Every => true,
            Languages::Only(langs) => langs.contains(&lang),
        }
    }
}

/// A language, its patterns (claim, pattern), and their tests once compiled.
type Group = (Option<Lang>, Vec<(u32, u32)>, OnceLock<Patterns>);

/// A language's patterns compiled: their tests, and which of them each key may admit, so that
/// a clause asks only the tests of patterns whose leading keys it holds, not all of them.
#[derive(Debug, Clone, Default)]
struct Patterns {
    table: KeyTable,
    tested: Vec<Tested>,
    /// Per key number, the patterns (positions in `tested`) that key leads: those of key `k`
    /// are `led[led_at[k]..led_at[k + 1]]` (a key past the end leads none).
    led_at: Vec<u32>,
    led: Vec<u32>,
    /// The patterns without leading keys: asked of every clause.
    always: Vec<u32>,
    /// The same for each pattern's second set of keys ([`Test::second`]): a pattern is asked
    /// only of a clause that holds a key of its lead and one of its second set.
    second_at: Vec<u32>,
    second: Vec<u32>,
    always_second: Vec<u32>,
}

/// A pattern (claim, pattern) and its test.
type Tested = (u32, u32, Test);

impl Patterns {
    fn new(claims: &[Claim], members: &[(u32, u32)]) -> Patterns {
        // The index's members are parsed patterns ([`PatternIndex::new`]).
        let phrase = |&(ci, pi): &(u32, u32)| claims[ci as usize].patterns[pi as usize].phrase.as_ref();
        // What each pattern asks (its keys and needs) is most of the cost and depends on no
        // other pattern: a second thread works out every other pattern's while this one does the
        // rest, then the tests are numbered in order. A plain thread, not the pool's: this runs
        // inside the lock the pool's other threads wait on for these patterns, and a pool thread
        // waiting for help could take up one of their jobs and wait on this very lock.
        std::thread::scope(|s| {
            let helper = s.spawn(|| members.iter().skip(1).step_by(2).filter_map(phrase).for_each(Phrase::prepare));
            members.iter().step_by(2).filter_map(phrase).for_each(Phrase::prepare);
            // A panic there would come again below, on this thread, where it is reported.
            let _ = helper.join();
        });
        let mut list = Patterns::default();
        let mut by_key: HashMap<u32, Vec<u32>, foldhash::fast::FixedState> = HashMap::default();
        let mut by_second: HashMap<u32, Vec<u32>, foldhash::fast::FixedState> = HashMap::default();
        for &(ci, pi) in members {
            let Some(p) = phrase(&(ci, pi)) else { continue };
            let test = list.table.compile(p);
            let at = list.tested.len() as u32;
            for (keys, always, map) in
                [(test.lead(), &mut list.always, &mut by_key), (test.second(), &mut list.always_second, &mut by_second)]
            {
                if keys.is_empty() {
                    always.push(at);
                }
                for &k in keys {
                    let led = map.entry(k).or_default();
                    if led.last() != Some(&at) {
                        led.push(at);
                    }
                }
            }
            list.tested.push((ci, pi, test));
        }
        (list.led_at, list.led) = postings(&by_key);
        (list.second_at, list.second) = postings(&by_second);
        list
    }

    /// The patterns key `k` leads.
    fn led(&self, k: u32) -> &[u32] {
        slice_of(&self.led_at, &self.led, k)
    }

    /// The patterns whose second set of keys holds key `k`.
    fn seconded(&self, k: u32) -> &[u32] {
        slice_of(&self.second_at, &self.second, k)
    }
}

/// Per key number, the patterns listed for it, as one list and where each key's start: those
/// of key `k` are `list[at[k]..at[k + 1]]`.
fn postings(by_key: &HashMap<u32, Vec<u32>, foldhash::fast::FixedState>) -> (Vec<u32>, Vec<u32>) {
    let keys = by_key.keys().max().map_or(0, |k| k + 1);
    let mut at = Vec::with_capacity(keys as usize + 1);
    let mut list = Vec::new();
    for k in 0..keys {
        at.push(list.len() as u32);
        list.extend(by_key.get(&k).map_or(&[][..], Vec::as_slice));
    }
    at.push(list.len() as u32);
    (at, list)
}

/// The patterns [`postings`] lists for key `k` (a key past the end: none).
fn slice_of<'a>(at: &[u32], list: &'a [u32], k: u32) -> &'a [u32] {
    match (at.get(k as usize), at.get(k as usize + 1)) {
        (Some(&from), Some(&to)) => &list[from as usize..to as usize],
        _ => &[],
    }
}

impl PatternIndex {
    fn new(claims: &[Claim]) -> PatternIndex {
        let mut index = PatternIndex::default();
        for (ci, claim) in claims.iter().enumerate() {
            // A pattern left unparsed (no clause can reach it) is no candidate.
            for (pi, p) in claim.patterns.iter().enumerate().filter(|(_, p)| p.phrase.is_some()) {
                let at = (ci as u32, pi as u32);
                match index.by_lang.iter_mut().find(|(l, _, _)| *l == p.lang) {
                    Some((_, list, _)) => list.push(at),
                    None => index.by_lang.push((p.lang, vec![at], OnceLock::new())),
                }
            }
        }
        index
    }

    /// Whether the tests of the patterns written in `lang` are compiled (asked for yet).
    pub fn compiled(&self, lang: Option<Lang>) -> bool {
        self.by_lang.iter().any(|(l, _, p)| *l == lang && p.get().is_some())
    }

    /// The (claim, pattern) pairs of `claims` (the ones the index was made of) written in a
    /// language `reads` accepts whose test the clause passes, in claim and pattern order.
    fn candidates(&self, claims: &[Claim], present: &Present, reads: impl Fn(Option<Lang>) -> bool) -> Vec<(u32, u32)> {
        thread_local! {
            /// The tests' answers, kept from clause to clause: a fresh memo is a slot per test.
            static MEMO: std::cell::RefCell<Memo> = std::cell::RefCell::new(Memo::default());
        }
        MEMO.with_borrow_mut(|memo| self.candidates_with(claims, present, reads, memo))
    }

    fn candidates_with(
        &self,
        claims: &[Claim],
        present: &Present,
        reads: impl Fn(Option<Lang>) -> bool,
        memo: &mut Memo,
    ) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        let mut groups = 0;
        // The patterns asked, as a bit set over `tested`: read in order, each once (no list to
        // sort and deduplicate per clause).
        let mut asked: Vec<u64> = Vec::new();
        let mut seconded: Vec<u64> = Vec::new();
        for (_, members, list) in self.by_lang.iter().filter(|(l, _, _)| reads(*l)) {
            groups += 1;
            let list = list.get_or_init(|| Patterns::new(claims, members));
            let bits = list.table.bits(present);
            memo.clear();
            let words = list.tested.len().div_ceil(64);
            for (set, always) in [(&mut asked, &list.always), (&mut seconded, &list.always_second)] {
                set.clear();
                set.resize(words, 0);
                always.iter().for_each(|&i| set[i as usize / 64] |= 1 << (i % 64));
            }
            for k in bits.ones() {
                list.led(k).iter().for_each(|&i| asked[i as usize / 64] |= 1 << (i % 64));
                list.seconded(k).iter().for_each(|&i| seconded[i as usize / 64] |= 1 << (i % 64));
            }
            // Each asked pattern is led by a key the clause holds, or has no lead, and holds a
            // key of its second set, or has none.
            for (w, (&word, &second)) in asked.iter().zip(&seconded).enumerate() {
                let mut word = word & second;
                while word != 0 {
                    let i = w * 64 + word.trailing_zeros() as usize;
                    word &= word - 1;
                    let (ci, pi, t) = &list.tested[i];
                    if list.table.holds_led(t, &bits, memo) {
                        out.push((*ci, *pi));
                    }
                }
            }
        }
        if groups > 1 {
            out.sort_unstable();
        }
        out
    }
}

impl Checker {
    /// Compiles the rules of `terms`, every language's, reporting every mistake with its line
    /// in terms.toml.
    pub fn new(terms: &Terms) -> Result<Checker, Vec<Diagnostic>> {
        Checker::for_languages(terms, &Languages::Every)
    }

    /// [`Checker::new`] with only the `[[phrasing]]`s of `languages`: a mistake in another
    /// language's pattern is not reported (`gloss check` reports it); one in a phrasing's value
    /// names or claim still is.
    pub fn for_languages(terms: &Terms, languages: &Languages) -> Result<Checker, Vec<Diagnostic>> {
        Checker::reaching(terms, languages, None)
    }

    /// [`Checker::for_languages`] for articles whose [`Reach`] is `reach`: the claims' patterns
    /// none of their clauses can reach are left unparsed (most of the rules, for a small
    /// digest), their mistakes `gloss check`'s to report.
    pub fn reaching(terms: &Terms, languages: &Languages, reach: Option<&Reach>) -> Result<Checker, Vec<Diagnostic>> {
        let file = Path::new(terms::FILE);
        let rules = &terms.rules;
        let mut problems = Vec::new();
        // The cue words and the claims compile on the two cores at once: both are a good part of
        // a small digest's build, and neither needs the other.
        let (lexicon, (claims, claim_problems)) =
            rayon::join(|| Lexicon::new(&rules.languages), || compile_claims(rules, languages, reach, file));
        let parties = Parties::new(&rules.parties);
        let lexicon = match lexicon {
            Ok(l) => l,
            Err(errors) => {
                for e in errors {
                    problems.push(Diagnostic::error(
                        file,
                        rules.lines.line(e.offset),
                        format!("[language.{}]: {}", e.lang, e.message),
                    ));
                }
                // The build stops on these errors; the rest of the rules are still read, with
                // the built-in cues alone, so that every mistake is reported in one run.
                #[allow(clippy::expect_used, reason = "the embedded cues.toml is compiled by every test")]
                Lexicon::new(&BTreeMap::new()).expect("the built-in cues compile")
            }
        };
        problems.extend(claim_problems);
        let (answers, more) = claim::answers(&claims, terms, &parties, file);
        problems.extend(more);
        let vocab = phrase::Vocab::new();
        let events = terms
            .events
            .iter()
            .map(|e| {
                let mut called = Vec::new();
                for c in &e.called {
                    match phrase::parse(c, &vocab) {
                        Ok(p) => called.push((None, p)),
                        Err(err) => problems.push(Diagnostic::error(
                            file,
                            e.line,
                            format!("event `{}`, called `{c}`: {}", e.id, err.0),
                        )),
                    }
                }
                for spec in rules.called.iter().filter(|c| *c.event.get_ref() == e.id) {
                    let lang = Lang::from_tag(spec.lang.get_ref());
                    // Read only in articles of its language, as a phrasing's patterns are.
                    if !languages.has(lang) {
                        continue;
                    }
                    for c in &spec.phrases {
                        match phrase::parse(c.get_ref(), &vocab) {
                            Ok(p) => called.push((Some(lang), p)),
                            Err(err) => problems.push(Diagnostic::error(
                                file,
                                rules.lines.line(c.span().start),
                                format!("[[called]] of `{}`: `{}`: {}", e.id, c.get_ref(), err.0),
                            )),
                        }
                    }
                }
                EventName { id: e.id.clone(), date: e.date, called }
            })
            .collect();
        problems.sort_by_key(|d| d.line);
        let index = PatternIndex::new(&claims);
        if problems.is_empty() {
            Ok(Checker { claims, answers, parties, lexicon, events, index })
        } else {
            Err(problems)
        }
    }

    pub fn is_empty(&self) -> bool {
        self.claims.is_empty()
    }

    /// Compiles now the pattern tests and the cue words that clauses in `languages` ask for
    /// (each language's are otherwise compiled when its first clause is read, while the pool's
    /// other thread waits for them): for a caller with other work for the other core meanwhile.
    /// English's patterns are read in English and in languages gloss has no patterns for
    /// ([`Lang::Other`]). The cues compile beside the tests, on the pool's other thread once it
    /// is free (neither uses the pool inside its lock, so neither can wait on the other).
    pub fn compile_for(&self, languages: &Languages) {
        let tests = || {
            for (lang, members, list) in &self.index.by_lang {
                let read = match lang {
                    Some(l) => languages.has(*l),
                    None => languages.has(Lang::En) || languages.has(Lang::Other),
                };
                if read {
                    list.get_or_init(|| Patterns::new(&self.claims, members));
                }
            }
        };
        let cues = || {
            for lang in Lang::ALL.into_iter().chain([Lang::Other]).filter(|l| languages.has(*l)) {
                self.lexicon.for_lang(lang.code());
            }
        };
        rayon::join(tests, cues);
    }

    /// The (claim, pattern) pairs written in a language `reads` accepts whose test a clause
    /// holding `present` passes, in claim and pattern order.
    pub fn candidates(&self, present: &Present, reads: impl Fn(Option<Lang>) -> bool) -> Vec<(u32, u32)> {
        self.index.candidates(&self.claims, present, reads)
    }

    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims.iter().find(|c| c.id == id)
    }

    /// The dates whose terms a reading is judged by.
    fn points(&self, when: &When, stage: NaiveDate) -> Vec<NaiveDate> {
        let dates = || self.events.iter().map(|e| e.date);
        match when {
            When::Now => vec![stage],
            When::Earlier => dates().filter(|d| *d <= stage).chain([stage]).collect(),
            When::Before => dates().filter(|d| *d < stage).chain(stage.pred_opt()).collect(),
            When::At(d) => d.clone(),
        }
    }

    /// How a reading compares with the terms in force at the stage it speaks of: agrees if the
    /// terms at any of its dates say its value; contradicts if terms there answer its claim and
    /// none says it. The term cited is the agreeing one, else the one closest to the claim.
    pub fn verdict(&self, terms: &Terms, r: &Reading, stage: NaiveDate) -> Option<Verdict<'_>> {
        let mut points = self.points(&r.when, stage);
        points.sort();
        points.dedup();
        // A year that holds the event setting a one-off claim's term speaks of that event: "in
        // 2023 Microsoft invested $1 billion" is the 2023 investment, not the terms in force
        // on the year's first day (2019's).
        if self.claims[r.claim].latest && matches!(&r.when, When::At(dates) if dates.len() > 1) {
            let set_then: Vec<NaiveDate> = points
                .iter()
                .copied()
                .filter(|p| {
                    self.answers[r.claim]
                        .iter()
                        .any(|a| a.event_date == *p && a.says.iter().any(|v| r.value.bears_on(v)))
                })
                .collect();
            if !set_then.is_empty() {
                points = set_then;
            }
        }
        let (agree, contra) = self.compare(terms, r, &points);
        // A sentence that dates a term to a stage before it was set ("the memorandum gives
        // Microsoft a 27% stake"): nothing answered then, and the first stage after it that
        // answers the claim, up to the article's, says what it says. A claim whose subject a
        // term introduced ("back in 2023, Microsoft won the right to pursue AGI alone" in
        // coverage of 2023) looks past the article's stage too: a term merely first written
        // down later ("the primary cloud" in 2023, when Azure was exclusive) does not.
        if agree.is_none()
            && contra.is_none()
            && let Some(named) = &r.named
        {
            let introduced = self.claims[r.claim].introduced;
            let mut later: Vec<NaiveDate> =
                self.events.iter().map(|e| e.date).filter(|d| d > named && (*d <= stage || introduced)).collect();
            later.sort();
            let first = later.iter().map(|d| self.compare(terms, r, &[*d])).find(|(a, c)| a.is_some() || c.is_some());
            if let Some((Some((a, _)), None)) = first
                && !a.continues
            {
                let official = a.says.iter().find(|v| r.value.agrees_with(v)).unwrap_or(&a.says[0]);
                let named_event =
                    self.events.iter().filter(|e| e.date <= *named).max_by_key(|e| e.date).map(|e| e.id.clone());
                let set_by = self.events.iter().find(|e| e.date == a.event_date).map(|e| e.id.clone());
                return Some(Verdict {
                    term: &a.term,
                    official,
                    agrees: false,
                    stage: named_event,
                    set_by,
                    already: None,
                });
            }
        }
        let (answer, agrees, at) = match (agree, contra) {
            (Some((a, p)), _) => (a, true, p),
            (None, Some((a, p))) => (a, false, p),
            (None, None) => return None,
        };
        let official = if agrees {
            answer.says.iter().find(|v| r.value.agrees_with(v)).unwrap_or(&answer.says[0])
        } else {
            answer.says.iter().max_by_key(|v| r.value.relevance(v)).unwrap_or(&answer.says[0])
        };
        // The event the sentence was judged by, when not the article's own stage.
        let judged_by = self.events.iter().filter(|e| e.date <= at).max_by_key(|e| e.date);
        let stage_event = (r.when != When::Now).then(|| judged_by.map(|e| e.id.clone())).flatten();
        // "The amendment, for the first time, permits OpenAI to serve national-security
        // customers on any cloud": the words agree with a term an earlier event set (the
        // definitive agreement), still in force, so the term is not new at the stage the clause
        // speaks of. A date claim says when something happened: "first" is its own.
        if agrees
            && r.first_time
            && self.claims[r.claim].kind != claim::Kind::Date
            && let Some(judged_by) = judged_by
            && answer.event_date < judged_by.date
        {
            let already = self.events.iter().find(|e| e.date == answer.event_date).map(|e| e.id.clone());
            return Some(Verdict {
                term: &answer.term,
                official,
                agrees: false,
                stage: Some(judged_by.id.clone()),
                set_by: None,
                already,
            });
        }
        Some(Verdict { term: &answer.term, official, agrees, stage: stage_event, set_by: None, already: None })
    }

    /// The latest agreeing and the latest contradicting answer at `points`.
    #[allow(clippy::type_complexity, reason = "two optional (answer, date) pairs")]
    fn compare(
        &self,
        terms: &Terms,
        r: &Reading,
        points: &[NaiveDate],
    ) -> (Option<(&Answer, NaiveDate)>, Option<(&Answer, NaiveDate)>) {
        let mut agree: Option<(&Answer, NaiveDate)> = None;
        let mut contra: Option<(&Answer, NaiveDate)> = None;
        for &p in points {
            let mut in_force: Vec<&Answer> = self.answers[r.claim]
                .iter()
                .filter(|a| {
                    a.event_date <= p && (a.standing || terms.term(&a.term).is_some_and(|t| terms.in_force(t, p)))
                })
                .filter(|a| a.says.iter().any(|v| r.value.bears_on(v)))
                .collect();
            if self.claims[r.claim].latest
                && let Some(newest) = in_force.iter().map(|a| a.event_date).max()
            {
                in_force.retain(|a| a.event_date == newest);
            }
            if let Some(a) = in_force.iter().find(|a| a.says.iter().any(|v| r.value.agrees_with(v))) {
                agree = Some((a, p));
            } else if let Some(a) = in_force
                .iter()
                .max_by_key(|a| (a.says.iter().map(|v| r.value.relevance(v)).max().unwrap_or(0), a.event_date))
            {
                contra = Some((a, p));
            }
        }
        (agree, contra)
    }
}

/// The claims of `rules` with their phrasings, and the mistakes in them, their vocabularies' and
/// their words'.
fn compile_claims(
    rules: &terms::Rules,
    languages: &Languages,
    reach: Option<&Reach>,
    file: &Path,
) -> (Vec<Claim>, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    // Each language's words join their vocabulary.
    let mut vocab = rules.vocab.clone();
    for w in &rules.words {
        match vocab.get_mut(w.vocab.get_ref()) {
            Some(list) => list.extend(w.phrases.iter().cloned()),
            None => problems.push(
                Diagnostic::error(
                    file,
                    rules.lines.line(w.vocab.span().start),
                    format!("[[words]] for unknown vocabulary `{}`", w.vocab.get_ref()),
                )
                .help(format!("the vocabularies: {}", rules.vocab.keys().cloned().collect::<Vec<_>>().join(", "))),
            ),
        }
    }
    let shared = phrase::Vocabularies::new(&vocab);
    // The claims and the phrasings' patterns parse on both cores (the vocabularies they name
    // parsed once, shared); the phrasings then join their claims in order.
    let (compiled, parsed): (Vec<_>, Vec<_>) = rayon::join(
        || rules.claims.par_iter().map(|raw| claim::compile(raw, &shared, reach, &rules.lines, file)).collect(),
        || {
            rules
                .phrasings
                .par_iter()
                .map(|ph| languages.has(Lang::from_tag(ph.lang.get_ref())).then(|| claim::parse_phrasing(ph, &shared)))
                .collect()
        },
    );
    let mut claims = Vec::new();
    for c in compiled {
        match c {
            Ok(c) => claims.push(c),
            Err(d) => problems.extend(d),
        }
    }
    for (ph, parsed) in rules.phrasings.iter().zip(parsed) {
        match claims.iter_mut().find(|c| c.id == *ph.claim.get_ref()) {
            Some(c) => problems.extend(claim::add_phrasing(c, ph, parsed, &rules.lines, file)),
            None if rules.claims.iter().any(|c| c.id.get_ref() == ph.claim.get_ref()) => {} // reported when it compiled
            None => problems.push(Diagnostic::error(
                file,
                rules.lines.line(ph.claim.span().start),
                format!("[[phrasing]] of unknown claim `{}`", ph.claim.get_ref()),
            )),
        }
    }
    // A vocabulary's mistakes show where it is used; one nobody uses is still checked, by the
    // rules of every language (`gloss check`): a build's are those of the patterns it parsed.
    // (Parsing every vocabulary's 1,400 phrases again was 2% of the seed's build.)
    for (name, phrases) in vocab.iter().filter(|_| *languages == Languages::Every) {
        for p in phrases {
            if let Err(e) = shared.parse(p) {
                problems.push(Diagnostic::error(file, 0, format!("[vocab] {name}: `{p}`: {}", e.0)));
            }
        }
    }
    (claims, problems)
}

/// How a reading compares with the terms.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict<'a> {
    pub term: &'a str,
    pub official: &'a Value,
    pub agrees: bool,
    pub stage: Option<String>,
    /// When the sentence dates a term to a stage before it was set: the event that set it.
    pub set_by: Option<String>,
    /// When the sentence calls a term new at a stage ("for the first time") that an earlier
    /// event set: that event.
    pub already: Option<String>,
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::checks::token::tokenize_all;

    /// The index asks only the patterns whose leading keys a clause holds: it admits exactly
    /// the patterns whose whole test the clause passes, in every language, as asking all did.
    #[test]
    fn the_index_admits_what_asking_every_pattern_admits() {
        let terms =
            terms::parse(include_str!("../../tests/fixtures/terms.toml"), Path::new(terms::FILE)).expect("parses");
        let checker = Checker::new(&terms).expect("the rules compile");
        let texts = [
            "Microsoft will keep a non-exclusive licence to OpenAI's models through 2032.",
            "OpenAI pays Microsoft a 20% revenue share until an expert panel verifies AGI.",
            "Microsoft holds a stake of about 27% in OpenAI Group PBC, worth $135 billion.",
            "OpenAI seguirá pagando a Microsoft una parte de sus ingresos hasta 2030.",
            "微软将持有OpenAI约27%的股份，价值1350亿美元。",
            "The weather was fine and nothing was said of any deal.",
        ];
        let langs = [None, Some(Lang::Es), Some(Lang::Zh), Some(Lang::De)];
        let mut admitted = 0;
        for text in texts {
            let toks = tokenize_all(text);
            let present = Present::new(&toks, &checker.parties);
            for lang in langs {
                let reads = |l: Option<Lang>| l == lang;
                let mut every = Vec::new();
                for (ci, c) in checker.claims.iter().enumerate() {
                    for (pi, p) in c.patterns.iter().enumerate() {
                        if reads(p.lang) && p.phrase.as_ref().is_some_and(|p| p.admits(&present)) {
                            every.push((ci as u32, pi as u32));
                        }
                    }
                }
                assert_eq!(checker.candidates(&present, reads), every, "{text} in {lang:?}");
                admitted += every.len();
            }
        }
        assert!(admitted > 20, "the sentences reach patterns ({admitted})");
    }

    /// A vocabulary no pattern names is checked phrase by phrase by the rules of every language
    /// (`gloss check`); a build's rules check a vocabulary where a pattern they parse names it.
    #[test]
    fn an_unnamed_vocabularys_mistake_is_gloss_checks() {
        let en = Languages::Only(vec![Lang::En]);
        let text = include_str!("../../tests/fixtures/terms.toml").replacen(
            "[vocab]\n",
            "[vocab]\nnobody-names = [\"(broken\"]\n",
            1,
        );
        let terms = terms::parse(&text, Path::new(terms::FILE)).expect("still TOML");
        let problems = Checker::new(&terms).expect_err("an unnamed vocabulary's mistake");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].message.starts_with("[vocab] nobody-names: `(broken`"), "{}", problems[0].message);
        assert!(Checker::for_languages(&terms, &en).is_ok(), "no pattern a build reads names it");
        // A named one's mistake stops the build, at the pattern naming it.
        let text =
            include_str!("../../tests/fixtures/terms.toml").replacen("pay = [\n", "pay = [\n  \"(broken\",\n", 1);
        let terms = terms::parse(&text, Path::new(terms::FILE)).expect("still TOML");
        let problems = Checker::for_languages(&terms, &en).expect_err("{pay} is named by English patterns");
        assert!(
            problems.iter().any(|p| p.message.contains("in vocabulary `pay`, `(broken`") && p.line > 0),
            "{problems:?}"
        );
    }

    /// A language's patterns are compiled into the index when a clause in that language first
    /// asks for them: English articles alone never compile the Spanish patterns' tests, and a
    /// digest in both languages finds in each what a checker that read only it finds.
    #[test]
    fn a_language_no_article_is_in_is_not_compiled() {
        let terms =
            terms::parse(include_str!("../../tests/fixtures/terms.toml"), Path::new(terms::FILE)).expect("parses");
        let stage = NaiveDate::from_ymd_opt(2026, 11, 1).expect("a date");
        let en =
            [crate::checks::Block::prose(0, "Microsoft holds a 27% stake in OpenAI, and its licence is exclusive.")];
        let es = [crate::checks::Block::prose(0, "Microsoft tiene una participación del 27% en OpenAI hasta 2030.")];
        let check = |c: &Checker, blocks: &[crate::checks::Block], lang| {
            crate::checks::check_blocks(c, &terms, blocks, stage, Some(lang))
        };
        let alone_en = Checker::new(&terms).expect("the rules compile");
        let alone_es = Checker::new(&terms).expect("the rules compile");
        let both = Checker::new(&terms).expect("the rules compile");
        assert!(
            !both.index.compiled(None) && !both.index.compiled(Some(Lang::Es)),
            "nothing compiled before a clause asks"
        );
        let found_en = check(&alone_en, &en, "en");
        assert!(!found_en.is_empty(), "the English sentence states terms");
        assert!(alone_en.index.compiled(None));
        assert!(!alone_en.index.compiled(Some(Lang::Es)) && !alone_en.index.compiled(Some(Lang::De)));
        let found_es = check(&alone_es, &es, "es");
        assert!(!found_es.is_empty(), "the Spanish sentence states terms");
        assert!(alone_es.index.compiled(Some(Lang::Es)) && !alone_es.index.compiled(None));
        assert_eq!(check(&both, &en, "en"), found_en);
        assert_eq!(check(&both, &es, "es"), found_es);
        assert!(both.index.compiled(None) && both.index.compiled(Some(Lang::Es)));
        // Compiled ahead for the languages named (English's also serve languages without
        // patterns of their own), the tests find what they find compiled on the first clause.
        let ahead = Checker::new(&terms).expect("the rules compile");
        ahead.compile_for(&Languages::Only(vec![Lang::Other]));
        assert!(ahead.index.compiled(None) && !ahead.index.compiled(Some(Lang::Es)));
        ahead.compile_for(&Languages::Only(vec![Lang::Es]));
        assert!(ahead.index.compiled(Some(Lang::Es)) && !ahead.index.compiled(Some(Lang::De)));
        assert_eq!(check(&ahead, &en, "en"), found_en);
        assert_eq!(check(&ahead, &es, "es"), found_es);
    }
}
