//! The registry lists exactly the modules of the enabled feature set, each
//! name once. Run under each set:
//! `cargo test -p pycopy-modules` (all) and
//! `cargo test -p pycopy-modules --no-default-features --features minimal,std`.

#[test]
fn registry_names_match_features() {
    let got = pycopy_vm::registry::names();
    let want = pycopy_modules::expected_names();
    assert_eq!(got, want);
    let mut dedup = got.clone();
    dedup.dedup();
    assert_eq!(dedup.len(), got.len(), "duplicate module names: {got:?}");
}

#[test]
fn minimal_set_is_exactly_the_five_modules() {
    if cfg!(feature = "umachine") {
        assert!(pycopy_vm::registry::find("machine").is_some());
        return;
    }
    let got = pycopy_vm::registry::names();
    assert_eq!(
        got,
        [
            "gc",
            "io",
            "micropython",
            "pycopy",
            "sys",
            "time",
            "uio",
            "usys",
            "utime"
        ]
    );
    assert!(pycopy_vm::registry::find("umachine").is_none());
}

#[test]
fn canonical_and_alias_lookup() {
    assert_eq!(pycopy_vm::registry::find("utime").map(|x| x.1), Some(true));
    assert_eq!(pycopy_vm::registry::find("time").map(|x| x.1), Some(false));
    assert_eq!(pycopy_vm::registry::find("nosuch"), None);
}
