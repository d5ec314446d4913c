//! The pure data model: the framework (domains, questions, phases), assessments and their
//! responses, evidence-link rules and the validation that lists every problem in a file.

pub mod assessment;
pub mod combine;
pub mod dates;
pub mod edit;
pub mod export_marks;
pub mod framework;
pub mod ids;
pub mod link;
pub mod merge;
pub mod migrate;
pub mod phase;
pub mod problems;
pub mod response;
#[cfg(test)]
pub(crate) mod testing;
pub mod text;
pub mod translation;

pub use assessment::{Assessment, FrameworkRef, TeamMember};
pub use combine::{
    Assessor, CombineError, Difference, SharedField, combine, differences, find_differences,
};
pub use edit::{ActionField, Edit, EditError, EditItem, EvidenceField, TextTarget};
pub use framework::{Attribution, Domain, Framework, FrameworkParts, PhaseInfo, Question, Scale};
pub use ids::{DomainId, ItemId, ItemKind, QuestionId};
pub use link::{Deception, LinkKind};
pub use phase::Phase;
pub use problems::{
    AnswerField, AssessmentField, DueDateProblem, Location, Problem, ProblemKind, problems,
};
pub use response::{Action, ActionStatus, Evidence, Response};
pub use translation::{
    DomainTranslation, PhaseTranslation, QuestionTranslation, ScaleTranslation, TextOf, Translation,
};
