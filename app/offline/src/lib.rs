//! The offline engine as a bare WebAssembly module for the service worker: no JavaScript glue, no
//! imports, four exported functions over the module's memory. The worker writes a UTF-8 string with
//! `alloc`, calls `load` (the snapshot's JSON) once, then `answer` for each page asked while offline.
//!
//! `answer`'s input: « YYYY-MM-DD\n<weekday 0 = Monday>\n<minutes from midnight>\n<path?query> » (the
//! time in the Ain, computed by the worker); its output, read with `output_ptr`/`output_len`:
//! « 303\n<location> » or « <status>\n<title>\n<main's HTML> ».

mod html;
pub mod render;

use domain::hours::Moment;
use domain::snapshot::Loaded;
use std::cell::RefCell;

thread_local! {
    static SNAPSHOT: RefCell<Option<Loaded>> = const { RefCell::new(None) };
    static OUTPUT: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Room for `len` bytes the worker fills, then hands back to `load` or `answer` (which free it).
#[no_mangle]
pub extern "C" fn alloc(len: usize) -> *mut u8 {
    Box::into_raw(vec![0u8; len].into_boxed_slice()).cast::<u8>()
}

/// Takes back the bytes `alloc` lent.
fn take(ptr: *mut u8, len: usize) -> String {
    // SAFETY: `ptr` comes from `alloc(len)`: a boxed slice of exactly `len` bytes, given back once.
    let bytes = unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(ptr, len)) };
    String::from_utf8_lossy(&bytes).into_owned()
}

fn set_output(text: String) {
    OUTPUT.with(|o| *o.borrow_mut() = text);
}

/// Reads the snapshot. 1 when it is usable; 0 otherwise (the reason is the output).
#[no_mangle]
pub extern "C" fn load(ptr: *mut u8, len: usize) -> u32 {
    match Loaded::from_json(&take(ptr, len)) {
        Ok(loaded) => {
            SNAPSHOT.with(|s| *s.borrow_mut() = Some(loaded));
            1
        }
        Err(e) => {
            set_output(e.to_string());
            0
        }
    }
}

/// Answers one request (see the module's comment); 0 when no snapshot is loaded or the input is bad.
#[no_mangle]
pub extern "C" fn answer(ptr: *mut u8, len: usize) -> u32 {
    let input = take(ptr, len);
    let mut lines = input.splitn(4, '\n');
    let (Some(date), Some(weekday), Some(minutes), Some(target)) = (lines.next(), lines.next(), lines.next(), lines.next()) else {
        return 0;
    };
    let (Ok(weekday), Ok(minutes)) = (weekday.parse::<usize>(), minutes.parse::<u16>()) else { return 0 };
    let now = Moment { date: date.to_owned(), weekday: weekday % 7, minutes };
    SNAPSHOT.with(|s| match s.borrow().as_ref() {
        Some(loaded) => {
            set_output(render::answer(loaded, target, &now).wire());
            1
        }
        None => 0,
    })
}

#[no_mangle]
pub extern "C" fn output_ptr() -> *const u8 {
    OUTPUT.with(|o| o.borrow().as_ptr())
}

#[no_mangle]
pub extern "C" fn output_len() -> usize {
    OUTPUT.with(|o| o.borrow().len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn give(text: &str) -> (*mut u8, usize) {
        let ptr = alloc(text.len());
        // SAFETY: alloc gave `text.len()` writable bytes.
        unsafe { std::ptr::copy_nonoverlapping(text.as_ptr(), ptr, text.len()) };
        (ptr, text.len())
    }

    fn output() -> String {
        // SAFETY: the output lives until the next call, and nothing else runs meanwhile.
        let bytes = unsafe { std::slice::from_raw_parts(output_ptr(), output_len()) };
        String::from_utf8(bytes.to_vec()).unwrap()
    }

    #[test]
    fn the_worker_protocol_refuses_bad_input_and_a_missing_or_bad_snapshot() {
        let (p, n) = give("2026-11-30\n0\n600\n/parcours");
        assert_eq!(answer(p, n), 0, "no snapshot loaded yet");
        let (p, n) = give("{\"format\": 99}");
        assert_eq!(load(p, n), 0);
        assert!(output().starts_with("Les données gardées pour le mode hors ligne sont illisibles"), "{}", output());
        let (p, n) = give("pas de saut de ligne");
        assert_eq!(answer(p, n), 0);
        let (p, n) = give("");
        assert_eq!(answer(p, n), 0, "an empty input, from a zero-length allocation");
    }

    #[test]
    fn loaded_once_the_engine_answers_pages_and_redirects_in_the_line_format() {
        let (p, n) = give(&render::tests::demo_snapshot_json());
        assert_eq!(load(p, n), 1, "{}", output());
        let (p, n) = give("2026-11-30\n0\n600\n/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&q=Nantua");
        assert_eq!(answer(p, n), 1);
        assert_eq!(output(), "303\n/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269");
        let (p, n) = give("2026-11-30\n0\n600\n/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269");
        assert_eq!(answer(p, n), 1);
        let out = output();
        let mut lines = out.splitn(3, '\n');
        assert_eq!(lines.next(), Some("200"));
        assert!(lines.next().unwrap().starts_with("Réaliser une démarche à Nantua : "));
        assert!(lines.next().unwrap().contains("Données du 28/11/2026"));
    }
}
