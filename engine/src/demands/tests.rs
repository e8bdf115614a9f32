//! Unit tests of the demands stage.
