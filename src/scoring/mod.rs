//! Scoring: the one pure function every number in the app, the command line and the report comes
//! from. Transparent by design, and computed in whole tenths so it is exact and reproducible:
//! - a domain's maturity is the mean phase of its rated questions, to one decimal (half up);
//! - the phase it reaches is the whole part of that maturity;
//! - overall maturity is the mean of the rated domains' maturities as shown, to one decimal;
//! - completion is rated / total questions; evidence coverage is rated questions with at least
//!   one piece of evidence / rated questions.
//!
//! Unrated questions never count as zero, and responses to questions the framework does not
//! have are not scored.
//!
//! In a group assessment a question's phase is the one the group agreed; until it agrees, the
//! median of the assessors' phases is used (a half when their number is even), and marked.

pub mod compare;
pub mod radar;
mod ratio;
pub mod read;
pub mod wording;

use std::fmt;

use serde::Serialize;

use crate::model::{Assessment, DomainId, Framework, Phase, Response};

pub use ratio::Ratio;

/// A maturity on the 1–6 phase scale, held in whole tenths (37 means 3.7).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(into = "f64")]
pub struct Maturity(u16);

impl Maturity {
    /// The maturity in tenths.
    pub fn tenths(self) -> u16 {
        self.0
    }

    /// The maturity as a number, such as 3.7.
    pub fn value(self) -> f64 {
        f64::from(self.0) / 10.0
    }

    /// The phase this maturity reaches: its whole part.
    pub fn phase_reached(self) -> Option<Phase> {
        u8::try_from(self.0 / 10).ok().and_then(Phase::new)
    }

    /// The maturity of a single phase.
    pub fn of_phase(phase: Phase) -> Self {
        Self(u16::from(phase.number()) * 10)
    }

    /// Rounded mean of `sum / count` tenths, half up; `None` when `count` is zero.
    fn mean_tenths(sum_tenths: u64, count: u64) -> Option<Self> {
        if count == 0 {
            return None;
        }
        let rounded = (2 * sum_tenths + count) / (2 * count);
        u16::try_from(rounded).ok().map(Self)
    }
}

impl From<Maturity> for f64 {
    fn from(maturity: Maturity) -> Self {
        maturity.value()
    }
}

impl fmt::Display for Maturity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.0 / 10, self.0 % 10)
    }
}

/// The scores of one domain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainScore {
    /// The domain's id.
    pub domain_id: DomainId,
    /// The domain's title.
    pub title: String,
    /// Mean phase of the rated questions; `None` when none is rated.
    pub maturity: Option<Maturity>,
    /// Questions rated.
    pub rated: usize,
    /// Questions in the domain.
    pub total: usize,
    /// Rated questions with at least one piece of evidence.
    pub rated_with_evidence: usize,
    /// Rated questions scored by the median of assessors' phases, not yet agreed.
    pub unagreed: usize,
}

impl DomainScore {
    /// The phase the domain reaches, if rated.
    pub fn phase_reached(&self) -> Option<Phase> {
        self.maturity.and_then(Maturity::phase_reached)
    }

    /// Rated questions with evidence / rated questions; `None` when none is rated.
    pub fn evidence_coverage(&self) -> Option<Ratio> {
        Ratio::new(self.rated_with_evidence, self.rated)
    }

    /// Rated / total questions.
    pub fn completion(&self) -> Option<Ratio> {
        Ratio::new(self.rated, self.total)
    }
}

/// Every score of an assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scorecard {
    /// One score per domain, in framework order.
    pub domains: Vec<DomainScore>,
    /// Mean of the rated domains' maturities; `None` when no domain is rated.
    pub overall: Option<Maturity>,
}

impl Scorecard {
    /// Domains with at least one rated question.
    pub fn rated_domains(&self) -> usize {
        self.domains.iter().filter(|d| d.maturity.is_some()).count()
    }

    /// Questions rated, over all domains.
    pub fn rated_questions(&self) -> usize {
        self.domains.iter().map(|d| d.rated).sum()
    }

    /// Questions in the framework.
    pub fn total_questions(&self) -> usize {
        self.domains.iter().map(|d| d.total).sum()
    }

    /// Questions scored by the median of assessors' phases, not yet agreed, over all domains.
    pub fn unagreed_questions(&self) -> usize {
        self.domains.iter().map(|d| d.unagreed).sum()
    }

    /// Rated questions with evidence, over all domains.
    pub fn rated_with_evidence(&self) -> usize {
        self.domains.iter().map(|d| d.rated_with_evidence).sum()
    }

    /// Rated / total questions.
    pub fn completion(&self) -> Option<Ratio> {
        Ratio::new(self.rated_questions(), self.total_questions())
    }

    /// Rated questions with evidence / rated questions; `None` when none is rated.
    pub fn evidence_coverage(&self) -> Option<Ratio> {
        Ratio::new(self.rated_with_evidence(), self.rated_questions())
    }

