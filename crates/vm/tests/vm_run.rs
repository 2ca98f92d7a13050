//! Runs small programs through the VM (compiler + interpreter) with an
//! in-memory HAL, under both collectors: value encoding use, dicts, strs,
//! call binding, exception unwinding, the recursion limit, MemoryError.

use pycopy_vm::hal::{Hal, PathKind};
use pycopy_vm::run::{run_main, Outcome};
use pycopy_vm::{CollectorKind, Vm};
use rstest::rstest;
use std::sync::{Arc, Mutex};

#[derive(Clone, Default)]
struct Out(Arc<Mutex<Vec<u8>>>);

impl Hal for Out {
    fn stdout(&mut self, b: &[u8]) {
        if let Ok(mut o) = self.0.lock() {
            o.extend_from_slice(b);
        }
    }
    fn stderr(&mut self, _b: &[u8]) {}
    fn read_file(&mut self, _p: &str) -> Option<Vec<u8>> {
        None
    }
    fn stat(&mut self, _p: &str) -> PathKind {
        PathKind::Missing
    }
}

fn run(src: &str, heap: usize, gc: CollectorKind) -> (String, Outcome) {
    // Like the port, run on a thread with a big stack: native re-entry
    // (recursive __repr__, __eq__ through dict lookups) nests Rust frames.
    let src = src.to_string();
    let h = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let out = Out::default();
            let mut vm = match Vm::new(heap, gc, Box::new(out.clone())) {
                Ok(vm) => vm,
                Err(e) => return (String::new(), Outcome::Error(format!("{e}"))),
            };
            let r = run_main(&mut vm, &src, "t.py");
            let text = out
                .0
                .lock()
                .map(|o| String::from_utf8_lossy(&o).into_owned())
                .unwrap_or_default();
            (text, r)
        });
    match h.map(|h| h.join()) {
        Ok(Ok(r)) => r,
        _ => (String::new(), Outcome::Error("thread failed".into())),
    }
}

fn both() -> [CollectorKind; 2] {
    [CollectorKind::MarkSweep, CollectorKind::Compacting]
}

#[rstest]
#[case(
    "print(1 + 2, 2 ** 100, 7 // -2, -7 % 3, 1 / 4, 0.1 + 0.2)",
    "3 1267650600228229401496703205376 -4 2 0.25 0.30000000000000004\n"
)]
#[case("d = {}\nfor i in range(100): d[i] = str(i)\ndel d[5]\nprint(len(d), d[99], 5 in d, list(d)[:3])", "99 99 False [0, 1, 2]\n")]
#[case(
    "s = 'ab' * 3\nprint(s == 'ababab', {s: 1}['ababab'], 'x'.join(['a', 'b']))",
    "True 1 axb\n"
)]
#[case("def f(a, b=2, *c, d, **e): return (a, b, c, d, sorted(e))\nprint(f(1, d=4), f(1, 2, 3, d=4, z=5))", "(1, 2, (), 4, []) (1, 2, (3,), 4, ['z'])\n")]
#[case("def f():\n    try:\n        raise KeyError('k')\n    finally:\n        print('fin')\ntry:\n    f()\nexcept LookupError as e:\n    print('caught', repr(e.args))", "fin\ncaught ('k',)\n")]
#[case("class A:\n    def __init__(self, x): self.x = x\n    def m(self): return self.x * 2\nclass B(A):\n    def m(self): return super().m() + 1\nprint(B(20).m(), isinstance(B(1), A))", "41 True\n")]
#[case(
    "def g(n):\n    for i in range(n):\n        yield i * i\nprint(sum(g(10)), list(g(3)))",
    "285 [0, 1, 4]\n"
)]
fn programs(#[case] src: &str, #[case] want: &str) {
    for gc in both() {
        let (out, r) = run(src, 1 << 20, gc);
        assert_eq!(r, Outcome::Ok, "{gc:?}");
        assert_eq!(out, want, "{gc:?}");
    }
}

