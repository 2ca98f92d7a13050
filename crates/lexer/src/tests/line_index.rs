//! Byte offsets to (line, column).

use rstest::rstest;

use crate::LineIndex;

#[rstest]
#[case("abc", 0, (1, 1))]
#[case("abc", 2, (1, 3))]
#[case("abc", 3, (1, 4))]
#[case("abc", 99, (1, 4))]
#[case("a\nbc\n", 2, (2, 1))]
#[case("a\nbc\n", 3, (2, 2))]
#[case("a\nbc\n", 5, (3, 1))]
#[case("a\r\nb", 3, (2, 1))]
#[case("a\rb", 2, (2, 1))]
#[case("", 0, (1, 1))]
// Columns count characters, not bytes.
#[case("é = 1", 3, (1, 3))]
#[case("x\n日本 = ñ", 8, (2, 3))]
#[case("x\n日本 = ñ", 12, (2, 6))]
#[case("🎉\n🎉x", 9, (2, 2))]
fn line_col(#[case] src: &str, #[case] offset: u32, #[case] want: (u32, u32)) {
    assert_eq!(LineIndex::new(src).line_col(offset), want);
}

#[test]
fn matches_a_naive_count() {
    let src = "ab\nçd€\r\n\nx🎉y\rz";
    let index = LineIndex::new(src);
    for (offset, _) in src.char_indices() {
        if src[..offset].ends_with('\r') && src[offset..].starts_with('\n') {
            continue; // the `\n` of a `\r\n` belongs to the line it ends
        }
        let before = &src[..offset];
        let line = before.matches('\n').count() + before.matches('\r').count()
            - before.matches("\r\n").count()
            + 1;
        let line_start = before.rfind(['\n', '\r']).map_or(0, |p| p + 1);
        let col = src[line_start..offset].chars().count() + 1;
        assert_eq!(
            index.line_col(offset as u32),
            (line as u32, col as u32),
            "{offset}"
        );
    }
    assert_eq!(index.line_count(), 5);
}

#[test]
fn offset_inside_a_character_does_not_panic() {
    let index = LineIndex::new("€€");
    let (line, col) = index.line_col(1);
    assert_eq!(line, 1);
    assert!(col >= 1);
}
