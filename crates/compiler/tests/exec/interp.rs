//! A deliberately small reference interpreter for the compiler's bytecode,
//! used only by the differential tests: enough of Python (ints, floats,
//! strs, lists, tuples, dicts, functions with closures and defaults,
//! exceptions of builtin classes, `range`, a few builtins) to run test
//! programs and compare their output with CPython's. It checks the
//! compiler's control flow (exception table, inlined `finally`, loops,
//! definite assignment) end to end. Not a model of the real VM.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::needless_range_loop,
    clippy::manual_memcpy
)]

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use pycopy_compiler::bytecode::*;
use pycopy_compiler::decode::{decode, Ext};

#[derive(Clone, Debug)]
pub enum V {
    Unbound,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Rc<str>),
    List(Rc<RefCell<Vec<V>>>),
    Tuple(Rc<Vec<V>>),
    Dict(Rc<RefCell<Vec<(V, V)>>>),
    Func(Rc<Func>),
    Class(Rc<Class>),
    Inst(Rc<Inst>),
    Method(Box<V>, Rc<Func>),
    Super(Rc<Class>, Box<V>),
    Builtin(&'static str),
    Bound(Box<V>, &'static str),
    Cell(Rc<RefCell<V>>),
    Iter(Rc<RefCell<(Vec<V>, usize)>>),
    Range(i64, i64, i64),
    ExcClass(&'static str),
    Exc(&'static str, Rc<Vec<V>>),
}

#[derive(Debug)]
pub struct Class {
    name: String,
    bases: Vec<Rc<Class>>,
    dict: RefCell<Vec<(String, V)>>,
}

#[derive(Debug)]
pub struct Inst {
    class: Rc<Class>,
    dict: RefCell<Vec<(String, V)>>,
}

impl Class {
    /// Depth-first lookup through the bases (enough for single
    /// inheritance).
    fn lookup(&self, name: &str) -> Option<V> {
        if let Some((_, v)) = self.dict.borrow().iter().find(|(k, _)| k == name) {
            return Some(v.clone());
        }
        self.bases.iter().find_map(|b| b.lookup(name))
    }
}

#[derive(Debug)]
pub struct Func {
    code: Rc<CodeObject>,
    defaults: Vec<V>,
    kwdefaults: Vec<(V, V)>,
    closure: Vec<V>,
}

type Res<T> = Result<T, V>;

/// A class body's namespace.
type Namespace = Rc<RefCell<Vec<(String, V)>>>;

const EXC_CLASSES: &[&str] = &[
    "Exception",
    "ValueError",
    "TypeError",
    "KeyError",
    "IndexError",
    "RuntimeError",
    "ZeroDivisionError",
    "NameError",
    "UnboundLocalError",
    "AssertionError",
    "StopIteration",
    "LookupError",
    "ArithmeticError",
];

fn parent(c: &str) -> Option<&'static str> {
    Some(match c {
        "Exception" => return None,
        "KeyError" | "IndexError" => "LookupError",
        "ZeroDivisionError" => "ArithmeticError",
        "UnboundLocalError" => "NameError",
        _ => "Exception",
    })
}

fn exc(kind: &'static str, msg: &str) -> V {
    V::Exc(kind, Rc::new(vec![V::Str(msg.into())]))
}

pub struct Interp {
    pub out: String,
    globals: HashMap<String, V>,
    handling: V,
    depth: usize,
    /// Values yielded by the generators being run (generators are run to
    /// completion when called; enough for these tests).
    yields: Vec<Vec<V>>,
    /// Namespaces of the class bodies being run.
    class_ns: Vec<Namespace>,
}

fn truthy(v: &V) -> bool {
    match v {
        V::None | V::Unbound => false,
        V::Bool(b) => *b,
        V::Int(i) => *i != 0,
        V::Float(f) => *f != 0.0,
        V::Str(s) => !s.is_empty(),
        V::List(l) => !l.borrow().is_empty(),
        V::Tuple(t) => !t.is_empty(),
        V::Dict(d) => !d.borrow().is_empty(),
        V::Range(a, b, s) => {
            if *s > 0 {
                a < b
            } else {
                a > b
            }
        }
        _ => true,
    }
}

fn fmt_float(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e16 {
        format!("{f:.1}")
    } else {
        format!("{f}")
    }
}

pub fn repr(v: &V) -> String {
    match v {
        V::Str(s) => format!("'{s}'"),
        V::Exc(k, args) => {
            let inner: Vec<String> = args.iter().map(repr).collect();
            format!("{k}({})", inner.join(", "))
        }
        _ => str_of(v),
    }
}

pub fn str_of(v: &V) -> String {
    match v {
        V::Unbound => "<unbound>".into(),
        V::None => "None".into(),
        V::Bool(b) => if *b { "True" } else { "False" }.into(),
        V::Int(i) => i.to_string(),
        V::Float(f) => fmt_float(*f),
        V::Str(s) => s.to_string(),
        V::List(l) => format!(
            "[{}]",
            l.borrow().iter().map(repr).collect::<Vec<_>>().join(", ")
        ),
        V::Tuple(t) => {
            if t.len() == 1 {
                format!("({},)", repr(&t[0]))
            } else {
                format!("({})", t.iter().map(repr).collect::<Vec<_>>().join(", "))
            }
        }
        V::Dict(d) => format!(
            "{{{}}}",
            d.borrow()
                .iter()
                .map(|(k, v)| format!("{}: {}", repr(k), repr(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        V::Exc(_, args) => match args.len() {
            0 => String::new(),
            1 => str_of(&args[0]),
            _ => str_of(&V::Tuple(args.clone())),
        },
        V::ExcClass(k) => format!("<class '{k}'>"),
        V::Func(f) => format!("<function {}>", f.code.qualname),
        other => format!("{other:?}"),
    }
}

fn eq(a: &V, b: &V) -> bool {
    match (a, b) {
        (V::None, V::None) => true,
        (V::Bool(x), V::Bool(y)) => x == y,
        (V::Int(x), V::Int(y)) => x == y,
        (V::Bool(x), V::Int(y)) | (V::Int(y), V::Bool(x)) => i64::from(*x) == *y,
        (V::Float(x), V::Float(y)) => x == y,
        (V::Int(x), V::Float(y)) | (V::Float(y), V::Int(x)) => (*x as f64) == *y,
        (V::Str(x), V::Str(y)) => x == y,
        (V::List(x), V::List(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(a, b)| eq(a, b))
        }
        (V::Tuple(x), V::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(a, b)| eq(a, b))
        }
        (V::ExcClass(x), V::ExcClass(y)) => x == y,
        _ => false,
    }
}

fn is(a: &V, b: &V) -> bool {
    match (a, b) {
        (V::None, V::None) => true,
        (V::Bool(x), V::Bool(y)) => x == y,
        (V::Int(x), V::Int(y)) => x == y,
        (V::List(x), V::List(y)) => Rc::ptr_eq(x, y),
        (V::Dict(x), V::Dict(y)) => Rc::ptr_eq(x, y),
        (V::Func(x), V::Func(y)) => Rc::ptr_eq(x, y),
        (V::ExcClass(x), V::ExcClass(y)) => x == y,
        _ => false,
    }
}

fn num(v: &V) -> Option<f64> {
    match v {
        V::Int(i) => Some(*i as f64),
        V::Bool(b) => Some(f64::from(u8::from(*b))),
        V::Float(f) => Some(*f),
        _ => None,
    }
}

fn int(v: &V) -> Option<i64> {
    match v {
        V::Int(i) => Some(*i),
        V::Bool(b) => Some(i64::from(*b)),
        _ => None,
    }
}

fn binop(op: Op, a: &V, b: &V) -> Res<V> {
    let type_err = || exc("TypeError", "unsupported operand");
    if let (Some(x), Some(y)) = (int(a), int(b)) {
        return Ok(match op {
            Op::Add => V::Int(x.checked_add(y).ok_or_else(type_err)?),
            Op::Sub => V::Int(x.checked_sub(y).ok_or_else(type_err)?),
            Op::Mul => V::Int(x.checked_mul(y).ok_or_else(type_err)?),
            Op::FloorDiv | Op::Mod => {
                if y == 0 {
                    return Err(exc(
                        "ZeroDivisionError",
                        "integer division or modulo by zero",
                    ));
                }
                let (q, r) = (x.div_euclid(y), x.rem_euclid(y));
                let (q, r) = if y < 0 && r != 0 {
                    (q + 1, r + y)
                } else {
                    (q, r)
                };
                V::Int(if op == Op::FloorDiv { q } else { r })
            }
            Op::TrueDiv => {
                if y == 0 {
                    return Err(exc("ZeroDivisionError", "division by zero"));
                }
                V::Float(x as f64 / y as f64)
            }
            Op::Pow => V::Int(
                x.checked_pow(u32::try_from(y).map_err(|_| type_err())?)
                    .ok_or_else(type_err)?,
            ),
            Op::BitAnd => V::Int(x & y),
            Op::BitOr => V::Int(x | y),
            Op::BitXor => V::Int(x ^ y),
            Op::LShift => V::Int(x << y),
            Op::RShift => V::Int(x >> y),
            _ => return Err(type_err()),
        });
    }
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return Ok(V::Float(match op {
            Op::Add => x + y,
            Op::Sub => x - y,
            Op::Mul => x * y,
            Op::TrueDiv => x / y,
            _ => return Err(type_err()),
        }));
    }
    match (op, a, b) {
        (Op::Add, V::Str(x), V::Str(y)) => Ok(V::Str(format!("{x}{y}").into())),
        (Op::Add, V::List(x), V::List(y)) => {
            let mut v = x.borrow().clone();
            v.extend(y.borrow().iter().cloned());
            Ok(V::List(Rc::new(RefCell::new(v))))
        }
        (Op::Add, V::Tuple(x), V::Tuple(y)) => {
            let mut v = (**x).clone();
            v.extend(y.iter().cloned());
            Ok(V::Tuple(Rc::new(v)))
        }
        (Op::Mul, V::Str(x), V::Int(n)) => Ok(V::Str(x.repeat((*n).max(0) as usize).into())),
        (Op::Mod, V::Str(x), y) => Ok(V::Str(x.replacen("%s", &str_of(y), 1).into())),
        _ => Err(type_err()),
    }
}

fn compare(op: Op, a: &V, b: &V) -> Res<bool> {
    Ok(match op {
        Op::Eq | Op::JumpEq | Op::JumpEqImm => eq(a, b),
        Op::Ne | Op::JumpNe | Op::JumpNeImm => !eq(a, b),
        Op::Is | Op::JumpIs => is(a, b),
        Op::IsNot => !is(a, b),
        Op::In | Op::NotIn => {
            let found = match b {
                V::List(l) => l.borrow().iter().any(|x| eq(a, x)),
                V::Tuple(t) => t.iter().any(|x| eq(a, x)),
                V::Dict(d) => d.borrow().iter().any(|(k, _)| eq(a, k)),
                V::Str(s) => match a {
                    V::Str(x) => s.contains(&**x),
                    _ => return Err(exc("TypeError", "in <string>")),
                },
                _ => return Err(exc("TypeError", "not iterable")),
            };
            found == (op == Op::In)
        }
        _ => {
            let ord = match (a, b) {
                (V::Str(x), V::Str(y)) => x.cmp(y),
                _ => {
                    let (x, y) = (num(a), num(b));
                    match (x, y) {
                        (Some(x), Some(y)) => {
                            x.partial_cmp(&y).ok_or_else(|| exc("TypeError", "nan"))?
                        }
                        _ => return Err(exc("TypeError", "'<' not supported")),
                    }
                }
            };
            match op {
                Op::Lt | Op::JumpLt | Op::JumpLtImm => ord.is_lt(),
                Op::Le | Op::JumpLe | Op::JumpLeImm => ord.is_le(),
                Op::Gt | Op::JumpGt | Op::JumpGtImm => ord.is_gt(),
                _ => ord.is_ge(),
            }
        }
    })
}

fn items(v: &V) -> Res<Vec<V>> {
    Ok(match v {
        V::List(l) => l.borrow().clone(),
        V::Tuple(t) => (**t).clone(),
        V::Dict(d) => d.borrow().iter().map(|(k, _)| k.clone()).collect(),
        V::Str(s) => s.chars().map(|c| V::Str(c.to_string().into())).collect(),
        V::Range(a, b, s) => {
            let mut out = Vec::new();
            let mut i = *a;
            while (*s > 0 && i < *b) || (*s < 0 && i > *b) {
                out.push(V::Int(i));
                i += s;
            }
            out
        }
        V::Iter(it) => {
            let it = it.borrow();
            it.0[it.1..].to_vec()
        }
        _ => return Err(exc("TypeError", "object is not iterable")),
    })
}

fn konst(c: &Constant) -> V {
    match c {
        Constant::None => V::None,
        Constant::Bool(b) => V::Bool(*b),
        Constant::Int(i) => V::Int(*i),
        Constant::Float(f) => V::Float(*f),
        Constant::Str(s) => V::Str(Rc::from(&**s)),
        Constant::Tuple(t) => V::Tuple(Rc::new(t.iter().map(konst).collect())),
        _ => V::None,
    }
}

impl Interp {
    pub fn new() -> Self {
        Interp {
            out: String::new(),
            globals: HashMap::new(),
            handling: V::None,
            depth: 0,
            yields: Vec::new(),
            class_ns: Vec::new(),
        }
    }

    pub fn run_module(&mut self, code: CodeObject) -> Res<V> {
        let f = Func {
            code: Rc::new(code),
            defaults: Vec::new(),
            kwdefaults: Vec::new(),
            closure: Vec::new(),
        };
        self.call(V::Func(Rc::new(f)), Vec::new(), Vec::new())
    }

    fn global(&self, nm: &str) -> Res<V> {
        if let Some(v) = self.globals.get(nm) {
            return Ok(v.clone());
        }
        const BUILTINS: &[&str] = &[
            "print", "len", "range", "list", "tuple", "str", "repr", "sum", "sorted", "type",
            "super",
        ];
        if let Some(b) = BUILTINS.iter().find(|b| **b == nm) {
            return Ok(V::Builtin(b));
        }
        match EXC_CLASSES.iter().find(|c| **c == nm) {
            Some(c) => Ok(V::ExcClass(c)),
            None => Err(exc("NameError", &format!("name '{nm}' is not defined"))),
        }
    }

    fn builtin(&mut self, name: &'static str, args: Vec<V>, kw: Vec<(String, V)>) -> Res<V> {
        match name {
            "print" => {
                let parts: Vec<String> = args.iter().map(str_of).collect();
                let end = kw
                    .iter()
                    .find(|(k, _)| k == "end")
                    .map_or("\n".to_string(), |(_, v)| str_of(v));
                self.out.push_str(&parts.join(" "));
                self.out.push_str(&end);
                Ok(V::None)
            }
            "len" => Ok(V::Int(items(&args[0])?.len() as i64)),
            "range" => {
                let n: Vec<i64> = args
                    .iter()
                    .map(|a| int(a).ok_or_else(|| exc("TypeError", "range")))
                    .collect::<Res<_>>()?;
                Ok(match n.as_slice() {
                    [b] => V::Range(0, *b, 1),
                    [a, b] => V::Range(*a, *b, 1),
                    [a, b, s] => V::Range(*a, *b, *s),
                    _ => return Err(exc("TypeError", "range")),
                })
            }
            "list" => Ok(V::List(Rc::new(RefCell::new(match args.first() {
                Some(a) => items(a)?,
                None => Vec::new(),
            })))),
            "tuple" => Ok(V::Tuple(Rc::new(items(&args[0])?))),
            "str" => Ok(V::Str(str_of(&args[0]).into())),
            "repr" => Ok(V::Str(repr(&args[0]).into())),
            "sum" => {
                let mut acc = V::Int(0);
                for x in items(&args[0])? {
                    acc = binop(Op::Add, &acc, &x)?;
                }
                Ok(acc)
            }
            "sorted" => {
                let mut v = items(&args[0])?;
                v.sort_by(|a, b| {
                    if compare(Op::Lt, a, b).unwrap_or(false) {
                        std::cmp::Ordering::Less
                    } else {
                        std::cmp::Ordering::Greater
                    }
                });
                Ok(V::List(Rc::new(RefCell::new(v))))
            }
            "__build_class__" => {
                let V::Func(body) = &args[0] else {
                    unreachable!()
                };
                let name = str_of(&args[1]);
                let bases = args[2..]
                    .iter()
                    .map(|b| match b {
                        V::Class(c) => Ok(c.clone()),
                        _ => Err(exc("TypeError", "bases must be classes")),
                    })
                    .collect::<Res<Vec<_>>>()?;
                let ns = Rc::new(RefCell::new(vec![(
                    "__name__".to_string(),
                    V::Str("__main__".into()),
                )]));
                self.class_ns.push(ns.clone());
                let r = self.bind_and_run(body, Vec::new(), Vec::new());
                self.class_ns.pop();
                let ret = r?;
                let dict = ns.borrow().clone();
                let cls = Rc::new(Class {
                    name,
                    bases,
                    dict: RefCell::new(dict),
                });
                if let V::Cell(c) = ret {
                    *c.borrow_mut() = V::Class(cls.clone());
                }
                Ok(V::Class(cls))
            }
            "super" => match (&args[0], &args[1]) {
                (V::Class(c), obj) => Ok(V::Super(c.clone(), Box::new(obj.clone()))),
                _ => Err(exc("TypeError", "super() arguments")),
            },
            "type" => match &args[0] {
                V::Exc(k, _) => Ok(V::ExcClass(k)),
                V::Inst(i) => Ok(V::Class(i.class.clone())),
                _ => Err(exc("TypeError", "type() of this value is not modelled")),
            },
            "append" | "pop" | "get" | "items" | "keys" | "join" => unreachable!(),
            _ => Err(exc("TypeError", "unknown builtin")),
        }
    }

    fn method(&mut self, obj: V, name: &'static str, args: Vec<V>) -> Res<V> {
        match (name, &obj) {
            ("append", V::List(l)) => {
                l.borrow_mut().push(args[0].clone());
                Ok(V::None)
            }
            ("pop", V::List(l)) => l
                .borrow_mut()
                .pop()
                .ok_or_else(|| exc("IndexError", "pop from empty list")),
            ("items", V::Dict(d)) => Ok(V::List(Rc::new(RefCell::new(
                d.borrow()
                    .iter()
                    .map(|(k, v)| V::Tuple(Rc::new(vec![k.clone(), v.clone()])))
                    .collect(),
            )))),
            ("get", V::Dict(d)) => Ok(d
                .borrow()
                .iter()
                .find(|(k, _)| eq(k, &args[0]))
                .map(|(_, v)| v.clone())
                .unwrap_or_else(|| args.get(1).cloned().unwrap_or(V::None))),
            ("upper", V::Str(s)) => Ok(V::Str(s.to_uppercase().into())),
            ("join", V::Str(s)) => {
                let parts: Vec<String> = items(&args[0])?.iter().map(str_of).collect();
                Ok(V::Str(parts.join(s).into()))
            }
            _ => Err(exc("TypeError", "no such method")),
        }
    }

    fn getattr(&mut self, obj: &V, name: &str) -> Res<V> {
        let missing = || exc("AttributeError", name);
        match obj {
            V::Inst(i) => {
                if let Some((_, v)) = i.dict.borrow().iter().find(|(k, _)| k == name) {
                    return Ok(v.clone());
                }
                return match i.class.lookup(name).ok_or_else(missing)? {
                    V::Func(f) => Ok(V::Method(Box::new(obj.clone()), f)),
                    v => Ok(v),
                };
            }
            V::Class(c) => {
                if name == "__name__" {
                    return Ok(V::Str(c.name.as_str().into()));
                }
                return c.lookup(name).ok_or_else(missing);
            }
            V::Super(c, o) => {
                let v = c
                    .bases
                    .iter()
                    .find_map(|b| b.lookup(name))
                    .ok_or_else(missing)?;
                return match v {
                    V::Func(f) => Ok(V::Method(o.clone(), f)),
                    v => Ok(v),
                };
            }
            _ => {}
        }
        match (obj, name) {
            (V::ExcClass(k), "__name__") => Ok(V::Str((*k).into())),
            (V::Exc(_, a), "args") => Ok(V::Tuple(a.clone())),
            (V::List(_), "append") => Ok(V::Bound(Box::new(obj.clone()), "append")),
            (V::List(_), "pop") => Ok(V::Bound(Box::new(obj.clone()), "pop")),
            (V::Dict(_), "items") => Ok(V::Bound(Box::new(obj.clone()), "items")),
            (V::Dict(_), "get") => Ok(V::Bound(Box::new(obj.clone()), "get")),
            (V::Str(_), "join") => Ok(V::Bound(Box::new(obj.clone()), "join")),
            (V::Str(_), "upper") => Ok(V::Bound(Box::new(obj.clone()), "upper")),
            _ => Err(exc("TypeError", "attribute not modelled")),
        }
    }

    fn call(&mut self, f: V, args: Vec<V>, kw: Vec<(String, V)>) -> Res<V> {
        match f {
            V::Builtin(name) => self.builtin(name, args, kw),
            V::Bound(obj, name) => self.method(*obj, name, args),
            V::ExcClass(k) => Ok(V::Exc(k, Rc::new(args))),
            V::Method(obj, f) => {
                let mut all = vec![*obj];
                all.extend(args);
                self.call(V::Func(f), all, kw)
            }
            V::Class(c) => {
                let inst = V::Inst(Rc::new(Inst {
                    class: c.clone(),
                    dict: RefCell::new(Vec::new()),
                }));
                if let Some(init) = c.lookup("__init__") {
                    let mut all = vec![inst.clone()];
                    all.extend(args);
                    self.call(init, all, kw)?;
                }
                Ok(inst)
            }
            V::Func(func) => {
                self.depth += 1;
                if self.depth > 200 {
                    self.depth -= 1;
                    return Err(exc("RuntimeError", "maximum recursion depth exceeded"));
                }
                let r = self.bind_and_run(&func, args, kw);
                self.depth -= 1;
                r
            }
            _ => Err(exc("TypeError", "object is not callable")),
        }
    }

    fn bind_and_run(&mut self, func: &Func, args: Vec<V>, kw: Vec<(String, V)>) -> Res<V> {
        let co = &func.code;
        let mut regs = vec![V::Unbound; co.nregs as usize];
        let argc = co.argcount as usize;
        let varargs = co.flags.has(CodeFlags::VARARGS);
        let varkw = co.flags.has(CodeFlags::VARKEYWORDS);
        let kwonly = co.kwonlyargcount as usize;
        if args.len() > argc && !varargs {
            return Err(exc("TypeError", "too many positional arguments"));
        }
        for (i, a) in args.iter().take(argc).enumerate() {
            regs[i] = a.clone();
        }
        let mut next = argc;
        if varargs {
            regs[next] = V::Tuple(Rc::new(args.iter().skip(argc).cloned().collect()));
            next += 1;
        }
        let kw_base = next;
        let mut extra = Vec::new();
        for (k, v) in kw {
            let pos = co.varnames[..kw_base + kwonly]
                .iter()
                .enumerate()
                .position(|(i, n)| {
                    **n == *k && (i < argc || i >= kw_base) && i >= co.posonlyargcount as usize
                });
            match pos {
                Some(i) => regs[i] = v,
                None if varkw => extra.push((V::Str(k.into()), v)),
                None => return Err(exc("TypeError", "unexpected keyword argument")),
            }
        }
        let ndef = func.defaults.len();
        for i in 0..argc {
            if matches!(regs[i], V::Unbound) {
                if i + ndef >= argc {
                    regs[i] = func.defaults[i + ndef - argc].clone();
                } else {
                    return Err(exc("TypeError", "missing required positional argument"));
                }
            }
        }
        for i in kw_base..kw_base + kwonly {
            if matches!(regs[i], V::Unbound) {
                let name = &co.varnames[i];
                match func
                    .kwdefaults
                    .iter()
                    .find(|(k, _)| matches!(k, V::Str(s) if **s == **name))
                {
                    Some((_, v)) => regs[i] = v.clone(),
                    None => return Err(exc("TypeError", "missing required keyword-only argument")),
                }
            }
        }
        if varkw {
            regs[kw_base + kwonly] = V::Dict(Rc::new(RefCell::new(extra)));
        }
        for (i, c) in func.closure.iter().enumerate() {
            regs[co.free_base as usize + i] = c.clone();
        }
        if co.flags.has(CodeFlags::GENERATOR) {
            self.yields.push(Vec::new());
            let r = self.run(co, regs);
            let ys = self.yields.pop().unwrap_or_default();
            r?;
            return Ok(V::Iter(Rc::new(RefCell::new((ys, 0)))));
        }
        self.run(co, regs)
    }

    fn run(&mut self, co: &Rc<CodeObject>, mut regs: Vec<V>) -> Res<V> {
        let mut pc = 0usize;
        loop {
            match self.step(co, &mut regs, &mut pc) {
                Ok(Some(v)) => return Ok(v),
                Ok(None) => {}
                Err(e) => {
                    let at = pc as u32;
                    match co
                        .exception_table
                        .iter()
                        .find(|x| x.start <= at && at < x.end)
                    {
                        Some(entry) => {
                            regs[entry.reg as usize] = e;
                            pc = entry.handler as usize;
                        }
                        None => return Err(e),
                    }
                }
            }
        }
    }

    /// Runs one instruction; `pc` stays at the instruction when it raises.
    fn step(&mut self, co: &Rc<CodeObject>, r: &mut [V], pc: &mut usize) -> Res<Option<V>> {
        let ins = decode(&co.code, *pc).ok_or_else(|| exc("RuntimeError", "bad code"))?;
        let (a, b, c) = (ins.a, ins.b, ins.c);
        let w = co.code[*pc];
        let mut next = *pc + ins.len;
        let name = |n: usize| -> &str { &co.names[n] };
        let jump_to = match ins.ext {
            Ext::Jump(t) => t as usize,
            _ => 0,
        };
        match ins.op {
            Op::Nop => {}
            Op::Move => r[a] = r[b].clone(),
            Op::LoadConst => r[a] = konst(&co.constants[arg_bx(w)]),
            Op::LoadInt => r[a] = V::Int(arg_sbx(w)),
            Op::LoadNone => r[a] = V::None,
            Op::LoadTrue => r[a] = V::Bool(true),
            Op::LoadFalse => r[a] = V::Bool(false),
            Op::Clear => r[a] = V::Unbound,
            Op::CheckBound => {
                if matches!(r[a], V::Unbound) {
                    return Err(exc(
                        "UnboundLocalError",
                        "local variable referenced before assignment",
                    ));
                }
            }
            Op::LoadGlobal => {
                let Ext::NameCache(n, _) = ins.ext else {
                    unreachable!()
                };
                let nm = name(n);
                r[a] = self.global(nm)?;
            }
            Op::StoreGlobal => {
                let Ext::NameCache(n, _) = ins.ext else {
                    unreachable!()
                };
                self.globals.insert(name(n).to_string(), r[a].clone());
            }
            Op::DeleteGlobal => {
                let Ext::Name(n) = ins.ext else {
                    unreachable!()
                };
                if self.globals.remove(name(n)).is_none() {
                    return Err(exc("NameError", "name is not defined"));
                }
            }
            Op::MakeCell => r[a] = V::Cell(Rc::new(RefCell::new(r[a].clone()))),
            Op::LoadDeref => {
                let V::Cell(cell) = &r[b] else {
                    unreachable!("not a cell")
                };
                let v = cell.borrow().clone();
                if matches!(v, V::Unbound) {
                    return Err(exc(
                        "NameError",
                        "free variable referenced before assignment",
                    ));
                }
                r[a] = v;
            }
            Op::StoreDeref => {
                let V::Cell(cell) = &r[a] else {
                    unreachable!("not a cell")
                };
                *cell.borrow_mut() = r[b].clone();
            }
            Op::DeleteDeref => {
                let V::Cell(cell) = &r[a] else {
                    unreachable!("not a cell")
                };
                *cell.borrow_mut() = V::Unbound;
            }
            Op::GetAttr => {
                let Ext::NameCache(n, _) = ins.ext else {
                    unreachable!()
                };
                r[a] = self.getattr(&r[b].clone(), name(n))?;
            }
            Op::SetAttr => {
                let Ext::NameCache(n, _) = ins.ext else {
                    unreachable!()
                };
                let d = match &r[a] {
                    V::Inst(i) => &i.dict,
                    V::Class(c) => &c.dict,
                    _ => return Err(exc("AttributeError", "can't set attribute")),
                };
                let mut d = d.borrow_mut();
                let nm = name(n).to_string();
                match d.iter_mut().find(|(k, _)| *k == nm) {
                    Some(slot) => slot.1 = r[b].clone(),
                    None => d.push((nm, r[b].clone())),
                }
            }
            Op::LoadBuildClass => r[a] = V::Builtin("__build_class__"),
            Op::LoadName => {
                let Ext::Name(n) = ins.ext else {
                    unreachable!()
                };
                let nm = name(n);
                let local = self.class_ns.last().and_then(|ns| {
                    ns.borrow()
                        .iter()
                        .find(|(k, _)| k == nm)
                        .map(|(_, v)| v.clone())
                });
                r[a] = match local {
                    Some(v) => v,
                    None => self.global(nm)?,
                };
            }
            Op::StoreName => {
                let Ext::Name(n) = ins.ext else {
                    unreachable!()
                };
                let ns = self
                    .class_ns
                    .last()
                    .expect("StoreName outside a class body")
                    .clone();
                let mut d = ns.borrow_mut();
                let nm = name(n).to_string();
                match d.iter_mut().find(|(k, _)| *k == nm) {
                    Some(slot) => slot.1 = r[a].clone(),
                    None => d.push((nm, r[a].clone())),
                }
            }
            Op::LoadClassDeref => {
                let Ext::Name(n) = ins.ext else {
                    unreachable!()
                };
                let nm = name(n);
                let local = self.class_ns.last().and_then(|ns| {
                    ns.borrow()
                        .iter()
                        .find(|(k, _)| k == nm)
                        .map(|(_, v)| v.clone())
                });
                r[a] = match local {
                    Some(v) => v,
                    None => {
                        let V::Cell(cell) = &r[b] else {
                            unreachable!("not a cell")
                        };
                        let v = cell.borrow().clone();
                        v
                    }
                };
            }
            Op::SetClassCell => {}
            Op::WithEnter => {
                let mgr = r[b].clone();
                let exit = self.getattr(&mgr, "__exit__")?;
                let enter = self.getattr(&mgr, "__enter__")?;
                r[a + 1] = exit;
                r[a] = self.call(enter, Vec::new(), Vec::new())?;
            }
            Op::WithExit => {
                self.call(r[a].clone(), vec![V::None, V::None, V::None], Vec::new())?;
            }
            Op::WithExitExc => {
                let e = r[b].clone();
                let t = match &e {
                    V::Exc(k, _) => V::ExcClass(k),
                    _ => V::None,
                };
                let v = self.call(r[a].clone(), vec![t, e, V::None], Vec::new())?;
                r[a] = V::Bool(truthy(&v));
            }
            Op::GetItem => r[a] = getitem(&r[b], &r[c])?,
            Op::GetItemImm => r[a] = getitem(&r[b], &V::Int(arg_sc(w)))?,
            Op::SetItem => match (&r[a], &r[b]) {
                (V::List(l), V::Int(i)) => {
                    let mut l = l.borrow_mut();
                    let slot = l
                        .get_mut(*i as usize)
                        .ok_or_else(|| exc("IndexError", "list assignment index out of range"))?;
                    *slot = r[c].clone();
                }
                (V::Dict(d), k) => {
                    let mut d = d.borrow_mut();
                    match d.iter_mut().find(|(x, _)| eq(x, k)) {
                        Some(slot) => slot.1 = r[c].clone(),
                        None => d.push((k.clone(), r[c].clone())),
                    }
                }
                _ => return Err(exc("TypeError", "does not support item assignment")),
            },
            Op::DelItem => match (&r[a], &r[b]) {
                (V::Dict(d), k) => {
                    let mut d = d.borrow_mut();
                    let i = d
                        .iter()
                        .position(|(x, _)| eq(x, k))
                        .ok_or_else(|| exc("KeyError", "key"))?;
                    d.remove(i);
                }
                (V::List(l), V::Int(i)) => {
                    l.borrow_mut().remove(*i as usize);
                }
                _ => return Err(exc("TypeError", "del")),
            },
            Op::Add
            | Op::Sub
            | Op::Mul
            | Op::TrueDiv
            | Op::FloorDiv
            | Op::Mod
            | Op::Pow
            | Op::LShift
            | Op::RShift
            | Op::BitAnd
            | Op::BitOr
            | Op::BitXor => {
                r[a] = binop(ins.op, &r[b], &r[c])?;
            }
            Op::AddK
            | Op::SubK
            | Op::MulK
            | Op::TrueDivK
            | Op::FloorDivK
            | Op::ModK
            | Op::PowK
            | Op::LShiftK
            | Op::RShiftK
            | Op::BitAndK
            | Op::BitOrK
            | Op::BitXorK => {
                let op = inplace_op(ins.op as usize - Op::AddK as usize);
                r[a] = binop(op, &r[b], &konst(&co.constants[c]))?;
            }
            Op::AddImm => r[a] = binop(Op::Add, &r[b], &V::Int(arg_sc(w)))?,
            Op::SubImm => r[a] = binop(Op::Sub, &r[b], &V::Int(arg_sc(w)))?,
            Op::InPlace => {
                let op = inplace_op(c);
                if let (Op::Add, V::List(l)) = (op, &r[a]) {
                    let extra = items(&r[b])?;
                    l.borrow_mut().extend(extra);
                } else {
                    r[a] = binop(op, &r[a], &r[b])?;
                }
            }
            Op::InPlaceImm => {
                let op = inplace_op(c);
                r[a] = binop(op, &r[a], &V::Int(arg_sb(w)))?;
            }
            Op::Neg => {
                r[a] = match &r[b] {
                    V::Int(i) => V::Int(-i),
                    V::Float(f) => V::Float(-f),
                    _ => return Err(exc("TypeError", "bad operand type for unary -")),
                }
            }
            Op::Not => r[a] = V::Bool(!truthy(&r[b])),
            Op::Eq
            | Op::Ne
            | Op::Lt
            | Op::Le
            | Op::Gt
            | Op::Ge
            | Op::Is
            | Op::IsNot
            | Op::In
            | Op::NotIn => {
                r[a] = V::Bool(compare(ins.op, &r[b], &r[c])?);
            }
            Op::Jump => next = jump_to,
            Op::JumpIfFalse => {
                if !truthy(&r[a]) {
                    next = jump_to;
                }
            }
            Op::JumpIfTrue => {
                if truthy(&r[a]) {
                    next = jump_to;
                }
            }
            Op::JumpEq
            | Op::JumpNe
            | Op::JumpLt
            | Op::JumpLe
            | Op::JumpGt
            | Op::JumpGe
            | Op::JumpIs => {
                if compare(ins.op, &r[a], &r[b])? == (c != 0) {
                    next = jump_to;
                }
            }
            Op::JumpEqImm
            | Op::JumpNeImm
            | Op::JumpLtImm
            | Op::JumpLeImm
            | Op::JumpGtImm
            | Op::JumpGeImm => {
                if compare(ins.op, &r[a], &V::Int(arg_sb(w)))? == (c != 0) {
                    next = jump_to;
                }
            }
            Op::JumpEqK | Op::JumpNeK | Op::JumpLtK | Op::JumpLeK | Op::JumpGtK | Op::JumpGeK => {
                let rel = [
                    Op::JumpEq,
                    Op::JumpNe,
                    Op::JumpLt,
                    Op::JumpLe,
                    Op::JumpGt,
                    Op::JumpGe,
                ][ins.op as usize - Op::JumpEqK as usize];
                if compare(rel, &r[a], &konst(&co.constants[b]))? == (c != 0) {
                    next = jump_to;
                }
            }
            Op::GetIter => {
                let v = items(&r[b])?;
                r[a] = V::Iter(Rc::new(RefCell::new((v, 0))));
            }
            Op::ForIter => {
                let V::Iter(it) = &r[a] else {
                    unreachable!("ForIter on a non-iterator")
                };
                let item = {
                    let mut it = it.borrow_mut();
                    let v = it.0.get(it.1).cloned();
                    it.1 += 1;
                    v
                };
                // Bottom-tested: jump back to the body with the item.
                if let Some(v) = item {
                    r[b] = v;
                    next = jump_to;
                }
            }
            Op::ForRangePrep => {
                let f = r[a].clone();
                let args = vec![r[a + 1].clone(), r[a + 2].clone(), r[a + 3].clone()];
                let range = self.call(f, args, Vec::new())?;
                let v = items(&range)?;
                match v.first() {
                    Some(x) => r[b] = x.clone(),
                    None => next = jump_to,
                }
                r[a] = V::Iter(Rc::new(RefCell::new((v, 1))));
            }
            Op::ForRangeNext => {
                // Bottom-tested: jump back to the body with the next value.
                let V::Iter(it) = &r[a] else { unreachable!() };
                let item = {
                    let mut it = it.borrow_mut();
                    let v = it.0.get(it.1).cloned();
                    it.1 += 1;
                    v
                };
                if let Some(v) = item {
                    r[b] = v;
                    next = jump_to;
                }
            }
            Op::Call => {
                let args = r[a + 1..=a + b].to_vec();
                r[a] = self.call(r[a].clone(), args, Vec::new())?;
            }
            Op::CallKw => {
                let Ext::Const(k, _) = ins.ext else {
                    unreachable!()
                };
                let Constant::Tuple(names) = &co.constants[k] else {
                    unreachable!()
                };
                let args = r[a + 1..=a + b].to_vec();
                let kw = names
                    .iter()
                    .zip(r[a + 1 + b..a + 1 + b + c].iter())
                    .map(|(n, v)| match n {
                        Constant::Str(s) => (s.to_string(), v.clone()),
                        _ => unreachable!(),
                    })
                    .collect();
                r[a] = self.call(r[a].clone(), args, kw)?;
            }
            Op::CallEx => {
                let args = items(&r[a + 1])?;
                let kw = match &r[a + 2] {
                    V::Dict(d) => d
                        .borrow()
                        .iter()
                        .map(|(k, v)| (str_of(k), v.clone()))
                        .collect(),
                    _ => Vec::new(),
                };
                r[a] = self.call(r[a].clone(), args, kw)?;
            }
            Op::LoadMethod => {
                let Ext::NameCache(n, _) = ins.ext else {
                    unreachable!()
                };
                let obj = r[b].clone();
                match self.getattr(&obj, name(n))? {
                    V::Method(o, f) => {
                        r[a] = V::Func(f);
                        r[a + 1] = *o;
                    }
                    v => {
                        r[a] = v;
                        r[a + 1] = V::Unbound;
                    }
                }
            }
            Op::CallMethod | Op::CallMethodKw => {
                let mut args = Vec::new();
                if !matches!(r[a + 1], V::Unbound) {
                    args.push(r[a + 1].clone());
                }
                args.extend(r[a + 2..a + 2 + b].iter().cloned());
                let kw = if ins.op == Op::CallMethodKw {
                    let Ext::Const(k, _) = ins.ext else {
                        unreachable!()
                    };
                    let Constant::Tuple(names) = &co.constants[k] else {
                        unreachable!()
                    };
                    names
                        .iter()
                        .zip(r[a + 2 + b..a + 2 + b + c].iter())
                        .map(|(n, v)| match n {
                            Constant::Str(s) => (s.to_string(), v.clone()),
                            _ => unreachable!(),
                        })
                        .collect()
                } else {
                    Vec::new()
                };
                r[a] = self.call(r[a].clone(), args, kw)?;
            }
            Op::Return => return Ok(Some(r[a].clone())),
            Op::ReturnNone => return Ok(Some(V::None)),
            Op::BuildTuple => r[a] = V::Tuple(Rc::new(r[b..b + c].to_vec())),
            Op::BuildList => r[a] = V::List(Rc::new(RefCell::new(r[b..b + c].to_vec()))),
            Op::BuildMap => {
                r[a] = V::Dict(Rc::new(RefCell::new(
                    (0..c)
                        .map(|i| (r[b + 2 * i].clone(), r[b + 2 * i + 1].clone()))
                        .collect(),
                )))
            }
            Op::ListAppend => {
                let V::List(l) = &r[a] else { unreachable!() };
                l.borrow_mut().push(r[b].clone());
            }
            Op::ListExtend => {
                let extra = items(&r[b])?;
                let V::List(l) = &r[a] else { unreachable!() };
                l.borrow_mut().extend(extra);
            }
            Op::ListToTuple => r[a] = V::Tuple(Rc::new(items(&r[b])?)),
            Op::MapAdd | Op::DictUpdate | Op::DictMerge => {
                let pairs: Vec<(V, V)> = if ins.op == Op::MapAdd {
                    vec![(r[b].clone(), r[c].clone())]
                } else {
                    let V::Dict(src) = &r[b] else {
                        return Err(exc("TypeError", "not a mapping"));
                    };
                    let v = src.borrow().clone();
                    v
                };
                let V::Dict(d) = &r[a] else { unreachable!() };
                let mut d = d.borrow_mut();
                for (k, v) in pairs {
                    match d.iter_mut().find(|(x, _)| eq(x, &k)) {
                        Some(slot) => slot.1 = v,
                        None => d.push((k, v)),
                    }
                }
            }
            Op::FormatValue => {
                let v = &r[b];
                r[a] = V::Str(if c & 3 == 2 { repr(v) } else { str_of(v) }.into());
            }
            Op::BuildString => {
                let s: String = r[b..b + c].iter().map(str_of).collect();
                r[a] = V::Str(s.into());
            }
            Op::UnpackSeq => {
                let v = items(&r[b])?;
                if v.len() != c {
                    return Err(exc("ValueError", "wrong number of values to unpack"));
                }
                for (i, x) in v.into_iter().enumerate() {
                    r[a + i] = x;
                }
            }
            Op::UnpackEx => {
                let Ext::BeforeAfter(bef, aft) = ins.ext else {
                    unreachable!()
                };
                let v = items(&r[b])?;
                if v.len() < bef + aft {
                    return Err(exc("ValueError", "not enough values to unpack"));
                }
                let mid = v[bef..v.len() - aft].to_vec();
                for i in 0..bef {
                    r[a + i] = v[i].clone();
                }
                r[a + bef] = V::List(Rc::new(RefCell::new(mid)));
                for i in 0..aft {
                    r[a + bef + 1 + i] = v[v.len() - aft + i].clone();
                }
            }
            Op::MakeFunction => {
                let Ext::Const(k, flags) = ins.ext else {
                    unreachable!()
                };
                let Constant::Code(code) = &co.constants[k] else {
                    unreachable!()
                };
                let defaults = if flags & 1 != 0 {
                    items(&r[b])?
                } else {
                    Vec::new()
                };
                let kwdefaults = if flags & 2 != 0 {
                    let V::Dict(d) = &r[b + 1] else {
                        unreachable!()
                    };
                    let v = d.borrow().clone();
                    v
                } else {
                    Vec::new()
                };
                let closure = if flags & 4 != 0 {
                    items(&r[b + 2])?
                } else {
                    Vec::new()
                };
                r[a] = V::Func(Rc::new(Func {
                    code: Rc::new((**code).clone()),
                    defaults,
                    kwdefaults,
                    closure,
                }));
            }
            Op::Raise => {
                return Err(match b {
                    0 => match &self.handling {
                        V::None => exc("RuntimeError", "No active exception to reraise"),
                        e => e.clone(),
                    },
                    _ => match &r[a] {
                        V::ExcClass(k) => V::Exc(k, Rc::new(Vec::new())),
                        e @ V::Exc(..) => e.clone(),
                        _ => exc("TypeError", "exceptions must derive from BaseException"),
                    },
                })
            }
            Op::Reraise => return Err(r[a].clone()),
            Op::JumpIfNotExcMatch => {
                let V::Exc(kind, _) = &r[a] else {
                    unreachable!("not an exception")
                };
                let classes: Vec<&'static str> = match &r[b] {
                    V::ExcClass(k) => vec![k],
                    V::Tuple(t) => t
                        .iter()
                        .filter_map(|x| {
                            if let V::ExcClass(k) = x {
                                Some(*k)
                            } else {
                                None
                            }
                        })
                        .collect(),
                    _ => return Err(exc(
                        "TypeError",
                        "catching classes that do not inherit from BaseException is not allowed",
                    )),
                };
                let mut k = Some(*kind);
                let mut matched = false;
                while let Some(x) = k {
                    if classes.contains(&x) {
                        matched = true;
                        break;
                    }
                    k = parent(x);
                }
                if !matched {
                    next = jump_to;
                }
            }
            Op::EnterExcept => {
                r[b] = std::mem::replace(&mut self.handling, r[a].clone());
            }
            Op::LeaveExcept => self.handling = r[a].clone(),
            Op::LoadAssertionError => r[a] = V::ExcClass("AssertionError"),
            Op::Yield => {
                self.yields
                    .last_mut()
                    .expect("yield outside generator")
                    .push(r[a].clone());
                r[b] = V::None;
            }
            Op::GetYieldFromIter => r[a] = r[b].clone(),
            Op::YieldFrom => {
                let v = items(&r[a])?;
                self.yields
                    .last_mut()
                    .expect("yield outside generator")
                    .extend(v);
                r[b] = V::None;
            }
            other => return Err(exc("RuntimeError", &format!("{other:?} not modelled"))),
        }
        *pc = next;
        Ok(None)
    }
}

/// `o[k]` for the subscript instructions.
fn getitem(o: &V, k: &V) -> Res<V> {
    Ok(match (o, k) {
        (V::List(l), V::Int(i)) => {
            let l = l.borrow();
            let i = if *i < 0 { *i + l.len() as i64 } else { *i };
            l.get(i as usize)
                .cloned()
                .ok_or_else(|| exc("IndexError", "list index out of range"))?
        }
        (V::Tuple(t), V::Int(i)) => t
            .get(*i as usize)
            .cloned()
            .ok_or_else(|| exc("IndexError", "tuple index out of range"))?,
        (V::Dict(d), k) => d
            .borrow()
            .iter()
            .find(|(x, _)| eq(x, k))
            .map(|(_, v)| v.clone())
            .ok_or_else(|| V::Exc("KeyError", Rc::new(vec![k.clone()])))?,
        _ => return Err(exc("TypeError", "not subscriptable")),
    })
}

/// The binary operator of an `InPlace`/`InPlaceImm` C field.
fn inplace_op(c: usize) -> Op {
    [
        Op::Add,
        Op::Sub,
        Op::Mul,
        Op::TrueDiv,
        Op::FloorDiv,
        Op::Mod,
        Op::Pow,
        Op::LShift,
        Op::RShift,
        Op::BitAnd,
        Op::BitOr,
        Op::BitXor,
    ][c]
}
