//! The corrections made by hand on this article, each one undoable.

use leptos::prelude::*;

use crate::state::AppState;

#[component]
pub fn CorrectionsPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let list = state.corrections.get();
        if list.is_empty() {
            return view! {
                <p class="muted">"No corrections yet. Focus a highlight to remove it or change it; select text to add one. Corrections are kept with the article and go into every export."</p>
            }
            .into_any();
        }
        view! {
            <ol class="corrections" id="corrections">
                {list.into_iter().enumerate().map(|(i, c)| view! {
                    <li>
                        <span>{c.describe()}</span>
                        <button type="button" class="link" aria-label=format!("Undo: {}", c.describe())
                            on:click=move |_| state.corrections.update(|l| { if i < l.len() { l.remove(i); } })>"Undo"</button>
                    </li>
                }).collect_view()}
            </ol>
            <button type="button" on:click=move |_| state.corrections.set(vec![])>"Undo all"</button>
        }
        .into_any()
    }
}
