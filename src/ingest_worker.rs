//! What crosses between the page and the ingest Web Worker, and the worker's one job.
//!
//! The page sends one file (name, bytes, modified time); the worker parses it and runs the
//! extraction pipeline, and answers with the analysed docs and per-file errors. Keeping this in
//! a worker is what lets the page scroll and type while thousands of articles are analysed.
//! Messages are converted with serde-wasm-bindgen, so file bytes travel as a `Uint8Array`.

use std::cell::RefCell;
use std::rc::Rc;

use futures::future::{FutureExt, LocalBoxFuture, Shared};
use gloo_worker::oneshot::oneshot;
use gloo_worker::Codec;
use kliping_core::entities::Model;
use kliping_core::pipeline::analyze;
use kliping_core::{parse_file, Article, Doc, Input};
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};

/// The worker script Trunk emits next to index.html (worker files are not hashed).
pub const WORKER_JS: &str = "kliping-worker.js";

/// A job for the worker. A file is first parsed (fast), so its cards can appear at once, and
/// its articles are then analysed in slices, so entities and quotes fill in progressively.
#[derive(Debug, Serialize, Deserialize)]
pub enum Job {
    Parse {
        name: String,
        #[serde(with = "serde_bytes")]
        bytes: Vec<u8>,
        modified_ms: Option<i64>,
    },
    Analyze {
        articles: Vec<Article>,
        /// Absolute URL of the entity model. The worker runs from a blob: URL, so a relative
        /// path would not resolve; the page, which knows its own address, supplies it.
        model_url: String,
    },
    /// Sent once when the page starts: load the model and analyse a few known articles
    /// (`samples`: name and bytes), so the first real analysis does not pay for the model's
    /// download and decoding, the extractor's lazily built tables, or the wasm engine compiling
    /// the extraction code's optimised tier. The results are dropped.
    Warm {
        model_url: String,
        samples: Vec<(String, serde_bytes::ByteBuf)>,
    },
}

#[derive(Debug, Serialize, Deserialize)]
pub enum Outcome {
    Parsed {
        articles: Vec<Article>,
        /// (file, message) for every record that could not be read.
        errors: Vec<(String, String)>,
    },
    /// Docs come back unanalysed (no entities) when the worker could not load the model.
    Analyzed { docs: Vec<Doc> },
    /// The warm-up finished (`model`: whether the model loaded).
    Warmed { model: bool },
}

/// serde-wasm-bindgen as the message encoding: unlike the default bincode it handles the
/// optional fields our types skip when empty, and bytes stay a typed array.
pub struct WasmBindgenCodec;

impl Codec for WasmBindgenCodec {
    fn encode<I: Serialize>(input: I) -> JsValue {
        let ser = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
        input.serialize(&ser).unwrap_or(JsValue::NULL)
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        // Both ends are this crate's own types; a mismatch is a build error we want loudly.
        serde_wasm_bindgen::from_value(input).expect("worker message has the expected shape")
    }
}

/// The model as it loads: one shared load per worker, whichever job asks first (the warm-up
/// at page start and a restore of stored files both ask at once after a reload).
type ModelLoad = Shared<LocalBoxFuture<'static, Option<Rc<Model>>>>;

thread_local! {
    static MODEL: RefCell<Option<ModelLoad>> = const { RefCell::new(None) };
}

/// The entity model, fetched once per worker (again after a failed load).
async fn model(url: &str) -> Option<Rc<Model>> {
    let load = MODEL.with(|m| {
        m.borrow_mut()
            .get_or_insert_with(|| fetch_model(url.to_string()).boxed_local().shared())
            .clone()
    });
    let model = load.await;
    if model.is_none() {
        MODEL.with(|m| *m.borrow_mut() = None);
    }
    model
}

async fn fetch_model(url: String) -> Option<Rc<Model>> {
    let scope: web_sys::WorkerGlobalScope = js_sys::global().dyn_into().ok()?;
    let resp = wasm_bindgen_futures::JsFuture::from(scope.fetch_with_str(&url))
        .await
        .ok()?;
    let resp: web_sys::Response = resp.dyn_into().ok()?;
    if !resp.ok() {
        return None;
    }
    let buf = wasm_bindgen_futures::JsFuture::from(resp.array_buffer().ok()?)
        .await
        .ok()?;
    Model::from_bytes(&js_sys::Uint8Array::new(&buf).to_vec())
        .ok()
        .map(Rc::new)
}

#[oneshot]
pub async fn Ingest(job: Job) -> Outcome {
    match job {
        Job::Parse {
            name,
            bytes,
            modified_ms,
        } => {
            let mut articles = Vec::new();
            let mut errors = Vec::new();
            for result in parse_file(Input {
                name: &name,
                bytes: &bytes,
                modified_ms,
            }) {
                match result {
                    Ok(article) => articles.push(article),
                    Err(err) => errors.push((err.file().to_string(), err.to_string())),
                }
            }
            Outcome::Parsed { articles, errors }
        }
        Job::Analyze {
            articles,
            model_url,
        } => {
            let model = model(&model_url).await;
            let docs = articles
                .into_iter()
                .map(|a| match &model {
                    Some(m) => analyze(m, a),
                    None => Doc::from(a),
                })
                .collect();
            Outcome::Analyzed { docs }
        }
        Job::Warm { model_url, samples } => {
            let Some(model) = model(&model_url).await else {
                return Outcome::Warmed { model: false };
            };
            for (name, bytes) in &samples {
                for article in parse_file(Input::new(name, bytes)).into_iter().flatten() {
                    std::hint::black_box(analyze(&model, article));
                }
            }
            Outcome::Warmed { model: true }
        }
    }
}
