//! The actors, grouped by kind. Picking one highlights all its mentions and
//! goes to the first; Previous/Next (or the keys p and n) step through them.

use leptos::prelude::*;
use parley_engine::ActorKind;

use crate::state::AppState;

fn kind_heading(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "People",
        ActorKind::State => "States",
        ActorKind::Organization => "Organizations",
        ActorKind::Group => "Groups",
        ActorKind::Media => "Media",
    }
}

#[component]
pub fn ActorsPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let groups = move || {
        state.doc.with(|doc| {
            ActorKind::ALL
                .into_iter()
                .filter(|k| doc.actors.iter().any(|a| a.kind == *k))
                .map(|kind| {
                    let items = doc
                        .actors
                        .iter()
                        .filter(|a| a.kind == kind)
                        .map(|a| {
                            let id = a.id.clone();
                            let id2 = a.id.clone();
                            let details: Vec<String> = [a.role.clone(), a.affiliation.clone()].into_iter().flatten().collect();
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        class="actor-button"
                                        data-actor=a.id.clone()
                                        aria-pressed=move || if state.picked.get().as_deref() == Some(id2.as_str()) { "true" } else { "false" }
                                        on:click=move |_| state.pick(id.clone())
                                    >
                                        <span class="name">{a.name.clone()}</span>
                                        <span class="muted">{if details.is_empty() { String::new() } else { format!(" — {}", details.join(", ")) }}</span>
                                        <span class="badge" aria-label="mentions">{a.mentions.len()}</span>
                                    </button>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <section class="actor-group" data-kind=kind.as_str()>
                            <h3>{kind_heading(kind)}</h3>
                            <ul class="plain">{items}</ul>
                        </section>
                    }
                })
                .collect_view()
        })
    };
    let nav = move || {
        let n = state.picked_mentions().len();
        state.picked.get().map(|id| {
            let name = state.doc.with(|d| d.actor(&id).map(|a| a.name.clone()).unwrap_or_default());
            view! {
                <div class="mention-nav" role="group" aria-label="Mentions of the highlighted actor">
                    <span id="mention-pos">{move || format!("{name}: mention {} of {n}", state.mention.get() + 1)}</span>
                    <button type="button" id="prev-mention" aria-keyshortcuts="p" on:click=move |_| state.step_mention(-1)>"‹ Previous"</button>
                    <button type="button" id="next-mention" aria-keyshortcuts="n" on:click=move |_| state.step_mention(1)>"Next ›"</button>
                    <button type="button" class="link" on:click=move |_| state.picked.set(None)>"Clear"</button>
                </div>
            }
        })
    };
    view! {
        <div class="actors-panel">
            {nav}
            <p class="hint">"Pick an actor to highlight all its mentions; keys n and p go to the next and previous one."</p>
            {move || if state.doc.with(|d| d.actors.is_empty()) {
                view! { <p class="muted">"No actors found."</p> }.into_any()
            } else {
                groups().into_any()
            }}
        </div>
    }
}
