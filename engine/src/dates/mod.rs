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

use crate::document::{DctSource, TimeExpr, Ymd};
use crate::text::Analysis;
use crate::Options;

/// The dates of a text against a publication date.
pub fn run(a: &Analysis, dct: Option<Ymd>) -> Vec<TimeExpr> {
    Stage::new(a).run(dct)
}

/// The date stage over one text: the expressions are recognized once, for
/// detecting the publication date and for the dates themselves.
pub struct Stage<'a> {
    index: recognize::R<'a>,
    found: Vec<recognize::Found>,
}

impl<'a> Stage<'a> {
    pub fn new(a: &'a Analysis) -> Stage<'a> {
        let index = recognize::R::new(a);
        let found = recognize::find_in(&index);
        Stage { index, found }
    }

    /// The publication date: given, detected in the text, or assumed (see [`dct::resolve`]).
    pub fn dct(&self, options: &Options) -> (Option<Ymd>, DctSource) {
        dct::resolve_found(self.index.a, &self.found, options)
    }

    /// The dates, resolved against `dct`.
    pub fn run(self, dct: Option<Ymd>) -> Vec<TimeExpr> {
        normalize::resolve(&self.index, self.found, dct)
    }
}
