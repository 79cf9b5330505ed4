//! Entry point of the ingest Web Worker (see `ingest_worker.rs`).

// Shared with the page, which uses the request/response types and the spawner.
#[cfg(target_arch = "wasm32")]
#[allow(dead_code)]
mod ingest_worker;

#[cfg(target_arch = "wasm32")]
fn main() {
    use gloo_worker::Registrable;
    console_error_panic_hook::set_once();
    ingest_worker::Ingest::registrar()
        .encoding::<ingest_worker::WasmBindgenCodec>()
        .register();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "kliping-worker is the app's Web Worker: build it with `trunk build` (see README.md)."
    );
}
