//! Adding an annotation by hand: after selecting text (in the annotated
//! article or in the text box), choose its layer.

use leptos::prelude::*;
use parley_engine::ActorKind;

use crate::corrections::{short, Correction};
use crate::render::Layer;
use crate::state::AppState;

#[component]
pub fn AddBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let kind = RwSignal::new("person".to_string());
    let add = move |layer: Layer| {
        if let Some(at) = state.selection.get() {
            let kind = (layer == Layer::Actor).then(|| kind.get());
            state.correct(Correction::Add { layer, at, kind });
            state.selection.set(None);
            state.info("Annotation added; it is kept with the article (see Corrections).");
        }
    };
    move || {
        state.selection.get().map(|sel| {
            view! {
                <div class="add-bar" role="group" aria-label="Add an annotation" id="add-bar">
                    <span>"Add “" <strong>{short(&sel.text, 40)}</strong> "” as"</span>
                    <button type="button" data-add="actor" on:click=move |_| add(Layer::Actor)>"Actor"</button>
                    <select aria-label="Kind of the new actor" id="add-kind"
                        on:change=move |ev| kind.set(event_target_value(&ev))>
                        {ActorKind::ALL.into_iter().map(|k| view! {
                            <option value=k.as_str() selected=move || kind.get() == k.as_str()>{k.as_str()}</option>
                        }).collect_view()}
                    </select>
                    <button type="button" data-add="place" on:click=move |_| add(Layer::Place)>"Place"</button>
                    <button type="button" data-add="date" on:click=move |_| add(Layer::Date)>"Date"</button>
                    <button type="button" data-add="demand" on:click=move |_| add(Layer::Demand)>"Demand"</button>
                    <button type="button" class="link" aria-label="Cancel adding"
                        on:click=move |_| state.selection.set(None)>"Cancel"</button>
                </div>
            }
        })
    }
}