    /// The phase the overall maturity reaches.
    pub fn overall_phase(&self) -> Option<Phase> {
        self.overall.and_then(Maturity::phase_reached)
    }

    /// The score of one domain.
    pub fn domain(&self, id: &DomainId) -> Option<&DomainScore> {
        self.domains.iter().find(|d| &d.domain_id == id)
    }
}

/// Where a question's score comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The one phase recorded (a single assessment).
    Rated,
    /// The phase a group agreed.
    Agreed,
    /// The median of the assessors' phases: the group has not agreed yet.
    Median,
}

/// The score of one question: its phase as a maturity (a median may fall on a half), and
/// where it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuestionScore {
    /// The value that counts, in tenths.
    pub value: Maturity,
    /// Where it comes from.
    pub basis: Basis,
}

/// The score of a response; `None` when it is not rated at all.
pub fn question_score(response: &Response) -> Option<QuestionScore> {
    match (response.phase, spread(response)) {
        (Some(phase), spread) => Some(QuestionScore {
            value: Maturity::of_phase(phase),
            basis: if spread.is_some() {
                Basis::Agreed
            } else {
                Basis::Rated
            },
        }),
        (None, Some(spread)) => Some(QuestionScore {
            value: spread.median,
            basis: Basis::Median,
        }),
        (None, None) => None,
    }
}

/// How far a group's assessors are apart on one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spread {
    /// The lowest phase given.
    pub lowest: Phase,
    /// The highest phase given.
    pub highest: Phase,
    /// The median phase, in tenths (the mean of the middle two when their number is even).
    pub median: Maturity,
    /// How many assessors rated the question.
    pub assessors: usize,
}

/// Assessors this many phases apart (or more) disagree enough to talk it through.
pub const WIDE_SPREAD: u8 = 2;

impl Spread {
    /// How many phases lie between the lowest and highest rating.
    pub fn apart(&self) -> u8 {
        self.highest.number() - self.lowest.number()
    }

    /// Whether the assessors are [`WIDE_SPREAD`] or more phases apart.
    pub fn is_wide(&self) -> bool {
        self.apart() >= WIDE_SPREAD
    }
}

/// How many questions of `assessment` have assessors [`WIDE_SPREAD`] or more phases apart.
pub fn wide_spreads(assessment: &Assessment) -> usize {
    assessment
        .responses
        .values()
        .filter_map(spread)
        .filter(Spread::is_wide)
        .count()
}

/// A disagreement still to talk through: assessors [`WIDE_SPREAD`] or more phases apart on a
/// question the group has not yet agreed. Once agreed, it is settled.
pub fn to_talk_through(response: &Response) -> Option<Spread> {
    spread(response).filter(|s| s.is_wide() && response.phase.is_none())
}

/// The spread of a response's assessors' phases; `None` when it holds no assessors' ratings.
pub fn spread(response: &Response) -> Option<Spread> {
    let mut phases: Vec<u16> = response
        .ratings
        .values()
        .map(|p| u16::from(p.number()))
        .collect();
    phases.sort_unstable();
    let (&low, &high) = (phases.first()?, phases.last()?);
    let middle = phases.len() / 2;
    let median_tenths = if phases.len() % 2 == 1 {
        phases.get(middle)? * 10
    } else {
        (phases.get(middle - 1)? + phases.get(middle)?) * 5
    };
    Some(Spread {
        lowest: Phase::new(u8::try_from(low).ok()?)?,
        highest: Phase::new(u8::try_from(high).ok()?)?,
        median: Maturity(median_tenths),
        assessors: phases.len(),
    })
}

/// Scores `assessment` against `framework`.
pub fn score(framework: &Framework, assessment: &Assessment) -> Scorecard {
    let domains: Vec<DomainScore> = framework
        .domains()
        .iter()
        .map(|domain| {
            let mut sum_tenths = 0_u64;
            let mut rated = 0_usize;
            let mut rated_with_evidence = 0_usize;
            let mut unagreed = 0_usize;
            for question in &domain.questions {
                let Some(response) = assessment.response(&question.id) else {
                    continue;
                };
                let Some(score) = question_score(response) else {
                    continue;
                };
                sum_tenths += u64::from(score.value.tenths());
                rated += 1;
                if score.basis == Basis::Median {
                    unagreed += 1;
                }
                if response.has_evidence() {
                    rated_with_evidence += 1;
                }
            }
            DomainScore {
                domain_id: domain.id.clone(),
                title: domain.title.clone(),
                maturity: Maturity::mean_tenths(sum_tenths, rated as u64),
                rated,
                total: domain.questions.len(),
                rated_with_evidence,
                unagreed,
            }
        })
        .collect();
    let rated: Vec<u64> = domains
        .iter()
        .filter_map(|d| d.maturity.map(|m| u64::from(m.tenths())))
        .collect();
    let overall = Maturity::mean_tenths(rated.iter().sum(), rated.len() as u64);
    Scorecard { domains, overall }
}

#[cfg(test)]
mod tests;
