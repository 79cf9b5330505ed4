//! Components. They display `Library` through `Route` and forward user actions; parsing,
//! extraction, search and facets all live in `kliping-core`.

use std::sync::Arc;

use kliping_core::entities::{EntityKind, Model};
use kliping_core::export::{self, Table};
use kliping_core::index::{paragraph_segments, EntityKey, Sort};
use kliping_core::parse::MAX_FILE_BYTES;
use kliping_core::Doc;
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_use::{
    signal_debounced, use_drop_zone_with_options, UseDropZoneEvent, UseDropZoneOptions,
    UseDropZoneReturn,
};
use wasm_bindgen::JsCast;

use crate::i18n::{t, Lang, K};
use crate::route::{kind_code, Route, View};
use crate::samples::SAMPLES;
use crate::state::{Library, Notice, Severity};
use crate::storage;

/// Shared handles, provided once at the root.
#[derive(Clone, Copy)]
struct Ctx {
    library: RwSignal<Library>,
    route: RwSignal<Route>,
    lang: RwSignal<Lang>,
    /// Positions (into `library.docs()`) of the articles passing the current filter, sorted.
    hits: Memo<Vec<usize>>,
    search_box: NodeRef<leptos::html::Input>,
    /// (done, total) files of the current ingest; drives the progress bar.
    progress: RwSignal<(usize, usize)>,
}

impl Ctx {
    fn tr(&self, key: K) -> &'static str {
        t(self.lang.get(), key)
    }
}

fn ctx() -> Ctx {
    expect_context::<Ctx>()
}

const LANG_KEY: &str = "kliping.lang";

fn initial_lang() -> Lang {
    let stored = window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(LANG_KEY).ok().flatten());
    let tag = stored
        .or_else(|| window().navigator().language())
        .unwrap_or_default();
    Lang::from_tag(&tag)
}

fn current_hash() -> String {
    window()
        .location()
        .hash()
        .unwrap_or_default()
        .trim_start_matches('#')
        .to_string()
}

#[component]
pub fn App() -> impl IntoView {
    let library = RwSignal::new(Library::default());
    let route = RwSignal::new(Route::from_hash(&current_hash()));
    let lang = RwSignal::new(initial_lang());
    let hits = Memo::new(move |_| {
        let (filter, sort) = route.with(|r| (r.filter.clone(), r.sort));
        library.with(|lib| lib.select(&filter, sort))
    });
    let search_box = NodeRef::<leptos::html::Input>::new();
    let progress = RwSignal::new((0usize, 0usize));
    provide_context(Ctx {
        progress,
        library,
        route,
        lang,
        hits,
        search_box,
    });

    Effect::new(move |_| {
        let code = lang.get().code();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", code);
        }
    });

    // Route → URL. Typing in the search box replaces the history entry instead of adding
    // one per keystroke; every other change is a new entry so Back undoes it.
    let previous = StoredValue::new(route.get_untracked());
    Effect::new(move |_| {
        let now = route.get();
        let hash = now.to_hash();
        if hash == current_hash() {
            previous.set_value(now);
            return;
        }
        let only_text = previous.with_value(|p| {
            let mut p = p.clone();
            p.filter.text = now.filter.text.clone();
            p == now
        });
        let loc = window().location();
        let url = if hash.is_empty() {
            format!(
                "{}{}",
                loc.pathname().unwrap_or_default(),
                loc.search().unwrap_or_default()
            )
        } else {
            format!("#{hash}")
        };
        if let Ok(history) = window().history() {
            let _ = if only_text {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
            } else {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
            };
        }
        previous.set_value(now);
    });
    // URL → route, for Back/Forward and edited links.
    let sync_from_url = move || {
        let parsed = Route::from_hash(&current_hash());
        if route.with_untracked(|r| *r != parsed) {
            route.set(parsed);
        }
    };
    let _ = window_event_listener(ev::popstate, move |_| sync_from_url());
    let _ = window_event_listener(ev::hashchange, move |_| sync_from_url());

    // The entity model is fetched after the first paint, so the page never waits for it.
    // Then the ingest worker loads its own copy (from the HTTP cache by now) and warms up.
    spawn_local(async move {
        match fetch_bytes("ner.bin").await.and_then(|b| Model::from_bytes(&b).map_err(|e| e.to_string())) {
            Ok(model) => library.update(|lib| lib.set_model(Arc::new(model))),
            Err(err) => library.update(|lib| {
                lib.notices.push(Notice::error("ner.bin", format!("The name finder could not be loaded ({err}); articles are shown without entities.")))
            }),
        }
        warm_ingest_worker().await;
    });

    // Restore what was loaded before the last reload.
    spawn_local(async move {
        match storage::load_all().await {
            Ok(files) if !files.is_empty() => {
                // Restored files go through the worker like dropped ones; nothing is stored
                // again, since they are already in the database.
                progress.set((0, files.len()));
                ingest_in_worker(files, library, progress).await;
                library.update(|lib| lib.notices.retain(|n| n.severity == Severity::Error));
            }
            Ok(_) => {}
            Err(err) => report_storage_error(library, lang, &err),
        }
    });

    let toggle_lang = move |_| {
        let next = if lang.get() == Lang::En {
            Lang::Id
        } else {
            Lang::En
        };
        lang.set(next);
        if let Some(s) = window().local_storage().ok().flatten() {
            let _ = s.set_item(LANG_KEY, next.code());
        }
    };
    let has_articles = move || library.with(|lib| !lib.docs().is_empty());
    // Event handlers run outside the reactive owner, so they get the context by value.
    let c = ctx();
    let _ = window_event_listener(ev::keydown, move |ev: web_sys::KeyboardEvent| on_key(c, ev));

    view! {
        <header class="masthead">
            <div class="brand">
                <h1>"Kliping"</h1>
                <button type="button" class="quiet lang" on:click=toggle_lang lang=move || if lang.get() == Lang::En { "id" } else { "en" }>
                    {move || c.tr(K::Language)}
                </button>
            </div>
            <p class="tagline">{move || c.tr(K::Tagline)}</p>
        </header>
        <main>
            <Intake />
            <Notices />
            <Show when=has_articles>
                <Explorer />
            </Show>
        </main>
        <Reader />
        <footer class="page-footer">
            <p>{move || c.tr(K::OfflineNote)}</p>
        </footer>
    }
}

