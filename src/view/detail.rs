//! The details of the focused annotation (by click or keyboard), with the
//! corrections that apply to it.

use leptos::prelude::*;
use parley_engine::{ActorKind, DctSource, DemandKind, Document};

use crate::corrections::{Anchor, Correction};
use crate::render::{find, Layer};
use crate::state::{AppState, Focus};
use crate::words::value_in_words;

fn dct_words(doc: &Document) -> String {
    let source = match doc.dct_source {
        DctSource::Given => "set by hand",
        DctSource::Detected { .. } => "detected in the text",
        DctSource::Assumed => "assumed: today",
        DctSource::Unknown => "unknown",
    };
    match doc.dct {
        Some(d) => format!("{d} ({source})"),
        None => source.to_string(),
    }
}

/// An actor's first mention, as an anchor (how corrections name actors).
fn actor_anchor(text: &str, doc: &Document, id: &str) -> Option<Anchor> {
    doc.actor(id).and_then(|a| a.mentions.first()).map(|m| Anchor::new(text, m.span))
}

fn actor_name(doc: &Document, id: &Option<String>) -> String {
    id.as_deref().and_then(|id| doc.actor(id)).map(|a| a.name.clone()).unwrap_or_else(|| "—".into())
}

fn remove_button(state: AppState, layer: Layer, at: Anchor, what: &'static str) -> impl IntoView {
    view! {
        <button type="button" class="danger" data-action="remove" on:click=move |_| {
            state.correct(Correction::Remove { layer, at: at.clone() });
            state.focus.set(None);
        }>{what}</button>
    }
}

/// The facts of a card: label, `data-field` name, value.
fn rows(items: Vec<(&'static str, &'static str, String)>) -> impl IntoView {
    view! {
        <dl>
            {items.into_iter().map(|(label, field, value)| view! { <dt>{label}</dt><dd data-field=field>{value}</dd> }).collect_view()}
        </dl>
    }
}

/// A labelled choice of kinds; `pick` gets the one chosen.
fn kind_select(
    action: &'static str,
    kinds: Vec<&'static str>,
    now: &'static str,
    pick: impl Fn(&str) + 'static,
) -> impl IntoView {
    view! {
        <label>"Kind "
            <select data-action=action on:change=move |ev| pick(&event_target_value(&ev))>
                {kinds.into_iter().map(|k| view! { <option value=k selected=k == now>{k}</option> }).collect_view()}
            </select>
        </label>
    }
}

