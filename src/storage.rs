//! Persistence of the loaded files in IndexedDB, so a reload restores the corpus.
//!
//! We store the original file bytes, not parsed articles: re-parsing on load is fast, keeps
//! one source of truth, and means a parser improvement applies to stored corpora too.
//! Every function reports failure (including a full quota) as a readable string; callers show
//! it and keep the in-memory corpus, so a storage problem never loses the current session.

use js_sys::{Array, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    IdbDatabase, IdbObjectStoreParameters, IdbRequest, IdbTransaction, IdbTransactionMode,
};

const DB: &str = "kliping";
const STORE: &str = "files";

#[derive(Debug, Clone)]
pub struct StoredFile {
    pub name: String,
    pub bytes: Vec<u8>,
    pub modified_ms: Option<i64>,
}

fn js_err(v: JsValue) -> String {
    v.dyn_ref::<web_sys::DomException>()
        .map(|e| format!("{}: {}", e.name(), e.message()))
        .or_else(|| v.as_string())
        .unwrap_or_else(|| format!("{v:?}"))
}

/// Resolves when `req` succeeds, with its result; rejects with its DOMException.
async fn request(req: &IdbRequest) -> Result<JsValue, String> {
    let promise = Promise::new(&mut |resolve, reject| {
        let ok_req = req.clone();
        let err_req = req.clone();
        let ok = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call1(
                &JsValue::NULL,
                &ok_req.result().unwrap_or(JsValue::UNDEFINED),
            );
        });
        let err = Closure::once_into_js(move |_: web_sys::Event| {
            let why = err_req
                .error()
                .ok()
                .flatten()
                .map(JsValue::from)
                .unwrap_or(JsValue::from_str("request failed"));
            let _ = reject.call1(&JsValue::NULL, &why);
        });
        req.set_onsuccess(Some(ok.unchecked_ref()));
        req.set_onerror(Some(err.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(js_err)
}

/// Resolves when the transaction commits; rejects when it errors or aborts (quota).
async fn committed(tx: &IdbTransaction) -> Result<(), String> {
    let promise = Promise::new(&mut |resolve, reject| {
        let tx2 = tx.clone();
        let ok = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let reject2 = reject.clone();
        let fail = Closure::once_into_js(move |_: web_sys::Event| {
            let why = tx2
                .error()
                .map(JsValue::from)
                .unwrap_or(JsValue::from_str("transaction aborted"));
            let _ = reject2.call1(&JsValue::NULL, &why);
        });
        tx.set_oncomplete(Some(ok.unchecked_ref()));
        tx.set_onabort(Some(fail.unchecked_ref()));
        let _ = reject;
    });
    JsFuture::from(promise).await.map(|_| ()).map_err(js_err)
}

async fn open() -> Result<IdbDatabase, String> {
    let factory = web_sys::window()
        .ok_or("no window")?
        .indexed_db()
        .map_err(js_err)?
        .ok_or("IndexedDB is not available in this browser")?;
    let req = factory.open_with_u32(DB, 1).map_err(js_err)?;
    let upgrade_req = req.clone();
    let on_upgrade = Closure::once_into_js(move |_: web_sys::Event| {
        if let Ok(db) = upgrade_req
            .result()
            .and_then(|r| r.dyn_into::<IdbDatabase>())
        {
            if !db.object_store_names().contains(STORE) {
                let params = IdbObjectStoreParameters::new();
                params.set_auto_increment(true);
                let _ = db.create_object_store_with_optional_parameters(STORE, &params);
            }
        }
    });
    req.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    let db = request(&req).await?;
    db.dyn_into::<IdbDatabase>().map_err(js_err)
}

fn to_js(file: &StoredFile) -> Result<JsValue, String> {
    let obj = Object::new();
    Reflect::set(&obj, &"name".into(), &file.name.as_str().into()).map_err(js_err)?;
    Reflect::set(
        &obj,
        &"bytes".into(),
        &Uint8Array::from(file.bytes.as_slice()),
    )
    .map_err(js_err)?;
    let modified = file
        .modified_ms
        .map_or(JsValue::NULL, |m| JsValue::from_f64(m as f64));
    Reflect::set(&obj, &"modified".into(), &modified).map_err(js_err)?;
    Ok(obj.into())
}

fn from_js(v: &JsValue) -> Option<StoredFile> {
    let name = Reflect::get(v, &"name".into()).ok()?.as_string()?;
    let bytes = Reflect::get(v, &"bytes".into())
        .ok()?
        .dyn_into::<Uint8Array>()
        .ok()?
        .to_vec();
    let modified_ms = Reflect::get(v, &"modified".into())
        .ok()
        .and_then(|m| m.as_f64())
        .map(|m| m as i64);
    Some(StoredFile {
        name,
        bytes,
        modified_ms,
    })
}

async fn write(files: &[StoredFile], clear_first: bool) -> Result<(), String> {
    if files.is_empty() && !clear_first {
        return Ok(());
    }
    let db = open().await?;
    let tx = db
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
        .map_err(js_err)?;
    let store = tx.object_store(STORE).map_err(js_err)?;
    if clear_first {
        store.clear().map_err(js_err)?;
    }
    for file in files {
        store.add(&to_js(file)?).map_err(js_err)?;
    }
    committed(&tx).await
}

/// Appends files to the stored corpus.
pub async fn save(files: &[StoredFile]) -> Result<(), String> {
    write(files, false).await
}

/// Replaces the stored corpus (after an article was removed).
pub async fn replace_all(files: &[StoredFile]) -> Result<(), String> {
    write(files, true).await
}

pub async fn clear() -> Result<(), String> {
    write(&[], true).await
}

/// Every stored file, in the order it was saved.
pub async fn load_all() -> Result<Vec<StoredFile>, String> {
    let db = open().await?;
    let tx = db.transaction_with_str(STORE).map_err(js_err)?;
    let store = tx.object_store(STORE).map_err(js_err)?;
    let all = request(&store.get_all().map_err(js_err)?).await?;
    Ok(Array::from(&all)
        .iter()
        .filter_map(|v| from_js(&v))
        .collect())
}
