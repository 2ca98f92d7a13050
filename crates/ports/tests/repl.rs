//! The REPL through pipes, as mpremote/pyboard.py speak to it: `pycopy -i`
//! with stdin and stdout as pipes.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdout, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn pycopy() -> Command {
    Command::new(Path::new(env!("CARGO_BIN_EXE_pycopy")))
}

/// Runs `pycopy -i [args]` with all of `input` on stdin; returns (status,
/// stdout, stderr).
fn session(
    args: &[&str],
    input: &[u8],
) -> Result<(i32, Vec<u8>, String), Box<dyn std::error::Error>> {
    let mut child = pycopy()
        .arg("-i")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    child.stdin.take().ok_or("stdin")?.write_all(input)?;
    let out = child.wait_with_output()?;
    Ok((
        out.status.code().unwrap_or(-1),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    ))
}

/// The text after the banner (everything from the first prompt on).
fn after_banner(out: &[u8]) -> String {
    let s = String::from_utf8_lossy(out).into_owned();
    match s.find(">>> ") {
        Some(i) => s.get(i..).unwrap_or("").to_string(),
        None => s,
    }
}

#[test]
fn raw_repl_round_trip_and_soft_reset_exit() -> TestResult {
    let (code, out, _) = session(&[], b"\r\x03\r\x01print(6*7)\x04\x04")?;
    assert_eq!(code, 0);
    assert_eq!(
        after_banner(&out),
        ">>> \r\n>>> \r\n>>> \r\n>>> \r\nraw REPL; CTRL-B to exit\r\n>OK42\n\x04\x04>OK\r\n"
    );
    Ok(())
}

#[test]
fn raw_repl_exception_goes_between_the_markers() -> TestResult {
    let (code, out, err) = session(&[], b"\x01print('a')\n1/0\x04")?;
    assert_eq!(code, 0);
    assert_eq!(
        after_banner(&out),
        ">>> \r\nraw REPL; CTRL-B to exit\r\n>OKa\n\x04Traceback (most recent call last):\n  \
         File \"<stdin>\", line 2, in <module>\nZeroDivisionError: division by zero\n\x04>"
    );
    assert_eq!(err, "");
    // A syntax error is framed the same way.
    let (_, out, _) = session(&[], b"\x01x = (\x04")?;
    let t = after_banner(&out);
    assert!(
        t.contains(
            ">OK\x04Traceback (most recent call last):\n  File \"<stdin>\", line 1\nSyntaxError: "
        ),
        "{t:?}"
    );
    assert!(t.ends_with("\x04>"), "{t:?}");
    Ok(())
}

#[test]
fn several_raw_commands_share_globals_then_back_to_friendly() -> TestResult {
    let (code, out, _) = session(
        &[],
        b"\x01x = 20\x04x += 1\x04print(x * 2)\x04\x03junk\x03print('c')\x04\x02x\r",
    )?;
    assert_eq!(code, 0);
    let t = after_banner(&out);
    assert!(
        t.starts_with(
            ">>> \r\nraw REPL; CTRL-B to exit\r\n>OK\x04\x04>OK\x04\x04>OK42\n\x04\x04>OKc\n\x04\x04>\r\nMicroPython v"
        ),
        "{t:?}"
    );
    assert!(t.ends_with(">>> x\r\n21\n>>> \r\n"), "{t:?}");
    Ok(())
}

#[test]
fn system_exit_in_raw_mode_ends_the_process_with_its_status() -> TestResult {
    let (code, out, _) = session(
        &[],
        b"\x01print('bye')\nraise SystemExit(4)\x04print('no')\x04",
    )?;
    assert_eq!(code, 4);
    assert!(after_banner(&out).ends_with(">OKbye\n\x04\x04"));
    Ok(())
}

#[test]
fn paste_mode_and_friendly_ctrl_d() -> TestResult {
    let (code, out, err) = session(
        &[],
        b"\x05def f(n):\r    return n * 3\r\r\nprint(f(2))\r\x04f(5)\r\x04",
    )?;
    assert_eq!(code, 0);
    assert_eq!(err, "");
    assert_eq!(
        after_banner(&out),
        ">>> \r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== def f(n):\r\n===     return n * 3\r\n\
         === \r\n=== print(f(2))\r\n=== \r\n6\n>>> f(5)\r\n15\n>>> \r\n"
    );
    Ok(())
}

#[test]
fn friendly_errors_go_to_stderr_and_the_session_goes_on() -> TestResult {
    let (code, out, err) = session(&[], b"1/0\nprint('next')\n")?;
    assert_eq!(code, 0);
    assert_eq!(
        after_banner(&out),
        ">>> 1/0\r\n>>> print('next')\r\nnext\n>>> \r\n"
    );
    assert!(
        err.ends_with("ZeroDivisionError: division by zero\n"),
        "{err}"
    );
    Ok(())
}

