//! `/admin/demandes/{id}`: one request, as its structure's link shows it (`pages::demande`), for a
//! coordinator or an editor of the structure that has it. Each opening is written to its history.

use crate::admin::frame::AdminNav;
use crate::admin::page::failure;
use crate::error::AppError;
use crate::pages::demande::{answer_notice, RequestDetails};
use crate::pages::param;
use crate::view::admin::Frame;
use crate::view::request::RequestView;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;

#[component]
pub fn RequestAdminPage() -> impl IntoView {
    let id = param("id");
    let action = crate::routes::admin::request(&id);
    let data = get_admin_request(id);
    let notice = answer_notice();
    Suspend::new(async move {
        match data.await {
            Err(e) => failure(e),
            Ok((frame, r)) => view! {
                <Title text="Demande de rappel – Espace de gestion – Aiguillage"/>
                <AdminNav frame/>
                <p><a href=crate::routes::admin::REQUESTS>"Toutes les demandes"</a></p>
                <RequestDetails r action=action.clone() notice=notice.clone()/>
            }
            .into_any(),
        }
    })
}

/// One request, if this session may read it (written to its history).
#[server(endpoint = "admin/demande", input = GetUrl)]
pub async fn get_admin_request(id: String) -> Result<(Frame, RequestView), AppError> {
    let (services, session) = crate::admin::session::session().await?;
    let now = crate::ssr::clock::timestamp();
    let c = super::post::readable(&services, &session, &id).await?;
    services.repo.log_callback_access(c.id, now, &session.account.email, "demande consultée").await?;
    let view = crate::ssr::callback_view::view(&services, &c, Some(&session.id_hash), now).await?;
    Ok((crate::admin::session::frame(&services, &session).await?, view))
}
