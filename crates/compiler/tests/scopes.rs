//! Scope analysis: which names are local, global, free or cells, in the
//! tricky cases (class scopes, comprehensions, nonlocal chains, global in
//! nested functions, walrus in comprehensions, the `super()` cell), and
//! the scope errors with their positions.

use pycopy_compiler::symtable::{Scope, SymScope, SymbolTable};
use rstest::rstest;

fn table(src: &str) -> Result<SymbolTable, String> {
    let m = pycopy_parser::parse_module(src, "t.py").map_err(|e| e.message)?;
    SymbolTable::build(src, &m.body).map_err(|e| e.message().to_string())
}

fn scope<'t>(t: &'t SymbolTable, name: &str) -> Result<&'t Scope, String> {
    t.scopes
        .iter()
        .find(|s| s.name == name)
        .ok_or_else(|| format!("no scope {name}"))
}

#[rstest]
// Plain locals, parameters and implicit globals.
#[case("def f(a):\n    b = a\n    return c\n", "f", "a", SymScope::Local)]
#[case("def f(a):\n    b = a\n    return c\n", "f", "b", SymScope::Local)]
#[case(
    "def f(a):\n    b = a\n    return c\n",
    "f",
    "c",
    SymScope::GlobalImplicit
)]
// A captured local becomes a cell; the inner use is free.
#[case(
    "def f():\n    x = 1\n    def g():\n        return x\n",
    "f",
    "x",
    SymScope::Cell
)]
#[case(
    "def f():\n    x = 1\n    def g():\n        return x\n",
    "g",
    "x",
    SymScope::Free
)]
// A captured parameter is a cell too.
#[case("def f(p):\n    return lambda: p\n", "f", "p", SymScope::Cell)]
// nonlocal chains pass through a middle function.
#[case("def a():\n    x = 1\n    def b():\n        def c():\n            nonlocal x\n            x = 2\n", "b", "x", SymScope::Free)]
#[case("def a():\n    x = 1\n    def b():\n        def c():\n            nonlocal x\n            x = 2\n", "c", "x", SymScope::Free)]
#[case("def a():\n    x = 1\n    def b():\n        def c():\n            nonlocal x\n            x = 2\n", "a", "x", SymScope::Cell)]
// global in a nested function hides the enclosing local.
#[case(
    "def f():\n    x = 1\n    def g():\n        global x\n        x = 2\n",
    "g",
    "x",
    SymScope::GlobalExplicit
)]
#[case(
    "def f():\n    x = 1\n    def g():\n        global x\n        x = 2\n",
    "f",
    "x",
    SymScope::Local
)]
// A global declared in the outer function is global in the inner one.
#[case(
    "def f():\n    global x\n    def g():\n        return x\n",
    "g",
    "x",
    SymScope::GlobalImplicit
)]
// Class scopes are not visible to methods.
#[case(
    "class C:\n    y = 1\n    def m(self):\n        return y\n",
    "m",
    "y",
    SymScope::GlobalImplicit
)]
#[case(
    "class C:\n    y = 1\n    def m(self):\n        return y\n",
    "C",
    "y",
    SymScope::Local
)]
// A class in a function reads the function's local as a free variable.
#[case(
    "def f(n):\n    class C:\n        size = n\n",
    "C",
    "n",
    SymScope::Free
)]
#[case(
    "def f(n):\n    class C:\n        size = n\n",
    "f",
    "n",
    SymScope::Cell
)]
// Comprehension variables are local to the comprehension.
#[case(
    "def f(xs):\n    return [x for x in xs]\n",
    "<listcomp>",
    "x",
    SymScope::Local
)]
#[case(
    "def f(xs):\n    return [x for x in xs]\n",
    "f",
    "x",
    SymScope::GlobalImplicit
)]
// The first iterable is evaluated outside: `xs` is not free in the comprehension.
#[case(
    "def f(xs):\n    return [x for x in xs]\n",
    "<listcomp>",
    "xs",
    SymScope::GlobalImplicit
)]
// Walrus in a comprehension binds in the enclosing function.
#[case(
    "def f(xs):\n    [y := x for x in xs]\n    return y\n",
    "f",
    "y",
    SymScope::Cell
)]
#[case(
    "def f(xs):\n    [y := x for x in xs]\n    return y\n",
    "<listcomp>",
    "y",
    SymScope::Free
)]
// ... or the module (a global).
#[case("[y := x for x in xs]\n", "<listcomp>", "y", SymScope::GlobalExplicit)]
// super() makes __class__ free in the method and gives the class a cell.
#[case(
    "class C:\n    def m(self):\n        return super().m()\n",
    "m",
    "__class__",
    SymScope::Free
)]
#[case(
    "class C:\n    def m(self):\n        return __class__\n",
    "m",
    "__class__",
    SymScope::Free
)]
// Private names are mangled in the class and its methods.
#[case(
    "class C:\n    __x = 1\n    def m(self):\n        __y = 2\n",
    "C",
    "_C__x",
    SymScope::Local
)]
#[case(
    "class C:\n    __x = 1\n    def m(self):\n        __y = 2\n",
    "m",
    "_C__y",
    SymScope::Local
)]
// Dunder names are not mangled.
#[case("class C:\n    __init__ = 1\n", "C", "__init__", SymScope::Local)]
fn resolution(
    #[case] src: &str,
    #[case] scope_name: &str,
    #[case] name: &str,
    #[case] expected: SymScope,
) -> Result<(), String> {
    let t = table(src)?;
    let s = scope(&t, scope_name)?;
    assert_eq!(
        s.scope_of(name),
        expected,
        "{name} in {scope_name} of {src:?}"
    );
    Ok(())
}

