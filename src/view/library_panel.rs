//! The local library: articles saved in this browser (text, date setting,
//! corrections), reopened, renamed, deleted, exported together; and one
//! actor across them, its demands ordered by publication date.

use leptos::prelude::*;

use crate::library::{actor_view, document, export_all, known_actors, Entry};
use crate::state::{today, AppState, Shelf};

fn saved_date(ms: f64) -> String {
    if ms <= 0.0 {
        return "—".into();
    }
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

#[component]
fn EntryRow(entry: Entry) -> impl IntoView {
    let state = expect_context::<AppState>();
    let renaming = RwSignal::new(false);
    let name = RwSignal::new(entry.title.clone());
    let key = format!("{}{}", crate::library::PREFIX, entry.id);
    let (e1, e2) = (entry.clone(), entry.clone());
    let title = entry.title.clone();
    view! {
        <li class="entry" data-id=entry.id.clone()>
            {move || if renaming.get() {
                let e = e1.clone();
                view! {
                    <form class="row" on:submit=move |ev| {
                        ev.prevent_default();
                        let mut e = e.clone();
                        e.title = name.get_untracked();
                        if state.store(&e) {
                            if state.entry_id.get_untracked().as_deref() == Some(e.id.as_str()) { state.title.set(e.title.clone()); }
                            renaming.set(false);
                        }
                    }>
                        <input type="text" aria-label="New title" class="rename" prop:value=move || name.get()
                            on:input=move |ev| name.set(event_target_value(&ev))/>
                        <button type="submit">"Save title"</button>
                        <button type="button" class="link" on:click=move |_| renaming.set(false)>"Cancel"</button>
                    </form>
                }.into_any()
            } else {
                view! { <span class="entry-title">{title.clone()}</span> }.into_any()
            }}
            <span class="muted entry-dates">
                {format!("published {} · saved {}", entry.published.clone().unwrap_or_else(|| "—".into()), saved_date(entry.saved))}
            </span>
            <span class="row">
                <button type="button" data-action="open" on:click=move |_| {
                    state.load(e2.clone(), true);
                    state.info(format!("Opened “{}” from the library.", e2.title));
                }>"Open"</button>
                <button type="button" data-action="rename" on:click=move |_| renaming.set(true)>"Rename"</button>
                <button type="button" data-action="delete" class="danger" on:click=move |_| state.delete(&key)>"Delete"</button>
            </span>
        </li>
    }
}

#[component]
fn ActorAcross() -> impl IntoView {
    let state = expect_context::<AppState>();
    let chosen = RwSignal::new(String::new());
    let docs = Memo::new(move |_| {
        state.shelf.with(|shelf| {
            shelf
                .iter()
                .filter_map(|s| match s {
                    Shelf::Ok(e) => Some((e.clone(), document(e, today()))),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
    });
    let options = move || docs.with(|d| known_actors(d)).into_iter().map(|k| view! {
        <option value=k.key.clone()>{format!("{} ({} article{})", k.name, k.articles, if k.articles == 1 { "" } else { "s" })}</option>
    }).collect_view();
    let view_rows = move || {
        let key = chosen.get();
        if key.is_empty() {
            return ().into_any();
        }
        docs.with(|d| actor_view(d, &key)).into_iter().map(|a| view! {
            <li class="appearance">
                <strong>{a.published.clone().unwrap_or_else(|| "undated".into())}</strong>
                " — " {a.title.clone()} <span class="muted">{format!(" ({} mentions)", a.mentions)}</span>
                <ul>
                    {if a.demands.is_empty() {
                        view! { <li class="muted">"no demands"</li> }.into_any()
                    } else {
                        a.demands.into_iter().map(|d| view! {
                            <li><span class=format!("kind-tag {}", d.kind)>{d.kind}</span> " “" {d.content} "”"
                                {d.addressee.map(|x| format!(" → {x}"))}
                                {(!d.when.is_empty()).then(|| format!(" — {}", d.when.join(", ")))}
                            </li>
                        }).collect_view().into_any()
                    }}
                </ul>
            </li>
        }).collect_view().into_any()
    };
    view! {
        <section class="across">
            <h3>"An actor across your articles"</h3>
            <label>"Actor "
                <select id="across-actor" on:change=move |ev| chosen.set(event_target_value(&ev))>
                    <option value="">"choose…"</option>
                    {options}
                </select>
            </label>
            <ol class="plain appearances">{view_rows}</ol>
        </section>
    }
}

#[component]
pub fn LibraryPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let list = move || {
        let shelf = state.shelf.get();
        if shelf.is_empty() {
            return view! { <p class="muted">"No saved articles yet. Saved articles stay in this browser only."</p> }.into_any();
        }
        view! {
            <ul class="plain library" id="library-list">
                {shelf.into_iter().map(|s| match s {
                    Shelf::Ok(entry) => view! { <EntryRow entry=entry /> }.into_any(),
                    Shelf::Unreadable { key, reason } => {
                        let k = key.clone();
                        view! {
                            <li class="entry unreadable">
                                <span>{format!("A saved article could not be read ({reason}).")}</span>
                                <button type="button" class="danger" on:click=move |_| state.delete(&k)>"Delete it"</button>
                            </li>
                        }.into_any()
                    }
                }).collect_view()}
            </ul>
        }.into_any()
    };
    let export = move |_| {
        let entries: Vec<Entry> = state.shelf.with(|s| s.iter().filter_map(|x| match x { Shelf::Ok(e) => Some(e.clone()), _ => None }).collect());
        if let Err(e) = crate::dom::download("parley-library.json", "application/json", &export_all(&entries)) {
            state.error(e);
        }
    };
    view! {
        <div class="library-panel">
            <div class="row">
                <button type="button" class="primary" id="save-article" on:click=move |_| state.save()>
                    {move || if state.entry_id.get().is_some() { "Save changes" } else { "Save this article" }}
                </button>
                <button type="button" id="export-all" on:click=export>"Export all"</button>
            </div>
            {list}
            <ActorAcross />
        </div>
    }
}
