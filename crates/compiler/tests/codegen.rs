//! Code generation checks that read the instructions: definite assignment
//! (`CheckBound` present or absent), constant folding (what folds and what
//! must not), fast paths, register limits and large inputs, compile errors
//! with positions, interactive and eval modes. Every compiled code object
//! is validated.

use pycopy_compiler::bytecode::{CodeObject, Constant, Op};
use pycopy_compiler::decode::decode_all;
use pycopy_compiler::validate::validate;
use rstest::rstest;

fn compile(src: &str) -> Result<CodeObject, String> {
    let code = pycopy_compiler::compile_module(src, "t.py").map_err(|e| e.message().to_string())?;
    validate(&code)?;
    Ok(code)
}

/// The code object named `name` (depth-first), or the module for "".
fn find<'c>(code: &'c CodeObject, name: &str) -> Option<&'c CodeObject> {
    if name.is_empty() || &*code.name == name {
        return Some(code);
    }
    code.constants.iter().find_map(|c| match c {
        Constant::Code(inner) => find(inner, name),
        _ => None,
    })
}

fn ops(code: &CodeObject) -> Vec<Op> {
    decode_all(&code.code)
        .map(|v| v.into_iter().map(|i| i.op).collect())
        .unwrap_or_default()
}

fn ops_of(src: &str, name: &str) -> Result<Vec<Op>, String> {
    let code = compile(src)?;
    let f = find(&code, name).ok_or(format!("no code {name}"))?;
    Ok(ops(f))
}

fn count(ops: &[Op], op: Op) -> usize {
    ops.iter().filter(|&&o| o == op).count()
}

#[rstest]
#[case("def f(a):\n    return a\n", 0)]
#[case("def f():\n    x = 1\n    return x\n", 0)]
#[case("def f(c):\n    if c:\n        y = 1\n    return y\n", 1)]
#[case(
    "def f(c):\n    if c:\n        y = 1\n    else:\n        y = 2\n    return y\n",
    0
)]
#[case(
    "def f(c):\n    if c:\n        y = 1\n    else:\n        raise E\n    return y\n",
    0
)]
#[case("def f():\n    x = 1\n    del x\n    return x\n", 1)]
#[case("def f(n):\n    for i in range(n):\n        pass\n    return i\n", 1)]
#[case(
    "def f(n):\n    x = 0\n    for i in range(n):\n        x = x + i\n    return x\n",
    0
)]
#[case(
    "def f(n):\n    x = 1\n    while n:\n        print(x)\n        del x\n        x = 2\n",
    1
)]
#[case(
    "def f():\n    try:\n        v = g()\n    except E:\n        return v\n    return v\n",
    1
)]
#[case(
    "def f():\n    try:\n        v = g()\n    finally:\n        pass\n    return v\n",
    0
)]
#[case("def f(xs):\n    if (n := len(xs)) > 1:\n        return n\n", 0)]
#[case(
    "def f(a):\n    if a and (b := a):\n        return b\n    return 0\n",
    1
)]
#[case("def f():\n    with m() as v:\n        pass\n    return v\n", 0)]
#[case("def f():\n    with m():\n        v = 1\n    return v\n", 1)]
#[case("def f():\n    import os\n    return os\n", 0)]
#[case("def f():\n    return x\n    x = 1\n", 1)]
fn definite_assignment(#[case] src: &str, #[case] checks: usize) -> Result<(), String> {
    let o = ops_of(src, "f")?;
    assert_eq!(count(&o, Op::CheckBound), checks, "{src}");
    Ok(())
}

fn returned_constant(src: &str) -> Result<Option<Constant>, String> {
    let code = compile(src)?;
    let f = find(&code, "f").ok_or("no f")?;
    let instrs = decode_all(&f.code).map_err(|pc| format!("bad code at {pc}"))?;
    let first = instrs.first().ok_or("empty")?;
    Ok(match first.op {
        Op::LoadConst => first.bx_const.and_then(|k| f.constants.get(k).cloned()),
        Op::LoadInt => Some(Constant::Int(pycopy_compiler::bytecode::arg_sbx(f.code[0]))),
        Op::LoadTrue => Some(Constant::Bool(true)),
        Op::LoadFalse => Some(Constant::Bool(false)),
        Op::LoadNone => Some(Constant::None),
        _ => None,
    }
    .filter(|_| instrs.get(1).is_some_and(|i| i.op == Op::Return)))
}

