//! Components. They only display `Library` and forward user actions to it; parsing and
//! extraction live in `kliping-core`.

use kliping_core::parse::MAX_FILE_BYTES;
use kliping_core::Article;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_use::{
    use_drop_zone_with_options, UseDropZoneEvent, UseDropZoneOptions, UseDropZoneReturn,
};

use crate::samples::SAMPLES;
use crate::state::{Library, Notice, Severity};

#[component]
pub fn App() -> impl IntoView {
    let library = RwSignal::new(Library::default());
    // Files still being read; drives the "Reading…" status line.
    let pending = RwSignal::new(0usize);

    // Files are read one after another in a single task, so cards appear in the order the
    // user picked them rather than in whatever order the reads happen to finish.
    let load_files = move |files: Vec<web_sys::File>| {
        if files.is_empty() {
            return;
        }
        pending.update(|n| *n += files.len());
        spawn_local(async move {
            for file in files {
                read_file(file, library).await;
                pending.update(|n| *n = n.saturating_sub(1));
            }
        });
    };

    let load_samples = move |_| {
        library.update(|lib| {
            for (name, bytes) in SAMPLES {
                lib.ingest(name, bytes, None);
            }
        });
    };

    let drop_zone = NodeRef::<leptos::html::Section>::new();
    let UseDropZoneReturn {
        is_over_drop_zone, ..
    } = use_drop_zone_with_options(
        drop_zone,
        UseDropZoneOptions::default().on_drop(move |ev: UseDropZoneEvent| load_files(ev.files)),
    );

    let file_input = NodeRef::<leptos::html::Input>::new();
    let open_picker = move |_| {
        if let Some(input) = file_input.get() {
            input.click();
        }
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let files = input
            .files()
            .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
            .unwrap_or_default();
        // Reset so picking the same file again still fires `change`.
        input.set_value("");
        load_files(files);
    };

    let article_count = move || library.with(|lib| lib.articles().len());
    let clear_all = move |_| {
        let confirmed = window()
            .confirm_with_message("Remove all loaded articles from this page?")
            .unwrap_or(false);
        if confirmed {
            library.set(Library::default());
        }
    };

    view! {
        <header class="masthead">
            <h1>"Kliping"</h1>
            <p class="tagline">
                "Kliping reads your news articles right here in your browser and shows who and what they are about — no article ever leaves your computer."
            </p>
        </header>
        <main>
            <section
                class="drop-zone"
                class:over=is_over_drop_zone
                node_ref=drop_zone
                aria-label="Add articles"
            >
                <p class="drop-hint">
                    <strong>"Drop article files here"</strong>
                    <span>" — plain text (.txt), one article per file."</span>
                </p>
                <div class="actions">
                    <button type="button" class="primary" on:click=open_picker>
                        "Open files"
                    </button>
                    <button type="button" id="try-samples" on:click=load_samples>
                        "Try the sample articles"
                    </button>
                </div>
                <input
                    type="file"
                    multiple
                    id="file-input"
                    class="visually-hidden"
                    tabindex="-1"
                    aria-hidden="true"
                    node_ref=file_input
                    on:change=on_pick
                />
            </section>

            <div class="status" role="status" aria-live="polite">
                {move || {
                    let n = pending.get();
                    (n > 0).then(|| view! { <p class="reading">{format!("Reading {n} file(s)…")}</p> })
                }}
            </div>

            <Notices library />

            <Show when=move || { article_count() > 0 }>
                <div class="toolbar">
                    <p class="count">
                        {move || match article_count() {
                            1 => "1 article".to_string(),
                            n => format!("{n} articles"),
                        }}
                    </p>
                    <button type="button" class="quiet" on:click=clear_all>
                        "Clear all"
                    </button>
                </div>
            </Show>

            <ul class="cards" aria-label="Articles">
                <For
                    each=move || library.with(|lib| lib.articles().to_vec())
                    key=|article| article.id.clone()
                    let:article
                >
                    <ArticleCard article />
                </For>
            </ul>
        </main>
        <footer class="page-footer">
            <p>"Everything runs locally. Sample articles: see the project README for sources."</p>
        </footer>
    }
}

/// Reads one browser `File` and ingests it. Oversized files are refused before reading, so a
/// stray 2 GB video cannot exhaust the tab's memory.
async fn read_file(file: web_sys::File, library: RwSignal<Library>) {
    let name = file.name();
    let size = file.size();
    if size > MAX_FILE_BYTES as f64 {
        let err = kliping_core::ParseError::TooLarge {
            file: name,
            size: size as usize,
            limit: MAX_FILE_BYTES,
        };
        library.update(|lib| lib.notices.push(Notice::error(err.file(), err.to_string())));
        return;
    }
    let modified_ms = Some(file.last_modified() as i64);
    let blob = gloo_file::Blob::from(file);
    match gloo_file::futures::read_as_bytes(&blob).await {
        Ok(bytes) => library.update(|lib| {
            lib.ingest(&name, &bytes, modified_ms);
        }),
        Err(err) => library.update(|lib| {
            lib.notices.push(Notice::error(
                &name,
                format!("{name}: the browser could not read this file ({err})"),
            ))
        }),
    }
}

#[component]
fn Notices(library: RwSignal<Library>) -> impl IntoView {
    let dismiss = move |_| library.update(|lib| lib.notices.clear());
    view! {
        <Show when=move || library.with(|lib| !lib.notices.is_empty())>
            <section class="notices" aria-label="Messages about files">
                <ul>
                    {move || {
                        library
                            .with(|lib| lib.notices.clone())
                            .into_iter()
                            .map(|notice| {
                                let class = match notice.severity {
                                    Severity::Error => "notice error",
                                    Severity::Info => "notice info",
                                };
                                let role = match notice.severity {
                                    Severity::Error => "alert",
                                    Severity::Info => "status",
                                };
                                view! { <li class=class role=role>{notice.text}</li> }
                            })
                            .collect_view()
                    }}
                </ul>
                <button type="button" class="quiet" on:click=dismiss>
                    "Dismiss messages"
                </button>
            </section>
        </Show>
    }
}

#[component]
fn ArticleCard(article: Article) -> impl IntoView {
    let words = article.word_count();
    let lead = article.lead(240);
    let date = article.published.as_ref().map(|p| p.date.clone());
    let title_class = if article.title_derived {
        "title derived"
    } else {
        "title"
    };
    let title_hint = article
        .title_derived
        .then_some("Title derived from the opening sentence");
    view! {
        <li class="card" data-article-id=article.id.clone()>
            <h2 class=title_class title=title_hint>{article.title.clone()}</h2>
            <p class="meta">
                {article.source.clone().map(|s| view! { <span class="source">{s}</span> })}
                {date.map(|d| view! { <time datetime=d.clone()>{d.clone()}</time> })}
                <span class="words">{format!("{words} words")}</span>
                <span class="file" title="File">{article.file.clone()}</span>
            </p>
            <p class="lead">{lead}</p>
        </li>
    }
}
