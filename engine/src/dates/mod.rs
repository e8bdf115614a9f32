//! The dates stage: temporal expressions with TIMEX3 values resolved against
//! the publication date (dct) and the tense of their clause.
//!
//! - [`recognize`]: one pass over the tokens finds every expression and what
//!   it means ([`sem::Sem`]), using the `date_*` lexicons;
//! - [`tense`]: the tense of the clause around an expression;
//! - [`normalize`]: TIMEX3 values against the dct, the tense and the last
//!   date mentioned, with a rule saying how each was resolved;
//! - [`dct`]: the publication date itself, given or detected in the text.

pub mod dct;
pub mod normalize;
pub mod recognize;
pub mod sem;
pub mod tense;

#[cfg(test)]
mod tests;

use crate::document::{TimeExpr, Ymd};
use crate::text::Analysis;

pub fn run(a: &Analysis, dct: Option<Ymd>) -> Vec<TimeExpr> {
    normalize::resolve(a, recognize::find(a), dct)
}
