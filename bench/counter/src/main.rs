//! A minimal Yew counter: a number and a button that adds one. The baseline for `make bench`.

use yew::prelude::*;

/// The whole app: a number and a button.
#[component]
fn App() -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! {
        <main>
            <p>{ "Count: " }<output aria-label="Count">{ *count }</output></p>
            <button type="button" {onclick}>{ "Add one" }</button>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