/// A storage failure (quota, private mode) is shown; the in-memory corpus is untouched.
fn report_storage_error(library: RwSignal<Library>, lang: RwSignal<Lang>, err: &str) {
    let text = format!("{}: {err}", t(lang.get_untracked(), K::StorageFailed));
    library.update(|lib| lib.notices.push(Notice::error("storage", text)));
}

/// Global keys: `/` focuses search, `j`/`k` step through articles in the reader, `Esc` closes.
fn on_key(c: Ctx, ev: web_sys::KeyboardEvent) {
    let typing = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    match ev.key().as_str() {
        "Escape" => {
            if c.route.with_untracked(|r| r.reader.is_some()) {
                c.route.update(|r| r.reader = None);
            } else if typing {
                if let Some(el) = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = el.blur();
                }
            }
        }
        "/" if !typing => {
            ev.prevent_default();
            c.route.update(|r| r.reader = None);
            if let Some(input) = c.search_box.get_untracked() {
                let _ = input.focus();
            }
        }
        "j" if !typing => step_reader(c, 1),
        "k" if !typing => step_reader(c, -1),
        _ => {}
    }
}

/// Opens the next (`+1`) or previous (`-1`) article of the current hits in the reader.
fn step_reader(c: Ctx, delta: isize) {
    let hits = c.hits.get_untracked();
    if hits.is_empty() {
        return;
    }
    let ids: Vec<String> = c.library.with_untracked(|lib| {
        hits.iter()
            .map(|&i| lib.docs()[i].article.id.clone())
            .collect()
    });
    let current = c.route.with_untracked(|r| r.reader.clone());
    let pos = current.and_then(|id| ids.iter().position(|x| *x == id));
    let next = match pos {
        None => 0,
        Some(p) => (p as isize + delta).clamp(0, ids.len() as isize - 1) as usize,
    };
    let id = ids[next].clone();
    c.route.update(|r| r.reader = Some(id));
}

pub(crate) async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let resp = wasm_bindgen_futures::JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(|e| format!("{e:?}"))?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| "not a response".to_string())?;
    if !resp.ok() {
        return Err(format!("HTTP {}", resp.status()));
    }
    let buf =
        wasm_bindgen_futures::JsFuture::from(resp.array_buffer().map_err(|e| format!("{e:?}"))?)
            .await
            .map_err(|e| format!("{e:?}"))?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