#[test]
fn class_cell_only_when_needed() -> Result<(), String> {
    let t = table("class A:\n    def m(self):\n        super().m()\nclass B:\n    def m(self):\n        pass\n")?;
    assert!(scope(&t, "A")?.needs_class_cell);
    assert!(!scope(&t, "B")?.needs_class_cell);
    Ok(())
}

#[test]
fn free_variable_order_and_qualnames() -> Result<(), String> {
    let t = table("def f():\n    b = a = 1\n    def g():\n        return a + b\n    class C:\n        def m(self): pass\n")?;
    assert_eq!(
        scope(&t, "g")?.freevars,
        vec!["a".to_string(), "b".to_string()]
    );
    assert_eq!(scope(&t, "g")?.qualname, "f.<locals>.g");
    assert_eq!(scope(&t, "m")?.qualname, "f.<locals>.C.m");
    Ok(())
}

#[test]
fn generator_and_coroutine_flags() -> Result<(), String> {
    let t = table("def g():\n    yield 1\nasync def c():\n    await x\nasync def ag():\n    yield 1\ndef f():\n    return (x for x in y)\n")?;
    assert!(scope(&t, "g")?.is_generator && !scope(&t, "g")?.is_coroutine);
    assert!(scope(&t, "c")?.is_coroutine && !scope(&t, "c")?.is_generator);
    assert!(scope(&t, "ag")?.is_coroutine && scope(&t, "ag")?.is_generator);
    assert!(scope(&t, "<genexpr>")?.is_generator);
    assert!(!scope(&t, "f")?.is_generator);
    Ok(())
}

#[rstest]
#[case("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", (3, 12))]
#[case("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", (3, 12))]
#[case("def f(x):\n    global x\n", "name 'x' is parameter and global", (2, 12))]
#[case("def f():\n    def g():\n        nonlocal x\n", "no binding for nonlocal 'x' found", (3, 18))]
#[case("x = 1\ndef g():\n    nonlocal x\n", "no binding for nonlocal 'x' found", (3, 14))]
#[case("def f(x):\n    def g(x):\n        nonlocal x\n", "name 'x' is parameter and nonlocal", (3, 18))]
#[case("class C:\n    [y := 1 for x in z]\n", "assignment expression within a comprehension cannot be used in a class body", (2, 6))]
#[case("[x := 1 for x in z]\n", "assignment expression cannot rebind comprehension iteration variable 'x'", (1, 2))]
#[case("def f():\n    from os import *\n", "import * only allowed at module level", (2, 20))]
fn scope_errors(
    #[case] src: &str,
    #[case] msg: &str,
    #[case] pos: (u32, u32),
) -> Result<(), String> {
    let e = match pycopy_compiler::compile_module(src, "t.py") {
        Ok(_) => return Err(format!("compiled: {src:?}")),
        Err(e) => e,
    };
    assert_eq!(e.message(), msg);
    assert_eq!(e.line_col(src), pos, "position of {msg}");
    assert_eq!(e.exception_name(), "SyntaxError");
    Ok(())
}