#[test]
fn dash_i_script_keeps_its_globals() -> TestResult {
    let dir = std::env::temp_dir().join(format!("pycopy-repl-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let script = dir.join("s.py");
    std::fs::write(&script, "v = 41\nprint('script ran')\n")?;
    let p = script.to_string_lossy().into_owned();
    let (code, out, _) = session(&[&p], b"v + 1\n")?;
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, 0);
    let s = String::from_utf8_lossy(&out);
    assert!(s.starts_with("script ran\nMicroPython v"), "{s:?}");
    assert!(s.ends_with(">>> v + 1\r\n42\n>>> \r\n"), "{s:?}");
    Ok(())
}

/// Reads stdout on a thread; bytes arrive on the channel.
fn reader(mut out: ChildStdout) -> mpsc::Receiver<u8> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut b = [0u8; 256];
        while let Ok(n) = out.read(&mut b) {
            if n == 0 {
                break;
            }
            for &x in b.get(..n).unwrap_or(&[]) {
                if tx.send(x).is_err() {
                    return;
                }
            }
        }
    });
    rx
}

/// Receives bytes until `buf` ends with `want` (5 s limit).
fn expect(rx: &mpsc::Receiver<u8>, want: &[u8]) -> Result<Vec<u8>, String> {
    let mut buf = Vec::new();
    while !buf.ends_with(want) {
        match rx.recv_timeout(Duration::from_secs(5)) {
            Ok(b) => buf.push(b),
            Err(_) => {
                return Err(format!(
                    "waited for {:?}, got {:?}",
                    String::from_utf8_lossy(want),
                    String::from_utf8_lossy(&buf)
                ))
            }
        }
    }
    Ok(buf)
}

fn finish(mut child: Child) -> Result<i32, Box<dyn std::error::Error>> {
    drop(child.stdin.take());
    Ok(child.wait()?.code().unwrap_or(-1))
}

#[test]
fn raw_paste_with_flow_control_as_mpremote_does() -> TestResult {
    let mut child = pycopy()
        .arg("-i")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let rx = reader(child.stdout.take().ok_or("stdout")?);
    let mut tx = child.stdin.take().ok_or("stdin")?;
    expect(&rx, b">>> ")?;
    tx.write_all(b"\r\x01")?;
    expect(&rx, b"raw REPL; CTRL-B to exit\r\n>")?;
    tx.write_all(b"\x05A\x01")?;
    let hdr = expect(&rx, b"R\x01")?;
    assert!(hdr.ends_with(b"R\x01"));
    let mut w = [0u8; 3];
    for b in &mut w {
        *b = rx.recv_timeout(Duration::from_secs(5))?;
    }
    let window = usize::from(u16::from_le_bytes([w[0], w[1]]));
    assert_eq!(w[2], 1, "one extra window granted");
    assert!(window > 0);
    // A program longer than several windows: send a window at a time and
    // wait for the device's \x01 before each further window.
    let mut src = String::new();
    for i in 0..60 {
        src.push_str(&format!("x{i} = {i} * 2  # padding padding\n"));
    }
    src.push_str("print(sum([x0, x10, x59]))\n");
    let data = src.as_bytes();
    let mut credit = 2usize; // the initial window and the extra one
    for chunk in data.chunks(window) {
        if credit == 0 {
            expect(&rx, b"\x01")?;
            credit += 1;
        }
        tx.write_all(chunk)?;
        tx.flush()?;
        credit -= 1;
    }
    tx.write_all(b"\x04")?;
    let res = expect(&rx, b"\x04>")?;
    let text = String::from_utf8_lossy(&res).replace('\x01', "");
    assert!(text.ends_with("\x04138\n\x04\x04>"), "{text:?}");
    // The raw REPL goes on: a plain raw command after raw-paste.
    tx.write_all(b"print(x1)\x04")?;
    expect(&rx, b"OK2\n\x04\x04>")?;
    // Raw-paste again, with an error.
    tx.write_all(b"\x05A\x01")?;
    expect(&rx, b"R\x01")?;
    for _ in 0..3 {
        rx.recv_timeout(Duration::from_secs(5))?;
    }
    tx.write_all(b"raise ValueError('bad')\x04")?;
    let res = expect(&rx, b"\x04>")?;
    let text = String::from_utf8_lossy(&res);
    assert!(text.starts_with("\x04\x04Traceback"), "{text:?}");
    assert!(text.ends_with("ValueError: bad\n\x04>"), "{text:?}");
    drop(tx);
    assert_eq!(finish(child)?, 0);
    Ok(())
}
