//! Fuzz target `parse`: for any UTF-8 input, `parse_module` never panics
//! (nor overflows the stack), and an error's span lies inside the input on
//! char boundaries, so its line/column can be computed.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(e) = pycopy_parser::parse_module(src, "<fuzz>") {
        let (s, end) = (e.span.start as usize, e.span.end as usize);
        assert!(s <= end && end <= src.len(), "error span {:?} outside input", e.span);
        assert!(
            src.is_char_boundary(s) && src.is_char_boundary(end),
            "error span {:?} off a char boundary",
            e.span
        );
        let _ = e.line_col(src);
    }
});