/// The drop zone, file picker and samples button. Compact once articles are loaded.
#[component]
fn Intake() -> impl IntoView {
    let c = ctx();
    let library = c.library;
    let progress = c.progress;

    // Files are read one after another in a single task, so cards appear in the order the
    // user picked them rather than in whatever order the reads happen to finish.
    let load_files = move |files: Vec<web_sys::File>| {
        if files.is_empty() {
            return;
        }
        progress.update(|(done, total)| {
            if *done == *total {
                *done = 0;
                *total = 0;
            }
            *total += files.len();
        });
        spawn_local(async move {
            let mut read = Vec::new();
            for file in files {
                if let Some(loaded) = read_file(file, library).await {
                    read.push(loaded);
                } else {
                    progress.update(|(done, _)| *done += 1);
                }
            }
            let stored = ingest_in_worker(read, library, progress).await;
            if let Err(err) = storage::save(&stored).await {
                report_storage_error(library, c.lang, &err);
            }
        });
    };

    let load_samples = move |_| {
        let mut stored = Vec::new();
        library.update(|lib| {
            for (name, bytes) in SAMPLES {
                if lib.ingest(name, bytes, None) > 0 {
                    stored.push(storage::StoredFile {
                        name: name.to_string(),
                        bytes: bytes.to_vec(),
                        modified_ms: None,
                    });
                }
            }
            lib.refresh();
        });
        spawn_local(async move {
            if let Err(err) = storage::save(&stored).await {
                report_storage_error(library, c.lang, &err);
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
    let on_pick = move |ev: ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let files = input
            .files()
            .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
            .unwrap_or_default();
        // Reset so picking the same file again still fires `change`.
        input.set_value("");
        load_files(files);
    };
    let compact = move || library.with(|lib| !lib.docs().is_empty());

    view! {
        // The zone itself is focusable: Enter or Space opens the picker, so keyboard users get
        // the same way in as people with a mouse.
        <section class="drop-zone" class:over=is_over_drop_zone class:compact=compact node_ref=drop_zone
            tabindex="0" role="group" aria-label=move || c.tr(K::DropHere)
            on:keydown=move |ev: ev::KeyboardEvent| {
                let on_zone = ev.target().zip(ev.current_target()).is_some_and(|(t, c)| t == c);
                if on_zone && (ev.key() == "Enter" || ev.key() == " ") {
                    ev.prevent_default();
                    if let Some(input) = file_input.get() { input.click(); }
                }
            }>
            <p class="drop-hint">
                <strong>{move || c.tr(K::DropHere)}</strong>
                <span>{move || c.tr(K::DropFormats)}</span>
            </p>
            <div class="actions">
                <button type="button" class="primary" on:click=open_picker>{move || c.tr(K::OpenFiles)}</button>
                <button type="button" id="try-samples" on:click=load_samples>{move || c.tr(K::TrySamples)}</button>
            </div>
            <input type="file" multiple id="file-input" class="visually-hidden" tabindex="-1" aria-hidden="true" node_ref=file_input on:change=on_pick />
        </section>
        <div class="status" role="status" aria-live="polite">
            {move || {
                let (done, total) = progress.get();
                (total > 0 && done < total).then(|| view! {
                    <label class="reading">
                        {move || c.tr(K::Reading)} {format!(" {}%", done * 100 / total.max(1))}
                        <progress max=total value=done></progress>
                    </label>
                })
            }}
        </div>
    }
}

/// Reads one browser `File`. Oversized files are refused before reading, so a stray 2 GB
/// video cannot exhaust the tab's memory.
async fn read_file(file: web_sys::File, library: RwSignal<Library>) -> Option<storage::StoredFile> {
    let name = file.name();
    let size = file.size();
    if size > MAX_FILE_BYTES as f64 {
        let err = kliping_core::ParseError::TooLarge {
            file: name,
            size: size as usize,
            limit: MAX_FILE_BYTES,
        };
        library.update(|lib| lib.notices.push(Notice::error(err.file(), err.to_string())));
        return None;
    }
    let modified_ms = Some(file.last_modified() as i64);
    let blob = gloo_file::Blob::from(file);
    match gloo_file::futures::read_as_bytes(&blob).await {
        Ok(bytes) => Some(storage::StoredFile {
            name,
            bytes,
            modified_ms,
        }),
        Err(err) => {
            library.update(|lib| {
                lib.notices.push(Notice::error(
                    &name,
                    format!("{name}: the browser could not read this file ({err})"),
                ))
            });
            None
        }
    }
}

thread_local! {
    /// The page's one ingest worker, spawned on first use and kept for the page's lifetime, so
    /// its model, its extractor tables and its compiled code serve every ingest. Each ingest
    /// runs on its own fork of this bridge.
    static INGEST: std::cell::OnceCell<
        gloo_worker::oneshot::OneshotBridge<crate::ingest_worker::Ingest>,
    > = const { std::cell::OnceCell::new() };
}

/// A bridge to the ingest worker (see [`INGEST`]).
fn ingest_bridge() -> gloo_worker::oneshot::OneshotBridge<crate::ingest_worker::Ingest> {
    use crate::ingest_worker::{Ingest, WasmBindgenCodec, WORKER_JS};
    use gloo_worker::Spawnable;
    INGEST.with(|cell| {
        cell.get_or_init(|| {
            Ingest::spawner()
                .encoding::<WasmBindgenCodec>()
                .as_module(false)
                .spawn(WORKER_JS)
        })
        .fork()
    })
}

/// Absolute URL of the entity model, for the worker (which runs from a blob: URL).
fn model_url() -> String {
    web_sys::Url::new_with_base("ner.bin", &window().location().href().unwrap_or_default())
        .map(|u| u.href())
        .unwrap_or_else(|_| "ner.bin".to_string())
}

/// Gets the ingest worker ready before the user gives it files: it loads the model and
/// analyses the sample articles once (see `Job::Warm`).
async fn warm_ingest_worker() {
    use crate::ingest_worker::Job;
    let samples = SAMPLES
        .iter()
        .map(|(name, bytes)| (name.to_string(), serde_bytes::ByteBuf::from(bytes.to_vec())))
        .collect();
    let _ = ingest_bridge()
        .run(Job::Warm {
            model_url: model_url(),
            samples,
        })
        .await;
}

/// Parses and analyses files in the ingest Web Worker, one file at a time so cards appear in
/// the order the files were given. Each file's cards are shown as soon as it is parsed; its
/// articles are then analysed in slices and their entities and quotes fill in. The page stays
/// responsive throughout. Returns the files that added articles (to be stored).
async fn ingest_in_worker(
    files: Vec<storage::StoredFile>,
    library: RwSignal<Library>,
    progress: RwSignal<(usize, usize)>,
) -> Vec<storage::StoredFile> {
    use crate::ingest_worker::{Job, Outcome};
    /// Articles per analysis job: small enough that entities appear steadily.
    const SLICE: usize = 100;
    let model_url = model_url();
    let mut bridge = ingest_bridge();
    let mut stored = Vec::new();
    for file in files {
        let job = Job::Parse {
            name: file.name.clone(),
            bytes: file.bytes.clone(),
            modified_ms: file.modified_ms,
        };
        let Outcome::Parsed { articles, errors } = bridge.run(job).await else {
            continue;
        };
        let fresh = library
            .try_update(|lib| {
                let fresh = lib.add_unanalyzed(articles, errors);
                lib.refresh_index();
                fresh
            })
            .unwrap_or_default();
        // Each analysis slice is one more step of the progress bar.
        progress.update(|(done, total)| {
            *done += 1;
            *total += fresh.len().div_ceil(SLICE);
        });
        if !fresh.is_empty() {
            library.update(|lib| lib.remember_source(&file.name, &file.bytes, file.modified_ms));
            stored.push(file);
        }
        // Analysed docs are applied at most every FLUSH_MS: each update recomputes hits and
        // facets over the whole corpus, which is what made big batches stutter.
        const FLUSH_MS: f64 = 400.0;
        let now = || window().performance().map(|p| p.now()).unwrap_or_default();
        let mut pending = Vec::new();
        let mut last_flush = now();
        let slices = fresh.len().div_ceil(SLICE);
        for (i, slice) in fresh.chunks(SLICE).enumerate() {
            let job = Job::Analyze {
                articles: slice.to_vec(),
                model_url: model_url.clone(),
            };
            if let Outcome::Analyzed { docs } = bridge.run(job).await {
                pending.extend(docs);
            }
            if i + 1 == slices || now() - last_flush >= FLUSH_MS {
                let docs = std::mem::take(&mut pending);
                library.update(|lib| lib.replace_docs(docs));
                last_flush = now();
            }
            progress.update(|(done, _)| *done += 1);
        }
    }
    library.update(Library::refresh);
    stored
}

#[component]
fn Notices() -> impl IntoView {
    let c = ctx();
    let library = c.library;
    let dismiss = move |_| library.update(|lib| lib.notices.clear());
    view! {
        <Show when=move || library.with(|lib| !lib.notices.is_empty())>
            <section class="notices" aria-label="Messages about files">
                <ul>
                    {move || library.with(|lib| lib.notices.clone()).into_iter().map(|notice| {
                        let (class, role) = match notice.severity {
                            Severity::Error => ("notice error", "alert"),
                            Severity::Info => ("notice info", "status"),
                        };
                        view! { <li class=class role=role>{notice.text}</li> }
                    }).collect_view()}
                </ul>
                <button type="button" class="quiet" on:click=dismiss>{move || c.tr(K::DismissMessages)}</button>
            </section>
        </Show>
    }
}

#[component]
fn Explorer() -> impl IntoView {
    let c = ctx();
    let route = c.route;
    let library = c.library;

    // The box shows keystrokes at once; the route (and so the search) follows 200 ms later.
    let typed = RwSignal::new(route.get_untracked().filter.text);
    let debounced = signal_debounced(typed, 200.0);
    Effect::new(move |_| {
        let text = debounced.get();
        if route.with_untracked(|r| r.filter.text != text) {
            route.update(|r| r.filter.text = text);
        }
    });
    // Back/forward or a chip can change the route's text: reflect it in the box.
    Effect::new(move |_| {
        let text = route.with(|r| r.filter.text.clone());
        if typed.get_untracked() != text {
            typed.set(text);
        }
    });

    let tab = move |view: View, key: K| {
        let selected = move || route.with(|r| r.view == view);
        view! {
            <button type="button" role="tab" class="tab" aria-selected=move || selected().to_string()
                on:click=move |_| route.update(|r| r.view = view)>
                {move || c.tr(key)}
            </button>
        }
    };
    let on_sort = move |ev: ev::Event| {
        let sort = match event_target_value(&ev).as_str() {
            "date" => Sort::Date,
            "title" => Sort::Title,
            _ => Sort::Relevance,
        };
        route.update(|r| r.sort = sort);
    };
    let download = move |csv: bool| {
        let table = match route.with_untracked(|r| r.view) {
            View::Articles => Table::Articles,
            View::Quotes => Table::Quotes,
            View::Entities => Table::Entities,
        };
        let hits = c.hits.get_untracked();
        let text = library.with_untracked(|lib| {
            let docs: Vec<&Doc> = hits.iter().map(|&i| &lib.docs()[i]).collect();
            if csv {
                export::to_csv(&docs, table)
            } else {
                export::to_json(&docs, table)
            }
        });
        let stem = match table {
            Table::Articles => "kliping-articles",
            Table::Quotes => "kliping-quotes",
            Table::Entities => "kliping-entities",
        };
        let (name, mime) = if csv {
            (format!("{stem}.csv"), "text/csv")
        } else {
            (format!("{stem}.json"), "application/json")
        };
        save_download(&name, mime, &text);
    };
    let clear_all = move |_| {
        if window()
            .confirm_with_message(c.tr(K::ConfirmClear))
            .unwrap_or(false)
        {
            library.update(Library::clear);
            route.set(Route::default());
            spawn_local(async move {
                let _ = storage::clear().await;
            });
        }
    };
    let count = move || {
        let n = c.hits.get().len();
        let total = library.with(|lib| lib.docs().len());
        if n == total {
            format!("{n} {}", c.tr(K::Articles).to_lowercase())
        } else {
            format!("{n} / {total} {}", c.tr(K::Articles).to_lowercase())
        }
    };
    let sort_value = move || match route.with(|r| r.sort) {
        Sort::Relevance => "relevance",
        Sort::Date => "date",
        Sort::Title => "title",
    };

    view! {
        <div class="toolbar">
            <label class="search">
                <span class="visually-hidden">{move || c.tr(K::Search)}</span>
                <input type="search" node_ref=c.search_box placeholder=move || c.tr(K::SearchPlaceholder)
                    prop:value=move || typed.get()
                    on:input=move |ev| typed.set(event_target_value(&ev)) />
            </label>
            <div class="tabs" role="tablist">
                {tab(View::Articles, K::Articles)}
                {tab(View::Quotes, K::Quotes)}
                {tab(View::Entities, K::Entities)}
            </div>
            <label class="sort">
                {move || c.tr(K::SortBy)}
                <select on:change=on_sort prop:value=sort_value>
                    <option value="relevance">{move || c.tr(K::SortRelevance)}</option>
                    <option value="date">{move || c.tr(K::SortDate)}</option>
                    <option value="title">{move || c.tr(K::SortTitle)}</option>
                </select>
            </label>
        </div>
        <ActiveFilters />
        <div class="count-row">
            <p class="count" aria-live="polite">{count}</p>
            <div class="downloads">
                <button type="button" class="quiet" on:click=move |_| download(false)>{move || c.tr(K::DownloadJson)}</button>
                <button type="button" class="quiet" on:click=move |_| download(true)>{move || c.tr(K::DownloadCsv)}</button>
                <button type="button" class="quiet danger" on:click=clear_all>{move || c.tr(K::ClearAll)}</button>
            </div>
        </div>
        <div class="layout">
            <Facets />
            <section class="results">
                {move || match route.with(|r| r.view) {
                    View::Articles => view! { <ArticleList /> }.into_any(),
                    View::Quotes => view! { <QuoteList /> }.into_any(),
                    View::Entities => view! { <EntityTable /> }.into_any(),
                }}
            </section>
        </div>
    }
}

fn save_download(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document().create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

fn kind_key(kind: EntityKind) -> K {
    match kind {
        EntityKind::Person => K::People,
        EntityKind::Place => K::Places,
        EntityKind::Organization => K::Organizations,
    }
}

/// Adds an entity to the filter and shows the matching articles: what clicking any entity does.
fn filter_by(c: Ctx, key: EntityKey) {
    c.route.update(|r| {
        *r = std::mem::take(r).with_entity(key);
        r.reader = None;
    });
}

#[component]
fn ActiveFilters() -> impl IntoView {
    let c = ctx();
    let route = c.route;
    let any = move || route.with(|r| !r.filter.is_empty() || r.speaker.is_some());
    view! {
        <Show when=any>
            <div class="active-filters" aria-label=move || c.tr(K::ActiveFilters)>
                {move || {
                    let r = route.get();
                    let mut chips = Vec::new();
                    if !r.filter.text.is_empty() {
                        chips.push((format!("“{}”", r.filter.text), Box::new(move |r: &mut Route| r.filter.text.clear()) as Box<dyn Fn(&mut Route)>, "text".to_string()));
                    }
                    for key in r.filter.entities.clone() {
                        let k2 = key.clone();
                        chips.push((key.name.clone(), Box::new(move |r: &mut Route| r.filter.entities.retain(|e| *e != k2)), kind_code(key.kind).to_string()));
                    }
                    for s in r.filter.sources.clone() {
                        let s2 = s.clone();
                        chips.push((s, Box::new(move |r: &mut Route| r.filter.sources.retain(|x| *x != s2)), "source".to_string()));
                    }
                    if let Some(d) = r.filter.date_from.clone() {
                        chips.push((format!("≥ {d}"), Box::new(|r: &mut Route| r.filter.date_from = None), "date".to_string()));
                    }
                    if let Some(d) = r.filter.date_to.clone() {
                        chips.push((format!("≤ {d}"), Box::new(|r: &mut Route| r.filter.date_to = None), "date".to_string()));
                    }
                    if let Some(s) = r.speaker.clone() {
                        chips.push((format!("🗨 {s}"), Box::new(|r: &mut Route| r.speaker = None), "speaker".to_string()));
                    }
                    chips.into_iter().map(|(label, remove, class)| {
                        let aria = format!("{} {label}", c.tr(K::Remove).split(' ').next().unwrap_or("Remove"));
                        view! {
                            <button type="button" class=format!("chip active {class}") aria-label=aria on:click=move |_| route.update(|r| remove(r))>
                                {label} <span aria-hidden="true">" ×"</span>
                            </button>
                        }
                    }).collect_view()
                }}
                <button type="button" class="quiet" on:click=move |_| route.update(|r| { r.filter = Default::default(); r.speaker = None; })>
                    {move || c.tr(K::ClearFilters)}
                </button>
            </div>
        </Show>
    }
}

#[component]
fn Facets() -> impl IntoView {
    let c = ctx();
    let facets = Memo::new(move |_| {
        let hits = c.hits.get();
        c.library.with(|lib| lib.facets(&hits))
    });
    let group = move |kind: EntityKind| {
        let query = RwSignal::new(String::new());
        let expanded = RwSignal::new(false);
        let rows = move || {
            let q = kliping_core::index::normalize(&query.get());
            let all: Vec<_> = facets.with(|f| {
                f.entities
                    .iter()
                    .filter(|e| {
                        e.key.kind == kind
                            && kliping_core::index::normalize(&e.key.name).contains(&q)
                    })
                    .cloned()
                    .collect()
            });
            let limit = if expanded.get() { all.len() } else { 8 };
            (all.len(), all.into_iter().take(limit).collect::<Vec<_>>())
        };
        view! {
            <section class=format!("facet {}", kind_code(kind))>
                <h3>{move || c.tr(kind_key(kind))}</h3>
                <input type="search" class="facet-filter" placeholder=move || c.tr(K::FilterNames)
                    aria-label=move || format!("{}: {}", c.tr(kind_key(kind)), c.tr(K::FilterNames))
                    on:input=move |ev| query.set(event_target_value(&ev)) />
                <ul>
                    // Keyed by name and counts: a row whose numbers did not change keeps its
                    // element (and focus) when a filter is toggled.
                    <For each=move || rows().1 key=|row| (row.key.name.clone(), row.articles, row.mentions) let:row>
                        {
                            let key = row.key.clone();
                            let k1 = key.clone();
                            let checked = move || c.route.with(|r| r.filter.entities.contains(&k1));
                            let k2 = key.clone();
                            let toggle = move |_| {
                                let k = k2.clone();
                                if c.route.with_untracked(|r| r.filter.entities.contains(&k)) {
                                    c.route.update(|r| r.filter.entities.retain(|e| *e != k));
                                } else {
                                    filter_by(c, k);
                                }
                            };
                            view! {
                                <li>
                                    <label title=format!("{} · {} {}", row.articles, row.mentions, c.tr(K::Mentions).to_lowercase())>
                                        <input type="checkbox" prop:checked=checked on:change=toggle />
                                        <span class="name">{key.name.clone()}</span>
                                        <span class="n">{row.articles}</span>
                                    </label>
                                </li>
                            }
                        }
                    </For>
                </ul>
                <Show when=move || { let (n, shown) = rows(); n > shown.len() }>
                    <button type="button" class="quiet more" on:click=move |_| expanded.set(true)>{move || c.tr(K::ShowMore)}</button>
                </Show>
            </section>
        }
    };
    let sources = move || {
        facets.with(|f| f.sources.clone()).into_iter().map(|(name, n)| {
            let checked = c.route.with(|r| r.filter.sources.contains(&name));
            let n2 = name.clone();
            let toggle = move |_| {
                let s = n2.clone();
                c.route.update(|r| {
                    if r.filter.sources.contains(&s) { r.filter.sources.retain(|x| *x != s) } else { r.filter.sources.push(s) }
                });
            };
            view! {
                <li><label><input type="checkbox" prop:checked=checked on:change=toggle /><span class="name">{name}</span><span class="n">{n}</span></label></li>
            }
        }).collect_view()
    };
    let set_date = move |from: bool| {
        move |ev: ev::Event| {
            let v = event_target_value(&ev);
            let v = (!v.is_empty()).then_some(v);
            c.route.update(|r| {
                if from {
                    r.filter.date_from = v
                } else {
                    r.filter.date_to = v
                }
            });
        }
    };
    view! {
        <aside class="facets" aria-label="Facets">
            {group(EntityKind::Person)}
            {group(EntityKind::Place)}
            {group(EntityKind::Organization)}
            <Show when=move || facets.with(|f| !f.sources.is_empty())>
                <section class="facet source">
                    <h3>{move || c.tr(K::Outlets)}</h3>
                    <ul>{sources}</ul>
                </section>
            </Show>
            <section class="facet dates">
                <h3>{move || c.tr(K::Dates)}</h3>
                {move || facets.with(|f| f.date_range.clone()).map(|(lo, hi)| view! { <p class="range">{format!("{lo} – {hi}")}</p> })}
                <label>{move || c.tr(K::From)}" "<input type="date" prop:value=move || c.route.with(|r| r.filter.date_from.clone().unwrap_or_default()) on:change=set_date(true) /></label>
                <label>{move || c.tr(K::To)}" "<input type="date" prop:value=move || c.route.with(|r| r.filter.date_to.clone().unwrap_or_default()) on:change=set_date(false) /></label>
            </section>
        </aside>
    }
}

// Cards have a fixed height so the list can be windowed: only the rows near the viewport are
// in the DOM, which keeps 10,000 articles as smooth as 10.
const CARD_H: f64 = 236.0;
const GAP: f64 = 16.0;
const MIN_CARD_W: f64 = 300.0;

#[component]
fn ArticleList() -> impl IntoView {
    let c = ctx();
    let container = NodeRef::<leptos::html::Div>::new();
    let tick = RwSignal::new(0u32);
    let _ = window_event_listener(ev::scroll, move |_| tick.update(|t| *t = t.wrapping_add(1)));
    let _ = window_event_listener(ev::resize, move |_| tick.update(|t| *t = t.wrapping_add(1)));
    // Measure once mounted.
    Effect::new(move |_| {
        if container.get().is_some() {
            tick.update(|t| *t = t.wrapping_add(1));
        }
    });
    let layout = Memo::new(move |_| {
        tick.track();
        let n = c.hits.with(Vec::len);
        let Some(el) = container.get() else {
            return (1usize, 0usize, 24usize.min(n), n);
        };
        let rect = el.get_bounding_client_rect();
        let width = rect.width().max(1.0);
        let cols = (((width + GAP) / (MIN_CARD_W + GAP)).floor() as usize).max(1);
        let row_h = CARD_H + GAP;
        let viewport = window()
            .inner_height()
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(900.0);
        // rect.top is relative to the viewport: rows above it are scrolled past.
        let first_row = ((-rect.top()) / row_h).floor().max(0.0) as usize;
        let last_row = ((viewport - rect.top()) / row_h).ceil().max(0.0) as usize + 1;
        let first_row = first_row.saturating_sub(2);
        let start = (first_row * cols).min(n);
        let end = (last_row * cols + 2 * cols).min(n);
        (cols, first_row, end.max(start), n)
    });
    let visible = move || {
        let (cols, first_row, end, _) = layout.get();
        let start = first_row * cols;
        let hits = c.hits.get();
        c.library.with(|lib| {
            hits.get(start.min(end)..end)
                .unwrap_or_default()
                .iter()
                .map(|&i| lib.docs()[i].clone())
                .collect::<Vec<_>>()
        })
    };
    let style = move || {
        let (cols, first_row, _, n) = layout.get();
        let rows = n.div_ceil(cols);
        let total = (rows as f64 * (CARD_H + GAP) - GAP).max(0.0);
        let pad = first_row as f64 * (CARD_H + GAP);
        format!("grid-template-columns: repeat({cols}, minmax(0, 1fr)); padding-top: {pad}px; height: {total}px;")
    };
    view! {
        <Show when=move || c.hits.with(|h| !h.is_empty()) fallback=move || view! { <p class="empty">{c.tr(K::NoMatches)}</p> }>
            <div class="cards" node_ref=container role="list" aria-label=move || c.tr(K::Articles) style=style>
                <For each=visible key=|doc| (doc.article.id.clone(), doc.entities.len(), doc.quotes.len()) let:doc>
                    <ArticleCard doc />
                </For>
            </div>
        </Show>
    }
}

#[component]
fn ArticleCard(doc: Doc) -> impl IntoView {
    let c = ctx();
    let a = &doc.article;
    let words = a.word_count();
    let quotes = doc.quotes.len();
    let lead = a.lead(260);
    let date = a.published.as_ref().map(|p| p.date.clone());
    let id = a.id.clone();
    let title_class = if a.title_derived {
        "title derived"
    } else {
        "title"
    };
    let open = move |_| {
        let id = id.clone();
        c.route.update(|r| r.reader = Some(id));
    };
    let mut top: Vec<_> = doc.entities.iter().collect();
    top.sort_by(|x, y| {
        y.mentions
            .len()
            .cmp(&x.mentions.len())
            .then(x.name.cmp(&y.name))
    });
    let chips = top.into_iter().take(5).map(|e| {
        let key = EntityKey { kind: e.kind, name: e.name.clone() };
        view! {
            <button type="button" class=format!("chip {}", kind_code(e.kind)) title=e.role.clone().unwrap_or_default() on:click=move |_| filter_by(c, key.clone())>
                {e.name.clone()}
            </button>
        }
    }).collect_view();
    view! {
        <article class="card" role="listitem" data-article-id=a.id.clone()>
            <h2 class=title_class><button type="button" class="link" on:click=open>{a.title.clone()}</button></h2>
            <p class="meta">
                {a.source.clone().map(|s| view! { <span class="source">{s}</span> })}
                {date.map(|d| view! { <time datetime=d.clone()>{d.clone()}</time> })}
                <span class="words">{format!("{words} {}", c.tr(K::Words))}</span>
                <span class="quotes-count">{if quotes == 1 {
                        format!("1 {}", c.tr(K::QuoteOne))
                    } else {
                        format!("{quotes} {}", c.tr(K::QuotesCount))
                    }}</span>
            </p>
            <p class="chips">{chips}</p>
            <p class="lead">{lead}</p>
        </article>
    }
}

#[component]
fn QuoteList() -> impl IntoView {
    let c = ctx();
    let rows = Memo::new(move |_| {
        let hits = c.hits.get();
        let speaker = c.route.with(|r| r.speaker.clone());
        c.library.with(|lib| {
            let docs: Vec<&Doc> = hits.iter().map(|&i| &lib.docs()[i]).collect();
            let mut rows = export::quote_rows(&docs);
            if let Some(s) = speaker {
                rows.retain(|r| r.speaker.as_deref() == Some(s.as_str()));
            }
            rows
        })
    });
    let group = move || c.route.with(|r| r.group);
    let render = move |row: export::QuoteRow| {
        let speaker = row.speaker.clone();
        let id = row.article_id.clone();
        let kind = match row.kind {
            kliping_core::quotes::QuoteKind::Direct => K::Direct,
            kliping_core::quotes::QuoteKind::Indirect => K::Indirect,
        };
        view! {
            <li class="quote">
                <blockquote>{row.text.clone()}</blockquote>
                <p class="meta">
                    {match speaker {
                        Some(s) => {
                            let s2 = s.clone();
                            view! { <button type="button" class="chip person" on:click=move |_| c.route.update(|r| r.speaker = Some(s2.clone()))>{s}</button> }.into_any()
                        }
                        None => view! { <span class="anon">{c.tr(K::Unknown)}</span> }.into_any(),
                    }}
                    {row.speaker_role.clone().map(|r| view! { <span class="role">{r}</span> })}
                    <span class="badge">{c.tr(kind)}</span>
                    {row.cue.clone().map(|q| view! { <span class="cue">{q}</span> })}
                    <button type="button" class="link" on:click=move |_| { let id = id.clone(); c.route.update(|r| r.reader = Some(id)) }>{row.article_title.clone()}</button>
                </p>
            </li>
        }
    };
    view! {
        <label class="group-toggle">
            <input type="checkbox" prop:checked=group on:change=move |_| c.route.update(|r| r.group = !r.group) />
            {move || c.tr(K::GroupBySpeaker)}
        </label>
        {move || {
            let rows = rows.get();
            if rows.is_empty() {
                return view! { <p class="empty">{c.tr(K::NoMatches)}</p> }.into_any();
            }
            if group() {
                let mut groups: Vec<(String, Vec<export::QuoteRow>)> = Vec::new();
                for row in rows {
                    let name = row.speaker.clone().unwrap_or_else(|| c.tr(K::Unknown).to_string());
                    match groups.iter_mut().find(|(n, _)| *n == name) {
                        Some((_, list)) => list.push(row),
                        None => groups.push((name, vec![row])),
                    }
                }
                groups.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
                view! {
                    <div class="quote-groups">
                        {groups.into_iter().map(|(name, list)| view! {
                            <section class="quote-group">
                                <h3>{name}" "<span class="n">{list.len()}</span></h3>
                                <ul class="quotes">{list.into_iter().map(render).collect_view()}</ul>
                            </section>
                        }).collect_view()}
                    </div>
                }.into_any()
            } else {
                view! { <ul class="quotes">{rows.into_iter().map(render).collect_view()}</ul> }.into_any()
            }
        }}
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Col {
    Name,
    Kind,
    Articles,
    Mentions,
}

#[component]
fn EntityTable() -> impl IntoView {
    let c = ctx();
    let sort = RwSignal::new((Col::Articles, false));
    let rows = Memo::new(move |_| {
        let hits = c.hits.get();
        let (col, asc) = sort.get();
        let mut rows = c.library.with(|lib| {
            let docs: Vec<&Doc> = hits.iter().map(|&i| &lib.docs()[i]).collect();
            export::entity_rows(&docs)
        });
        rows.sort_by(|a, b| {
            let o = match col {
                Col::Name => kliping_core::index::normalize(&a.name)
                    .cmp(&kliping_core::index::normalize(&b.name)),
                Col::Kind => a.kind.cmp(&b.kind).then(a.name.cmp(&b.name)),
                Col::Articles => a.articles.cmp(&b.articles).then(b.name.cmp(&a.name)),
                Col::Mentions => a.mentions.cmp(&b.mentions).then(b.name.cmp(&a.name)),
            };
            if asc {
                o
            } else {
                o.reverse()
            }
        });
        rows
    });
    let header = move |col: Col, key: K| {
        let aria = move || {
            let (c0, asc) = sort.get();
            if c0 == col {
                if asc {
                    "ascending"
                } else {
                    "descending"
                }
            } else {
                "none"
            }
        };
        view! {
            <th aria-sort=aria>
                <button type="button" class="link" on:click=move |_| sort.update(|(c0, asc)| if *c0 == col { *asc = !*asc } else { *c0 = col; *asc = matches!(col, Col::Name | Col::Kind) })>
                    {move || c.tr(key)}
                </button>
            </th>
        }
    };
    view! {
        <table class="entities">
            <thead><tr>
                {header(Col::Name, K::Name)}
                {header(Col::Kind, K::Kind)}
                <th>{move || c.tr(K::Aliases)}</th>
                {header(Col::Articles, K::Articles)}
                {header(Col::Mentions, K::Mentions)}
            </tr></thead>
            <tbody>
                {move || rows.get().into_iter().map(|row| {
                    let key = EntityKey { kind: row.kind, name: row.name.clone() };
                    view! {
                        <tr>
                            <td><button type="button" class=format!("chip {}", kind_code(row.kind)) on:click=move |_| { filter_by(c, key.clone()); c.route.update(|r| r.view = View::Articles); }>{row.name.clone()}</button></td>
                            <td>{c.tr(kind_key(row.kind))}</td>
                            <td class="aliases">{row.aliases.join(", ")}</td>
                            <td class="n">{row.articles}</td>
                            // A place named only in datelines has no mention in the text; "0"
                            // read like a bug, so say where the name came from instead.
                            <td class="n">{if row.mentions == 0 { c.tr(K::FromDateline).to_string() } else { row.mentions.to_string() }}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// The reader: full text with entities and quotes highlighted, plus a side panel.
#[component]
fn Reader() -> impl IntoView {
    let c = ctx();
    let show = RwSignal::new([true, true, true, true]); // person, place, org, quotes
    let doc = Memo::new(move |_| {
        let id = c.route.with(|r| r.reader.clone())?;
        c.library.with(|lib| lib.corpus.get(&id).cloned())
    });
    let close = move |_| c.route.update(|r| r.reader = None);
    let remove = move |_| {
        let Some(id) = c.route.with_untracked(|r| r.reader.clone()) else {
            return;
        };
        if window()
            .confirm_with_message(c.tr(K::ConfirmRemove))
            .unwrap_or(false)
        {
            c.library.update(|lib| {
                lib.remove(&id);
            });
            c.route.update(|r| r.reader = None);
            let sources = c.library.with_untracked(|lib| {
                lib.sources
                    .iter()
                    .map(|(n, b, m)| storage::StoredFile {
                        name: n.clone(),
                        bytes: b.clone(),
                        modified_ms: *m,
                    })
                    .collect::<Vec<_>>()
            });
            spawn_local(async move {
                let _ = storage::replace_all(&sources).await;
            });
        }
    };
    let legend = move |i: usize, class: &'static str, key: K| {
        view! {
            <label class=format!("legend {class}")>
                <input type="checkbox" prop:checked=move || show.get()[i] on:change=move |_| show.update(|s| s[i] = !s[i]) />
                {move || c.tr(key)}
            </label>
        }
    };
    view! {
        {move || doc.get().map(|doc| {
            let query = c.route.with_untracked(|r| r.filter.text.clone());
            let a = doc.article.clone();
            let paragraphs = (0..a.paragraphs.len()).map(|p| {
                let segs = paragraph_segments(&doc, p, &query);
                let doc2 = doc.clone();
                view! {
                    <p>{segs.into_iter().map(|s| {
                        let mut class = String::new();
                        if let Some(k) = s.kind { class.push_str("ent "); class.push_str(kind_code(k)); }
                        if s.quote.is_some() { class.push_str(" q"); }
                        if s.matched { class.push_str(" hit"); }
                        match s.entity {
                            Some(i) => {
                                let e = &doc2.entities[i];
                                let key = EntityKey { kind: e.kind, name: e.name.clone() };
                                let title = e.role.clone().map(|r| format!("{} — {r}", e.name)).unwrap_or_else(|| e.name.clone());
                                view! { <button type="button" class=format!("inline {class}") title=title on:click=move |_| filter_by(c, key.clone())>{s.text}</button> }.into_any()
                            }
                            None if class.is_empty() => s.text.into_any(),
                            None => view! { <span class=class>{s.text}</span> }.into_any(),
                        }
                    }).collect_view()}</p>
                }
            }).collect_view();
            let entity_list = [EntityKind::Person, EntityKind::Place, EntityKind::Organization].into_iter().map(|kind| {
                let mut list: Vec<_> = doc.entities.iter().filter(|e| e.kind == kind).cloned().collect();
                list.sort_by(|x, y| y.mentions.len().cmp(&x.mentions.len()).then(x.name.cmp(&y.name)));
                view! {
                    <h4>{move || c.tr(kind_key(kind))}</h4>
                    <ul>{list.into_iter().map(|e| {
                        let key = EntityKey { kind: e.kind, name: e.name.clone() };
                        view! { <li><button type="button" class=format!("chip {}", kind_code(kind)) on:click=move |_| filter_by(c, key.clone())>{e.name.clone()}</button>
                            {e.role.clone().map(|r| view! { <span class="role">{r}</span> })}
                            {if e.mentions.is_empty() {
                                view! { <span class="n">{move || c.tr(K::FromDateline)}</span> }.into_any()
                            } else {
                                view! { <span class="n">{e.mentions.len()}</span> }.into_any()
                            }}</li> }
                    }).collect_view()}</ul>
                }
            }).collect_view();
            let quote_list = doc.quotes.iter().map(|q| view! {
                <li><blockquote>{q.text.clone()}</blockquote><p class="meta">{q.speaker.clone().unwrap_or_else(|| c.tr(K::Unknown).to_string())}</p></li>
            }).collect_view();
            let classes = move || {
                let s = show.get();
                format!("reader-body{}{}{}{}", if s[0] { " show-person" } else { "" }, if s[1] { " show-place" } else { "" }, if s[2] { " show-org" } else { "" }, if s[3] { " show-q" } else { "" })
            };
            view! {
                <div class="reader-backdrop" on:click=close></div>
                <div class="reader" role="dialog" aria-modal="true" aria-labelledby="reader-title">
                    <header class="reader-head">
                        <div>
                            <h2 id="reader-title">{a.title.clone()}</h2>
                            <p class="meta">
                                {a.source.clone().map(|s| view! { <span class="source">{s}</span> })}
                                {a.dateline.clone().map(|s| view! { <span>{s}</span> })}
                                {a.published.clone().map(|p| view! { <time datetime=p.date.clone()>{p.date.clone()}</time> })}
                                {a.byline.clone().map(|s| view! { <span>{s}</span> })}
                                <span class="file">{a.file.clone()}</span>
                            </p>
                        </div>
                        <div class="reader-actions">
                            <button type="button" class="quiet" aria-label=c.tr(K::Previous) on:click=move |_| step_reader(c, -1)>"↑ k"</button>
                            <button type="button" class="quiet" aria-label=c.tr(K::Next) on:click=move |_| step_reader(c, 1)>"↓ j"</button>
                            <button type="button" class="quiet danger" on:click=remove>{c.tr(K::Remove)}</button>
                            <button type="button" class="primary" on:click=close autofocus>{c.tr(K::Close)}</button>
                        </div>
                    </header>
                    <div class="legend-bar" aria-label=c.tr(K::Legend)>
                        <span>{c.tr(K::Legend)}":"</span>
                        {legend(0, "person", K::People)}
                        {legend(1, "place", K::Places)}
                        {legend(2, "org", K::Organizations)}
                        {legend(3, "q", K::Quotes)}
                        <span class="keys">{c.tr(K::KeysHint)}</span>
                    </div>
                    <div class="reader-main">
                        <div class=classes>{paragraphs}</div>
                        <aside class="reader-side">
                            <h3>{c.tr(K::InThisArticle)}</h3>
                            {entity_list}
                            <h4>{c.tr(K::Quotes)}</h4>
                            <ul class="quotes">{quote_list}</ul>
                        </aside>
                    </div>
                </div>
            }
        })}
    }
}
