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
    let mut buf = Vec::<u8>::with_capacity(len.max(1));
    let ptr = buf.as_mut_ptr();
    std::mem::forget(buf);
    ptr
}

/// Takes back the bytes `alloc` lent.
fn take(ptr: *mut u8, len: usize) -> String {
    // SAFETY: `ptr` comes from `alloc(len)` (capacity ≥ len) and the worker wrote `len` bytes into it.
    let bytes = unsafe { Vec::from_raw_parts(ptr, len, len.max(1)) };
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