#[test]
fn recursion_limit_is_an_exception() {
    let src = "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RuntimeError as e:\n    print('caught', e)\ndef d(n):\n    return 0 if n == 0 else d(n - 1) + 1\ntry:\n    d(100000)\nexcept RuntimeError:\n    print('deep')\nprint(d(500))";
    for gc in both() {
        let (out, r) = run(src, 2 << 20, gc);
        assert_eq!(r, Outcome::Ok);
        assert_eq!(out, "caught maximum recursion depth exceeded\ndeep\n500\n");
    }
}

#[test]
fn native_reentry_is_bounded() {
    let src = "class R:\n    def __repr__(self):\n        return repr(self)\ntry:\n    repr(R())\nexcept RuntimeError:\n    print('repr')\nclass E:\n    def __eq__(self, o):\n        return E() in {E(): 1}\n    def __hash__(self):\n        return 1\ntry:\n    E() == E()\nexcept RuntimeError:\n    print('eq')";
    let (out, r) = run(src, 2 << 20, CollectorKind::MarkSweep);
    assert_eq!(r, Outcome::Ok);
    assert_eq!(out, "repr\neq\n");
}

#[test]
fn memory_error_is_catchable_and_recoverable() {
    let src = "n = 0\nfor i in range(20):\n    try:\n        x = [0] * 1000000\n    except MemoryError:\n        n += 1\nkeep = [[i] for i in range(1000)]\nprint(n, len(keep))";
    for gc in both() {
        let (out, r) = run(src, 256 << 10, gc);
        assert_eq!(r, Outcome::Ok, "{gc:?}");
        assert_eq!(out, "20 1000\n", "{gc:?}");
    }
}

#[test]
fn uncaught_exception_has_a_traceback() {
    let (_, r) = run(
        "def f():\n    1 / 0\nf()",
        1 << 20,
        CollectorKind::MarkSweep,
    );
    match r {
        Outcome::Error(tb) => {
            assert!(tb.starts_with("Traceback (most recent call last):\n"));
            // Most recent call last: the module frame, then f.
            assert!(
                tb.contains(
                    "  File \"t.py\", line 3, in <module>\n  File \"t.py\", line 2, in f\n"
                ),
                "{tb}"
            );
            assert!(
                tb.ends_with("ZeroDivisionError: division by zero\n"),
                "{tb}"
            );
        }
        other => panic!("expected an error, got {other:?}"),
    }
}

#[test]
fn small_heap_churn_survives_collections() {
    // Many collections in a small heap: any missing root corrupts these values.
    let src = "acc = []\nfor i in range(3000):\n    t = (i, str(i), [i] * 3, {'k': i})\n    if i % 100 == 0:\n        acc.append(t)\nprint(len(acc), acc[-1][1], acc[5][2], acc[7][3]['k'])";
    for gc in both() {
        let (out, r) = run(src, 96 << 10, gc);
        assert_eq!(r, Outcome::Ok, "{gc:?}");
        assert_eq!(out, "30 2900 [500, 500, 500] 700\n", "{gc:?}");
    }
}

/// Code compiled again and again (`exec` in a loop) does not keep its
/// instruction slots: dead code objects are found by the collector
/// (finaliser bit) and their slots reused, under both collectors.
#[test]
fn dead_code_objects_release_their_instructions() {
    for gc in both() {
        let h = std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn(move || {
                let out = Out::default();
                let Ok(mut vm) = Vm::new(256 << 10, gc, Box::new(out.clone())) else {
                    return (usize::MAX, String::new());
                };
                let src = "t = 0\nfor i in range(5000):\n    d = {}\n    exec('def f(x):\\n    return x + ' + str(i) + '\\nr = f(1)', d)\n    t += d['r']\nprint(t)\n";
                let r = run_main(&mut vm, src, "t.py");
                let text = out
                    .0
                    .lock()
                    .map(|o| String::from_utf8_lossy(&o).into_owned())
                    .unwrap_or_default();
                (vm.code_space.live(), format!("{text}{r:?}"))
            });
        let (live, text) = match h.map(|h| h.join()) {
            Ok(Ok(r)) => r,
            _ => (usize::MAX, String::from("thread failed")),
        };
        assert!(text.starts_with("12502500\n"), "{gc:?}: {text}");
        // 10000 code objects were made; only those not yet found dead remain.
        assert!(live < 2000, "{gc:?}: {live} slots still live");
    }
}
