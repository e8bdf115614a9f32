//! The demands as a table (holder, kind, content, addressee), filtered by
//! actor or kind; a row takes you to the demand in the text.

use leptos::prelude::*;
use parley_engine::DemandKind;

use crate::render::Layer;
use crate::state::AppState;

#[component]
pub fn DemandsPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let by_actor = RwSignal::new(String::new());
    let by_kind = RwSignal::new(String::new());
    let rows = move || {
        let (actor, kind) = (by_actor.get(), by_kind.get());
        state.text.with(|text| {
            state.doc.with(|doc| {
                let name = |id: &Option<String>| id.as_deref().and_then(|i| doc.actor(i)).map(|a| a.name.clone()).unwrap_or_else(|| "—".into());
                doc.demands
                    .iter()
                    .filter(|d| actor.is_empty() || d.holder.as_deref() == Some(&actor) || d.addressee.as_deref() == Some(&actor))
                    .filter(|d| kind.is_empty() || d.kind.as_str() == kind)
                    .map(|d| {
                        let start = d.span.start;
                        let go = move || { crate::dom::reveal(Layer::Demand, start); };
                        view! {
                            <tr tabindex="0" data-start=start
                                on:click=move |_| go()
                                on:keydown=move |ev| if ev.key() == "Enter" || ev.key() == " " { ev.prevent_default(); go() }>
                                <td>{name(&d.holder)}</td>
                                <td><span class=format!("kind-tag {}", d.kind.as_str())>{d.kind.as_str()}</span></td>
                                <td>{text[d.span.range()].to_string()}</td>
                                <td>{name(&d.addressee)}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let actor_options = move || {
        state.doc.with(|doc| {
            doc.actors
                .iter()
                .filter(|a| doc.demands.iter().any(|d| d.holder.as_deref() == Some(&a.id) || d.addressee.as_deref() == Some(&a.id)))
                .map(|a| view! { <option value=a.id.clone()>{a.name.clone()}</option> })
                .collect_view()
        })
    };
    view! {
        <div class="demands-panel">
            <div class="filters row">
                <label>"Actor "
                    <select id="filter-actor" on:change=move |ev| by_actor.set(event_target_value(&ev))>
                        <option value="">"all"</option>
                        {actor_options}
                    </select>
                </label>
                <label>"Kind "
                    <select id="filter-kind" on:change=move |ev| by_kind.set(event_target_value(&ev))>
                        <option value="">"all"</option>
                        {DemandKind::ALL.into_iter().map(|k| view! { <option value=k.as_str()>{k.as_str()}</option> }).collect_view()}
                    </select>
                </label>
            </div>
            <div class="table-wrap">
                <table class="demands">
                    <caption class="visually-hidden">"Demands: select a row to go to it in the text"</caption>
                    <thead><tr><th scope="col">"Holder"</th><th scope="col">"Kind"</th><th scope="col">"Content"</th><th scope="col">"Addressee"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </div>
    }
}
