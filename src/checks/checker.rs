//! The checks' rules compiled: [`Checker::new`] turns the claims, parties and term checks of
//! content/terms.toml, kept there as written, into the patterns, prefilter and official values
//! that [`super::check_article`] reads with. Every mistake in the rules is an error located in
//! terms.toml.

use std::collections::HashSet;
use std::path::Path;

use super::rules::{self, Claim, Engine, TermCheck};
use crate::content::terms::{self, Party, Terms, sorted_list};
use crate::diag::Diagnostic;

/// The compiled rules of one content/terms.toml. Its regexes are built lazily and shared by
/// every clone, so a watch-mode rebuild keeps the checker while the terms are unchanged.
#[derive(Debug, Clone, Default)]
pub struct Checker {
    /// The claims, in file order.
    pub claims: Vec<Claim>,
    pub parties: Vec<Party>,
    /// Each term's checks, in the order of `terms.terms`.
    pub term_checks: Vec<Vec<TermCheck>>,
    /// The prefilter over every pattern's literals, and the parties' regex.
    pub engine: Engine,
}

impl Checker {
    /// Compiles the rules, or says what is wrong with every claim and term check.
    pub fn new(terms: &Terms) -> Result<Checker, Vec<Diagnostic>> {
        let file = Path::new(terms::FILE);
        let mut problems = Vec::new();
        let parties = terms.parties.clone();
        let party_re = rules::parties_regex(&parties);
        let mut claims: Vec<Claim> = Vec::new();
        let mut broken_claims = HashSet::new();
        for spec in &terms.claims {
            match rules::compile_claim(spec, party_re.as_deref(), &terms.lines, file) {
                Ok(c) => {
                    if claims.iter().any(|o| o.id == c.id) {
                        problems.push(Diagnostic::error(
                            file,
                            c.line,
                            format!("the claim id `{}` is used twice", c.id),
                        ));
                    }
                    claims.push(c);
                }
                Err(d) => {
                    broken_claims.insert(spec.id());
                    problems.extend(d);
                }
            }
        }
        let mut term_checks = Vec::with_capacity(terms.terms.len());
        for t in &terms.terms {
            let mut checks = Vec::new();
            for spec in &t.checks {
                let (claim_id, line) = (&spec.claim, spec.line);
                let Some(claim) = claims.iter().find(|c| &c.id == claim_id) else {
                    if !broken_claims.contains(claim_id.as_str()) {
                        problems.push(
                            Diagnostic::error(file, line, format!("term `{}` checks unknown claim `{claim_id}`", t.id))
                                .help(format!(
                                    "the claims ([[claim]] in terms.toml): {}",
                                    sorted_list(claims.iter().map(|c| c.id.as_str()))
                                )),
                        );
                    }
                    continue;
                };
                match rules::parse_says(claim, &spec.value, &parties) {
                    Ok(says) => checks.push(TermCheck { claim: claim_id.clone(), says, line }),
                    Err(e) => problems.push(Diagnostic::error(
                        file,
                        line,
                        format!("term `{}`, check `{claim_id}`: {e}", t.id),
                    )),
                }
            }
            term_checks.push(checks);
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let engine = Engine::new(&mut claims, &parties, party_re);
        Ok(Checker { claims, parties, term_checks, engine })
    }

    /// Whether there is anything to check: no claims, no findings.
    pub fn is_empty(&self) -> bool {
        self.claims.is_empty()
    }
}
