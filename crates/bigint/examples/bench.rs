//! Benchmark against CPython 3.11: `cargo run --release -p pycopy-bigint
//! --example bench`. Prints best-of-N times for this crate and for the same
//! operations in `/usr/bin/python3.11` (skipped when absent), then the
//! Karatsuba threshold sweep used to pick `KARATSUBA_THRESHOLD`.

use pycopy_bigint as bi;
use pycopy_bigint::BigInt;
use std::process::Command;
use std::time::Instant;

/// Deterministic decimal digits, first one nonzero.
fn digits(n: usize, seed: u64) -> String {
    let mut x = seed;
    let mut s = String::with_capacity(n);
    for i in 0..n {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let d = (x % 10) as u8;
        s.push(char::from(b'0' + if i == 0 { d % 9 + 1 } else { d }));
    }
    s
}

/// Best time in microseconds over `reps` runs.
fn best<T>(reps: usize, mut f: impl FnMut() -> T) -> f64 {
    let mut best = f64::INFINITY;
    for _ in 0..reps {
        let t = Instant::now();
        let r = f();
        let us = t.elapsed().as_secs_f64() * 1e6;
        drop(r);
        best = best.min(us);
    }
    best
}

const PY: &str = r#"
import sys, time
sys.set_int_max_str_digits(0)
def digits(n, seed):
    x, out = seed, []
    M = (1 << 64) - 1
    for i in range(n):
        x ^= (x << 13) & M; x ^= x >> 7; x ^= (x << 17) & M
        d = x % 10
        out.append(str(d % 9 + 1 if i == 0 else d))
    return "".join(out)
def best(reps, f):
    b = float("inf")
    for _ in range(reps):
        t = time.perf_counter(); f(); b = min(b, time.perf_counter() - t)
    return b * 1e6
s1, s2, s3 = digits(10000, 1), digits(10000, 2), digits(100000, 3)
a, b, c = int(s1), int(s2), int(s3)
print("mul 10k x 10k digits", best(50, lambda: a * b))
print("str 10k digits", best(20, lambda: str(a)))
print("str 100k digits", best(3, lambda: str(c)))
print("parse 10k digits", best(20, lambda: int(s1)))
print("parse 100k digits", best(3, lambda: int(s3)))
print("pow(3, 100000)", best(10, lambda: 3 ** 100000))
print("divmod 20k by 10k digits", best(20, lambda: divmod(a * b + 12345, b)))
"#;

fn main() {
    let (s1, s2, s3) = (digits(10000, 1), digits(10000, 2), digits(100_000, 3));
    let parse = |s: &str| bi::parse(s, 10).unwrap_or_default();
    let (a, b, c) = (parse(&s1), parse(&s2), parse(&s3));
    assert_eq!(bi::to_str_radix(c.as_ref(), 10), s3, "round trip");
    let ab = bi::add(
        bi::mul(a.as_ref(), b.as_ref()).as_ref(),
        BigInt::from(12345i64).as_ref(),
    );
    let three = BigInt::from(3i64);
    let e = BigInt::from(100_000i64);
    let rows: Vec<(&str, f64)> = vec![
        (
            "mul 10k x 10k digits",
            best(50, || bi::mul(a.as_ref(), b.as_ref())),
        ),
        (
            "str 10k digits",
            best(20, || bi::to_str_radix(a.as_ref(), 10)),
        ),
        (
            "str 100k digits",
            best(3, || bi::to_str_radix(c.as_ref(), 10)),
        ),
        ("parse 10k digits", best(20, || parse(&s1))),
        ("parse 100k digits", best(3, || parse(&s3))),
        (
            "pow(3, 100000)",
            best(10, || bi::pow(three.as_ref(), e.as_ref())),
        ),
        (
            "divmod 20k by 10k digits",
            best(20, || bi::divmod(ab.as_ref(), b.as_ref())),
        ),
    ];
    let py: Vec<(String, f64)> = match Command::new("/usr/bin/python3.11")
        .args(["-c", PY])
        .output()
    {
        Ok(out) => String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| {
                let (name, t) = l.rsplit_once(' ')?;
                Some((name.to_string(), t.parse().ok()?))
            })
            .collect(),
        Err(_) => Vec::new(),
    };
    println!(
        "{:<28} {:>12} {:>12} {:>8}",
        "operation", "rust us", "cpython us", "ratio"
    );
    for (name, us) in &rows {
        let p = py.iter().find(|(n, _)| n == name).map(|(_, t)| *t);
        match p {
            Some(p) => println!("{name:<28} {us:>12.1} {p:>12.1} {:>7.2}x", p / us),
            None => println!("{name:<28} {us:>12.1} {:>12}", "-"),
        }
    }
    println!("\nKaratsuba threshold sweep (us per multiply):");
    for limbs in [64usize, 256, 1024] {
        let x = bi::shr(a.as_ref(), 0);
        let xs: Vec<u64> = x.mag().iter().cycle().take(limbs).copied().collect();
        let ys: Vec<u64> = b.mag().iter().cycle().take(limbs).copied().collect();
        let (x, y) = (BigInt::from_parts(false, xs), BigInt::from_parts(false, ys));
        let mut line = format!("{limbs:>5} limbs:");
        for t in [8usize, 16, 24, 32, 48, 64, 96, usize::MAX] {
            let us = best(20, || bi::mul_with_threshold(x.as_ref(), y.as_ref(), t));
            let label = if t == usize::MAX {
                "school".to_string()
            } else {
                t.to_string()
            };
            line.push_str(&format!("  {label}={us:.1}"));
        }
        println!("{line}");
    }
}
