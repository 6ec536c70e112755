use leptos::prelude::*;

/// Installs the service worker (offline copies of visited pages) and, when a new version of the site
/// has installed in the background, says so and lets the person switch when they choose — a running
/// page is never swapped under them. Its words come from the page, in its language (`island_words`).
#[island]
pub fn UpdateNotice() -> impl IntoView {
    use super::island_words::{page, page_words, read, word, PAGE};
    let words = read(PAGE, page_words);
    #[cfg_attr(not(feature = "hydrate"), allow(unused_variables))]
    let (waiting, set_waiting) = signal(false);
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| leptos::task::spawn_local(sw::register(move || set_waiting.set(true))));
    view! {
        <div class="update-notice" role="status">
            {move || waiting.get().then(|| view! {
                <p>
                    {word(&words, page::UPDATE).to_owned()}" "
                    <button type="button" class="button button--secondary" on:click=move |_| activate()>{word(&words, page::UPDATE_BUTTON).to_owned()}</button>
                </p>
            })}
        </div>
    }
}

fn activate() {
    #[cfg(feature = "hydrate")]
    leptos::task::spawn_local(sw::activate());
}

#[cfg(feature = "hydrate")]
mod sw {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

    fn container() -> Option<ServiceWorkerContainer> {
        let navigator = web_sys::window()?.navigator();
        // Browsers without service workers (or private modes that refuse them) simply go without.
        js_sys::Reflect::has(&navigator, &"serviceWorker".into()).ok()?.then(|| navigator.service_worker())
    }

    pub async fn register(on_waiting: impl Fn() + Clone + 'static) {
        let Some(container) = container() else { return };
        let Ok(registration) = JsFuture::from(container.register("/sw.js")).await else { return };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        // The first install has nothing to replace: only a version installed under a running one waits.
        let replaces_running = {
            let c = container.clone();
            move || c.controller().is_some()
        };
        if registration.waiting().is_some() && replaces_running() {
            on_waiting();
        }
        let reg = registration.clone();
        let on_update = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = reg.installing() else { return };
            let (worker, replaces_running, on_waiting) = (installing.clone(), replaces_running.clone(), on_waiting.clone());
            let on_state = Closure::<dyn FnMut()>::new(move || {
                if worker.state() == ServiceWorkerState::Installed && replaces_running() {
                    on_waiting();
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
        on_update.forget();
    }

    /// Tells the waiting version to take over, then reloads once it has.
    pub async fn activate() {
        let Some(container) = container() else { return };
        let reload = Closure::<dyn FnMut()>::new(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
        reload.forget();
        let Ok(registration) = JsFuture::from(container.get_registration()).await else { return };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        if let Some(waiting) = registration.waiting() {
            let _ = waiting.post_message(&"activer".into());
        }
    }
}
