//! One line of news from the page: what was saved, what failed and why.

use leptos::prelude::*;

use crate::state::{AppState, Notice};

#[component]
pub fn NoticeBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.notice.get().map(|n| {
            let (class, role, text) = match n {
                Notice::Info(t) => ("notice info", "status", t),
                Notice::Error(t) => ("notice error", "alert", t),
            };
            view! {
                <div class=class role=role id="notice">
                    <span>{text}</span>
                    <button type="button" class="link" aria-label="Dismiss this message"
                        on:click=move |_| state.notice.set(None)>"×"</button>
                </div>
            }
        })
    }
}
