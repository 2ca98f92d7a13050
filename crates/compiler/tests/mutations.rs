//! Robustness: programs made by deleting, duplicating and re-indenting
//! lines of the golden and differential fixtures (a fixed pseudo-random
//! sequence, so runs are repeatable). Whatever the parser accepts must
//! compile without panicking (or fail with a SyntaxError), and every code
//! object produced must pass the validator.

use std::path::Path;

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

fn sources() -> Vec<String> {
    let mut out = Vec::new();
    for dir in ["tests/fixtures", "tests/exec"] {
        let d = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let Ok(rd) = std::fs::read_dir(d) else {
            continue;
        };
        let mut paths: Vec<_> = rd
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "py"))
            .collect();
        paths.sort();
        for p in paths {
            if let Ok(s) = std::fs::read_to_string(p) {
                out.push(s);
            }
        }
    }
    out
}

fn mutate(src: &str, rng: &mut Lcg) -> String {
    let mut lines: Vec<String> = src.lines().map(String::from).collect();
    for _ in 0..1 + rng.next() % 4 {
        if lines.is_empty() {
            break;
        }
        let i = rng.next() % lines.len();
        match rng.next() % 4 {
            0 => {
                lines.remove(i);
            }
            1 => {
                let l = lines[i].clone();
                let j = rng.next() % lines.len();
                lines.insert(j, l);
            }
            2 => lines[i] = format!("    {}", lines[i]),
            _ => {
                let t = lines[i].trim_start().to_string();
                lines[i] = t;
            }
        }
    }
    lines.join("\n") + "\n"
}

#[test]
fn mutated_programs_compile_or_fail_cleanly() -> Result<(), String> {
    let srcs = sources();
    assert!(!srcs.is_empty());
    let handle = std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || -> Result<(usize, usize), String> {
            let mut rng = Lcg(0x5eed);
            let (mut compiled, mut rejected) = (0, 0);
            for round in 0..4000 {
                let src = &srcs[round % srcs.len()];
                let m = mutate(src, &mut rng);
                if pycopy_parser::parse_module(&m, "m.py").is_err() {
                    continue;
                }
                match pycopy_compiler::compile_module(&m, "m.py") {
                    Ok(code) => {
                        pycopy_compiler::validate::validate(&code)
                            .map_err(|e| format!("{e}\n{m}"))?;
                        compiled += 1;
                    }
                    Err(_) => rejected += 1,
                }
            }
            Ok((compiled, rejected))
        })
        .map_err(|e| e.to_string())?;
    let (compiled, rejected) = handle
        .join()
        .map_err(|_| "compiler panicked".to_string())??;
    eprintln!("{compiled} mutated programs compiled, {rejected} rejected by the compiler");
    assert!(compiled > 500, "only {compiled} mutants compiled");
    Ok(())
}