#[rstest]
#[case("2 + 3 * 4", Constant::Int(14))]
#[case("-5", Constant::Int(-5))]
#[case("- -5", Constant::Int(5))]
#[case("7 // -2", Constant::Int(-4))]
#[case("-7 % 3", Constant::Int(2))]
#[case("2 ** 10", Constant::Int(1024))]
#[case("1 << 62", Constant::Int(1 << 62))]
#[case("~5", Constant::Int(-6))]
#[case("True + 1", Constant::Int(2))]
#[case("True & False", Constant::Bool(false))]
#[case("True | False", Constant::Bool(true))]
#[case("True ^ True", Constant::Bool(false))]
#[case("True & 3", Constant::Int(1))]
#[case("not 0", Constant::Bool(true))]
#[case("not 'x'", Constant::Bool(false))]
#[case("1 / 4", Constant::Float(0.25))]
#[case("1.5 * 2", Constant::Float(3.0))]
#[case("'ab' + 'cd'", Constant::Str("abcd".into()))]
#[case("'ab' * 2", Constant::Str("abab".into()))]
#[case("b'a' * 3", Constant::Bytes(b"aaa".to_vec().into()))]
#[case("(1, 'a', None)", Constant::Tuple(vec![Constant::Int(1), Constant::Str("a".into()), Constant::None].into()))]
#[case("(1, (2, -3))", Constant::Tuple(vec![Constant::Int(1), Constant::Tuple(vec![Constant::Int(2), Constant::Int(-3)].into())].into()))]
#[case("-9223372036854775808", Constant::Int(i64::MIN))]
fn folds(#[case] expr: &str, #[case] expected: Constant) -> Result<(), String> {
    let src = format!("def f():\n    return {expr}\n");
    assert_eq!(returned_constant(&src)?, Some(expected), "{expr}");
    Ok(())
}

#[rstest]
#[case("1 / 0")]
#[case("1 // 0")]
#[case("1 % 0")]
#[case("2 ** 100")]
#[case("2 ** -1")]
#[case("1 << -1")]
#[case("1 << 64")]
#[case("9223372036854775807 + 1")]
#[case("'x' * 5000")]
#[case("'x' * 100000000000")]
#[case("-(-9223372036854775807 - 1)")]
#[case("1.0 % 0.5")]
#[case("(1, [2])")]
#[case("x + 1")]
fn does_not_fold(#[case] expr: &str) -> Result<(), String> {
    let src = format!("def f():\n    return {expr}\n");
    assert_eq!(returned_constant(&src)?, None, "{expr}");
    Ok(())
}

#[rstest]
#[case("def f(i, n):\n    while i < n:\n        i = i + 1\n", Op::JumpLt)]
#[case("def f(x):\n    if x == 0:\n        return 1\n", Op::JumpEqImm)]
#[case("def f(x):\n    if x is None:\n        return 1\n", Op::JumpIs)]
#[case("def f(x):\n    if x is not None:\n        return 1\n", Op::JumpIs)]
#[case("def f(x):\n    return x + 1\n", Op::AddImm)]
#[case("def f(x):\n    return x - 1\n", Op::SubImm)]
#[case("def f(n):\n    for i in range(n):\n        pass\n", Op::ForRangeNext)]
#[case(
    "def f(n):\n    for i in range(1, n, 2):\n        pass\n",
    Op::ForRangePrep
)]
#[case("def f(o):\n    return o.m(1)\n", Op::CallMethod)]
#[case("def f(o):\n    return o.m(k=1)\n", Op::CallMethodKw)]
#[case("def f(g):\n    return g(k=1)\n", Op::CallKw)]
#[case("def f(g, a):\n    return g(*a)\n", Op::CallEx)]
#[case("def f(x):\n    x += 2\n", Op::InPlaceImm)]
#[case("def f(o):\n    o.n -= 1\n", Op::InPlaceImm)]
#[case("def f(x, y):\n    x += y\n", Op::InPlace)]
#[case("def f(x):\n    x += 200\n", Op::InPlace)]
#[case("def f(x):\n    return x * 7\n", Op::MulK)]
#[case("def f(x):\n    return x % 1000\n", Op::ModK)]
#[case("def f(x):\n    return x & 0x7FFFFFFF\n", Op::BitAndK)]
#[case("def f(x):\n    return x + 1000\n", Op::AddK)]
#[case("def f(x):\n    return x * 0.5\n", Op::MulK)]
#[case("def f(s):\n    return s + '-'\n", Op::AddK)]
#[case("def f(x):\n    return x ** -(2)\n", Op::PowK)]
#[case("def f(x):\n    if x < 0.0:\n        return 1\n", Op::JumpLtK)]
#[case("def f(p):\n    return p[0] + p[-1]\n", Op::GetItemImm)]
#[case("def f(s):\n    if s == 'abc':\n        return 1\n", Op::JumpEqK)]
#[case("def f(n):\n    while n >= 1000:\n        n -= 1\n", Op::JumpGeK)]
fn fast_paths(#[case] src: &str, #[case] op: Op) -> Result<(), String> {
    let o = ops_of(src, "f")?;
    assert!(o.contains(&op), "{src}: {o:?}");
    Ok(())
}

