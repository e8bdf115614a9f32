//! The sample article offered on an empty page: written for Parley (a
//! fictional dispute between invented countries), never a copied news story.

pub const TITLE: &str = "River talks resume as both sides trade conditions";

pub const TEXT: &str = "\
River talks resume as both sides trade conditions

Published March 14, 2031 — a fictional article written for Parley

GENEVA — Negotiators from Norland and Sudmark returned to the table on Monday, three weeks after talks over the disputed Vell river valley collapsed.

Norland's foreign minister, Ilse Marren, called for an immediate ceasefire along the river and the reopening of the Port of Kessa to grain ships. \"We will not sign anything while shells are falling on our farms,\" she told reporters in Geneva.

Sudmark rejected the proposal. Its chief negotiator, General Tomas Oder, said any ceasefire would require the withdrawal of Norland's artillery from the eastern bank.

The United Nations urged both governments to agree a 30-day humanitarian pause before the spring planting season. UN envoy Amara Diallo offered to host a second round in Vienna on Thursday.

Farmers in the valley have been unable to reach their fields for 45 days. The European Union said it was ready to fund mine clearance once a truce holds.
";