fn actor_card(state: AppState, text: &str, doc: &Document, index: usize, focus: Focus) -> AnyView {
    let a = &doc.actors[index];
    let here = Anchor::new(text, focus.span);
    let id = a.id.clone();
    let demands: Vec<_> = doc
        .demands
        .iter()
        .filter(|d| d.holder.as_deref() == Some(&a.id))
        .map(|d| format!("{} “{}” → {}", d.kind.as_str(), &text[d.span.range()], actor_name(doc, &d.addressee)))
        .collect();
    let others: Vec<(String, String)> =
        doc.actors.iter().filter(|o| o.id != a.id).map(|o| (o.id.clone(), o.name.clone())).collect();
    let kind_now = a.kind;
    let (text_owned, doc_owned) = (text.to_string(), doc.clone());
    let here2 = here.clone();
    view! {
        <div class="card actor-card" data-layer="actor">
            <h3>{a.name.clone()}</h3>
            {rows(vec![
                ("Kind", "kind", a.kind.as_str().to_string()),
                ("Role", "role", a.role.clone().unwrap_or_else(|| "—".into())),
                ("Affiliation", "affiliation", a.affiliation.clone().unwrap_or_else(|| "—".into())),
                ("Mentions", "mentions", a.mentions.len().to_string()),
            ])}
            <h4>"Its demands"</h4>
            {if demands.is_empty() {
                view! { <p class="muted">"None found."</p> }.into_any()
            } else {
                view! { <ul class="demand-list">{demands.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul> }.into_any()
            }}
            <div class="actions">
                <button type="button" on:click=move |_| state.pick(id.clone())>"Highlight all mentions"</button>
                {kind_select("kind", ActorKind::ALL.map(|k| k.as_str()).to_vec(), kind_now.as_str(), move |k| {
                    if let Some(kind) = crate::corrections::parse_actor_kind(k) {
                        state.correct(Correction::ActorKind { actor: here.clone(), kind });
                    }
                })}
                <label>"Merge into "
                    <select data-action="merge" on:change=move |ev| {
                        let into = actor_anchor(&text_owned, &doc_owned, &event_target_value(&ev));
                        if let Some(into) = into {
                            state.correct(Correction::Merge { into, from: here2.clone() });
                            state.focus.set(None);
                        }
                    }>
                        <option value="" selected=true>"choose an actor…"</option>
                        {others.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                    </select>
                </label>
                {remove_button(state, Layer::Actor, Anchor::new(text, focus.span), "Remove this mention")}
            </div>
        </div>
    }
    .into_any()
}

fn date_card(state: AppState, text: &str, doc: &Document, index: usize) -> AnyView {
    let d = &doc.dates[index];
    let words = d.value.as_deref().map(value_in_words).unwrap_or_else(|| "unresolved".into());
    view! {
        <div class="card date-card" data-layer="date">
            <h3>"“" {text[d.span.range()].to_string()} "”"</h3>
            <p class="in-words" data-field="words">{words}</p>
            {rows(vec![
                ("Type", "type", d.kind.as_str().to_string()),
                ("Value", "value", d.value.clone().unwrap_or_else(|| "—".into())),
                ("Resolved by", "rule", d.rule.to_string()),
                ("Publication date", "dct", dct_words(doc)),
            ])}
            <div class="actions">{remove_button(state, Layer::Date, Anchor::new(text, d.span), "Remove this date")}</div>
        </div>
    }
    .into_any()
}

fn place_card(state: AppState, text: &str, doc: &Document, index: usize) -> AnyView {
    let p = &doc.places[index];
    view! {
        <div class="card place-card" data-layer="place">
            <h3>{p.name.clone()}</h3>
            {rows(vec![("Found by", "rule", p.rule.to_string())])}
            <div class="actions">{remove_button(state, Layer::Place, Anchor::new(text, p.span), "Remove this place")}</div>
        </div>
    }
    .into_any()
}

fn demand_card(state: AppState, text: &str, doc: &Document, index: usize) -> AnyView {
    let d = &doc.demands[index];
    let here = Anchor::new(text, d.span);
    let here2 = here.clone();
    let holder_now = d.holder.clone().unwrap_or_default();
    let kind_now = d.kind;
    let actors: Vec<(String, String)> = doc.actors.iter().map(|a| (a.id.clone(), a.name.clone())).collect();
    let (text_owned, doc_owned) = (text.to_string(), doc.clone());
    view! {
        <div class="card demand-card" data-layer="demand">
            <p class="flow" aria-label="holder, kind, content, addressee">
                <span class="who" data-field="holder">{actor_name(doc, &d.holder)}</span>
                <span class="arrow" aria-hidden="true">" → "</span>
                <span class="kind" data-field="kind">{d.kind.as_str()}</span>
                <span class="arrow" aria-hidden="true">" → "</span>
                <q data-field="content">{text[d.span.range()].to_string()}</q>
                <span class="arrow" aria-hidden="true">" → "</span>
                <span class="who" data-field="addressee">{actor_name(doc, &d.addressee)}</span>
            </p>
            {rows(vec![
                ("Trigger", "trigger", if d.trigger.is_empty() { "—".to_string() } else { text[d.trigger.range()].to_string() }),
                ("Found by", "rule", d.rule.to_string()),
            ])}
            <div class="actions">
                <label>"Holder "
                    <select data-action="holder" on:change=move |ev| {
                        let id = event_target_value(&ev);
                        let holder = actor_anchor(&text_owned, &doc_owned, &id);
                        state.correct(Correction::Holder { demand: here.clone(), holder });
                    }>
                        <option value="" selected=holder_now.is_empty()>"none"</option>
                        {actors.into_iter().map(|(id, name)| {
                            let sel = id == holder_now;
                            view! { <option value=id selected=sel>{name}</option> }
                        }).collect_view()}
                    </select>
                </label>
                {kind_select("demand-kind", DemandKind::ALL.map(|k| k.as_str()).to_vec(), kind_now.as_str(), move |k| {
                    if let Some(kind) = crate::corrections::parse_demand_kind(k) {
                        state.correct(Correction::DemandKind { demand: here2.clone(), kind });
                    }
                })}
                {remove_button(state, Layer::Demand, Anchor::new(text, d.span), "Remove this demand")}
            </div>
        </div>
    }
    .into_any()
}

#[component]
pub fn Detail() -> impl IntoView {
    let state = expect_context::<AppState>();
    let body = move || {
        let focus = state.focus.get();
        state.text.with(|text| {
            state.doc.with(|doc| {
                let found = focus.and_then(|f| find(doc, f.layer, f.span).map(|a| (f, a)));
                match found {
                    None => view! {
                        <p class="muted">"Click a highlight, or move to it with Tab, to see its details here."</p>
                    }
                    .into_any(),
                    Some((f, ann)) => match ann.layer {
                        Layer::Actor => actor_card(state, text, doc, ann.index, f),
                        Layer::Date => date_card(state, text, doc, ann.index),
                        Layer::Place => place_card(state, text, doc, ann.index),
                        Layer::Demand => demand_card(state, text, doc, ann.index),
                    },
                }
            })
        })
    };
    view! {
        <section class="detail" id="detail" aria-label="Details of the focused highlight" aria-live="polite">
            <h2 class="panel-title">"Details"</h2>
            {body}
        </section>
    }
}