/// A constant right operand needs no load of its own; a constant left
/// operand (not commutable in general) still does.
#[test]
fn constant_operands_use_the_k_forms_only_on_the_right() -> Result<(), String> {
    let o = ops_of("def f(x):\n    return (x * 3) % 5 - 2.0 / x\n", "f")?;
    assert_eq!(count(&o, Op::MulK) + count(&o, Op::ModK), 2, "{o:?}");
    assert_eq!(count(&o, Op::TrueDiv), 1, "{o:?}");
    assert_eq!(
        count(&o, Op::LoadInt) + count(&o, Op::LoadConst),
        1,
        "{o:?}"
    );
    Ok(())
}

#[test]
fn membership_in_constant_list_uses_a_constant_tuple() -> Result<(), String> {
    let o = ops_of(
        "def f(x):\n    return x in [1, 2, 3], x not in ['a', 'b']\n",
        "f",
    )?;
    assert!(!o.contains(&Op::BuildList), "{o:?}");
    assert_eq!(count(&o, Op::In) + count(&o, Op::NotIn), 2);
    Ok(())
}

#[test]
fn return_none_is_one_instruction() -> Result<(), String> {
    let o = ops_of(
        "def f(x):\n    if x:\n        return None\n    return\n",
        "f",
    )?;
    assert_eq!(count(&o, Op::ReturnNone), 3);
    assert_eq!(count(&o, Op::LoadNone), 0);
    Ok(())
}

#[test]
fn range_shadowed_by_local_is_generic() -> Result<(), String> {
    let o = ops_of("def f(range):\n    for i in range(3):\n        pass\n", "f")?;
    assert!(!o.contains(&Op::ForRangePrep) && o.contains(&Op::ForIter));
    Ok(())
}

#[test]
fn chained_comparison_evaluates_middle_once() -> Result<(), String> {
    let o = ops_of("def f(a, c):\n    return a < g() < c\n", "f")?;
    assert_eq!(count(&o, Op::Call), 1);
    assert_eq!(count(&o, Op::Lt), 2);
    Ok(())
}

#[test]
fn large_displays_use_few_registers() -> Result<(), String> {
    let consts: Vec<String> = (0..1000).map(|i| i.to_string()).collect();
    let names: Vec<String> = (0..1000).map(|i| format!("v{}", i % 7)).collect();
    for body in [
        format!("[{}]", consts.join(", ")),
        format!("[{}]", names.join(", ")),
        format!("({})", names.join(", ")),
        format!("{{{}}}", names.join(", ")),
        format!(
            "{{{}}}",
            names
                .iter()
                .map(|n| format!("{n}: 1"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        format!("f({})", names.join(", ")),
        format!(
            "f'{}'",
            names
                .iter()
                .map(|n| format!("{{{n}}}"))
                .collect::<Vec<_>>()
                .join("")
        ),
    ] {
        let code = compile(&format!("x = {body}\n"))?;
        assert!(
            code.nregs < 40,
            "{} registers for {}...",
            code.nregs,
            &body[..20]
        );
    }
    Ok(())
}

#[test]
fn too_many_locals_is_function_too_complex() {
    let body: String = (0..300).map(|i| format!("    v{i} = {i}\n")).collect();
    let src = format!("def f():\n{body}");
    match pycopy_compiler::compile_module(&src, "t.py") {
        Ok(_) => panic!("300 locals compiled"),
        Err(e) => {
            assert_eq!(e.message(), "function too complex");
            assert_eq!(e.line_col(&src), (1, 1));
        }
    }
}

#[test]
fn long_operator_chain_is_an_error_not_a_crash() -> Result<(), String> {
    // Both compiles run on a thread with a known stack: debug builds use
    // large frames, and the default test thread (2 MiB) is too small for a
    // 250-deep chain in some feature combinations of the workspace build.
    let on_big_stack = |src: String| {
        std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(move || {
                pycopy_compiler::compile_module(&src, "t.py")
                    .map(|_| ())
                    .map_err(|e| e.message().to_string())
            })
            .map_err(|e| e.to_string())?
            .join()
            .map_err(|_| "panicked".to_string())
    };
    let r = on_big_stack(format!("x = {}\n", vec!["a"; 5000].join(" + ")))?;
    assert_eq!(r, Err("expression too complex".to_string()));
    let r = on_big_stack(format!("x = {}\n", vec!["a"; 250].join(" + ")))?;
    assert_eq!(r, Ok(()));
    Ok(())
}

#[rstest]
#[case(
    "def f():\n    yield from g()\n    await x\n",
    "'await' outside async function"
)]
#[case(
    "async def f():\n    yield from g()\n",
    "'yield from' inside async function"
)]
#[case(
    "async def f():\n    yield 1\n    return 2\n",
    "'return' with value in async generator"
)]
#[case(
    "def f():\n    return [(yield i) for i in y]\n",
    "'yield' inside list comprehension"
)]
#[case("def f():\n    return (await x for x in y)\n", "")]
fn compile_errors(#[case] src: &str, #[case] msg: &str) {
    let r = pycopy_compiler::compile_module(src, "t.py");
    match (r, msg) {
        (Ok(code), "") => assert!(validate(&code).is_ok()),
        (Ok(_), _) => panic!("compiled: {src:?}"),
        (Err(e), _) => assert_eq!(e.message(), msg, "{src}"),
    }
}

