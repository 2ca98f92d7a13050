//! Asynchronous events reach running Python code between bytecodes:
//! SIGINT becomes `KeyboardInterrupt`, and a rewrite of the simulated
//! board's feed file (`PYCOPY_BOARD`) runs a `Pin.irq` handler inside a
//! loop that never touches a pin.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn pycopy() -> Command {
    Command::new(Path::new(env!("CARGO_BIN_EXE_pycopy")))
}

/// Reads stdout lines of `child` until one equals `want` (the script is
/// then past its set-up).
fn wait_line(
    child: &mut Child,
    want: &str,
) -> Result<BufReader<std::process::ChildStdout>, String> {
    let out = child.stdout.take().ok_or("no stdout")?;
    let mut r = BufReader::new(out);
    let mut line = String::new();
    loop {
        line.clear();
        if r.read_line(&mut line).map_err(|e| e.to_string())? == 0 {
            return Err(format!("stdout ended before {want:?}"));
        }
        if line.trim_end() == want {
            return Ok(r);
        }
    }
}

/// Waits up to 10 s for the child; kills it (by its own handle) on timeout.
fn wait_exit(child: &mut Child) -> Result<std::process::ExitStatus, String> {
    let start = Instant::now();
    loop {
        if let Some(st) = child.try_wait().map_err(|e| e.to_string())? {
            return Ok(st);
        }
        if start.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            let _ = child.wait();
            return Err("child did not exit".into());
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn sigint(child: &Child) -> Result<(), String> {
    let pid = libc::pid_t::try_from(child.id()).map_err(|e| e.to_string())?;
    // SAFETY: kill() with a pid of our own live child and a valid signal.
    let r = unsafe { libc::kill(pid, libc::SIGINT) };
    if r == 0 {
        Ok(())
    } else {
        Err("kill failed".into())
    }
}

const SPIN: &str = "import sys\nprint('ready')\nsys.stdout.flush()\nwhile True: pass\n";

#[test]
fn sigint_interrupts_a_tight_loop() -> TestResult {
    let mut child = pycopy()
        .args(["-c", SPIN])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let _out = wait_line(&mut child, "ready")?;
    std::thread::sleep(Duration::from_millis(50));
    sigint(&child)?;
    let st = wait_exit(&mut child)?;
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        e.read_to_string(&mut err)?;
    }
    assert_eq!(st.code(), Some(1), "stderr: {err}");
    assert!(err.ends_with("KeyboardInterrupt\n"), "stderr: {err}");
    assert!(err.contains("line 4"), "stderr: {err}");
    Ok(())
}

#[test]
fn keyboard_interrupt_can_be_caught_and_the_program_goes_on() -> TestResult {
    let src = "import sys\nprint('ready')\nsys.stdout.flush()\ntry:\n    while True: pass\n\
               except KeyboardInterrupt:\n    print('caught')\nprint('after')\n";
    let mut child = pycopy()
        .args(["-c", src])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let mut out = wait_line(&mut child, "ready")?;
    std::thread::sleep(Duration::from_millis(50));
    sigint(&child)?;
    let st = wait_exit(&mut child)?;
    let mut rest = String::new();
    out.read_to_string(&mut rest)?;
    assert_eq!(rest, "caught\nafter\n");
    assert_eq!(st.code(), Some(0));
    Ok(())
}

#[test]
fn kbd_intr_minus_one_leaves_sigint_to_the_system() -> TestResult {
    use std::os::unix::process::ExitStatusExt;
    let src = "import sys, micropython\nmicropython.kbd_intr(-1)\nprint('ready')\n\
               sys.stdout.flush()\nwhile True: pass\n";
    let mut child = pycopy()
        .args(["-c", src])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let _out = wait_line(&mut child, "ready")?;
    sigint(&child)?;
    let st = wait_exit(&mut child)?;
    assert_eq!(st.signal(), Some(libc::SIGINT));
    Ok(())
}

#[test]
fn board_feed_change_runs_irq_handler_inside_a_loop() -> TestResult {
    let dir = std::env::temp_dir().join(format!("pycopy-events-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let feed = dir.join("feed");
    std::fs::write(&feed, "5=1\n")?;
    let src = "import sys, micropython\nfrom machine import Pin\n\
               p = Pin(5, Pin.IN)\nseen = [0, 0]\n\
               def h(pin):\n    seen[0] += 1\n    seen[1] = micropython.heap_locked()\n\
               p.irq(h, Pin.IRQ_FALLING)\nprint('ready')\nsys.stdout.flush()\n\
               n = 0\nwhile seen[0] == 0:\n    n += 1\n\
               print('irq', seen[0], seen[1] > 0)\n";
    let mut child = pycopy()
        .args(["-c", src])
        .env("PYCOPY_BOARD", &feed)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let mut out = wait_line(&mut child, "ready")?;
    std::fs::write(&feed, "5=0\n")?;
    let st = wait_exit(&mut child)?;
    let mut rest = String::new();
    out.read_to_string(&mut rest)?;
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(rest, "irq 1 True\n");
    assert_eq!(st.code(), Some(0));
    Ok(())
}