#[test]
fn error_display_has_file_line_column() {
    let src = "def f():\n    x = 1\n    global x\n";
    let e = pycopy_compiler::compile_module(src, "m.py").err();
    let text = e.map(|e| e.display_with(src, "m.py").to_string());
    assert_eq!(
        text.as_deref(),
        Some("File \"m.py\", line 3, column 12: SyntaxError: name 'x' is assigned to before global declaration")
    );
}

#[test]
fn incomplete_flag_is_reachable() {
    let e = pycopy_compiler::compile_interactive("if x:\n").err();
    assert_eq!(e.map(|e| e.incomplete()), Some(true));
    let e = pycopy_compiler::compile_interactive("1 +* 2\n").err();
    assert_eq!(e.map(|e| e.incomplete()), Some(false));
}

#[test]
fn interactive_prints_expression_statements() -> Result<(), String> {
    let code = pycopy_compiler::compile_interactive("x = 1; x + 1; f()\n")
        .map_err(|e| e.message().to_string())?;
    validate(&code)?;
    assert_eq!(count(&ops(&code), Op::PrintExpr), 2);
    // Not inside functions.
    let code = pycopy_compiler::compile_interactive("def f():\n    1 + x\n\n")
        .map_err(|e| e.message().to_string())?;
    assert_eq!(count(&ops(&code), Op::PrintExpr), 0);
    assert!(code
        .flags
        .has(pycopy_compiler::bytecode::CodeFlags::INTERACTIVE));
    // A module does not print.
    assert_eq!(count(&ops(&compile("x + 1\n")?), Op::PrintExpr), 0);
    Ok(())
}

#[test]
fn eval_returns_the_value() -> Result<(), String> {
    let code = pycopy_compiler::compile_eval("a + 1").map_err(|e| e.message().to_string())?;
    validate(&code)?;
    let o = ops(&code);
    assert_eq!(o.last(), Some(&Op::Return));
    let code =
        pycopy_compiler::compile_eval("[x for x in y]").map_err(|e| e.message().to_string())?;
    validate(&code)?;
    Ok(())
}

#[test]
fn line_table_follows_statements() -> Result<(), String> {
    let code = compile("a = 1\n\nb = f(\n  a,\n  g(a))\n")?;
    let lines: Vec<u32> = code.lines.iter().map(|&(_, l)| l).collect();
    assert_eq!(lines.first(), Some(&1));
    assert!(lines.contains(&3) && lines.contains(&5), "{lines:?}");
    Ok(())
}

#[test]
fn function_metadata() -> Result<(), String> {
    let code = compile("def f(a, b=1, /, c=2, *args, d, e=3, **kw):\n    'doc'\n    return a\n")?;
    let f = find(&code, "f").ok_or("no f")?;
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (3, 2, 2));
    assert_eq!(
        f.varnames.iter().map(|s| &**s).collect::<Vec<_>>(),
        vec!["a", "b", "c", "args", "d", "e", "kw"]
    );
    assert!(f.flags.has(pycopy_compiler::bytecode::CodeFlags::VARARGS));
    assert!(f
        .flags
        .has(pycopy_compiler::bytecode::CodeFlags::VARKEYWORDS));
    assert_eq!(f.doc.as_deref(), Some("doc"));
    Ok(())
}
