//! Text formatting: float `repr`, `%`-formatting, `str.format` basics and
//! f-string `format()`.

use crate::types::kind;
use crate::vm::{Args, PyResult, Vm};
use alloc::string::String;
use alloc::vec::Vec;
use pycopy_gc::Value;

/// Python's `repr` of a float (shortest round-trip digits).
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return String::from("nan");
    }
    if f.is_infinite() {
        return String::from(if f > 0.0 { "inf" } else { "-inf" });
    }
    let e = alloc::format!("{f:e}");
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(char::is_ascii_digit).collect();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            for _ in 0..(-exp - 1) {
                out.push('0');
            }
            out.push_str(&digits);
        } else {
            let ip = exp as usize + 1;
            if digits.len() <= ip {
                out.push_str(&digits);
                for _ in digits.len()..ip {
                    out.push('0');
                }
                out.push_str(".0");
            } else {
                out.push_str(digits.get(..ip).unwrap_or(""));
                out.push('.');
                out.push_str(digits.get(ip..).unwrap_or(""));
            }
        }
    } else {
        out.push_str(digits.get(..1).unwrap_or(""));
        if digits.len() > 1 {
            out.push('.');
            out.push_str(digits.get(1..).unwrap_or(""));
        }
        out.push_str(&alloc::format!(
            "e{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        ));
    }
    out
}

struct Spec {
    fill: char,
    align: Option<char>,
    sign: Option<char>,
    zero: bool,
    width: usize,
    comma: bool,
    prec: Option<usize>,
    ty: Option<char>,
}

fn parse_spec(s: &str) -> Spec {
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut sp = Spec {
        fill: ' ',
        align: None,
        sign: None,
        zero: false,
        width: 0,
        comma: false,
        prec: None,
        ty: None,
    };
    if cs.len() >= 2 && matches!(cs[1], '<' | '>' | '^' | '=') {
        sp.fill = cs[0];
        sp.align = Some(cs[1]);
        i = 2;
    } else if !cs.is_empty() && matches!(cs[0], '<' | '>' | '^' | '=') {
        sp.align = Some(cs[0]);
        i = 1;
    }
    if i < cs.len() && matches!(cs[i], '+' | '-' | ' ') {
        sp.sign = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    while i < cs.len() && cs[i].is_ascii_digit() {
        sp.width = sp.width * 10 + cs[i] as usize - '0' as usize;
        i += 1;
    }
    if i < cs.len() && (cs[i] == ',' || cs[i] == '_') {
        sp.comma = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '.' {
        i += 1;
        let mut p = 0;
        while i < cs.len() && cs[i].is_ascii_digit() {
            p = p * 10 + cs[i] as usize - '0' as usize;
            i += 1;
        }
        sp.prec = Some(p);
    }
    if i < cs.len() {
        sp.ty = Some(cs[i]);
    }
    sp
}

fn group(digits: &str) -> String {
    let mut out = String::new();
    let n = digits.len();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn fmt_float(f: f64, ty: char, prec: usize) -> String {
    match ty {
        'e' | 'E' => {
            let s = alloc::format!("{f:.prec$e}");
            let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
            let e: i32 = e.parse().unwrap_or(0);
            let r = alloc::format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
            if ty == 'E' {
                r.to_uppercase()
            } else {
                r
            }
        }
        '%' => alloc::format!("{:.prec$}%", f * 100.0),
        'g' | 'G' => {
            let p = if prec == 0 { 1 } else { prec };
            if f == 0.0 {
                return String::from("0");
            }
            let exp = libm::floor(libm::log10(f.abs())) as i32;
            let s = if exp < -4 || exp >= p as i32 {
                let s = fmt_float(f, 'e', p - 1);
                let (m, e) = s.split_once('e').unwrap_or((&s, ""));
                let m = if m.contains('.') {
                    m.trim_end_matches('0').trim_end_matches('.')
                } else {
                    m
                };
                alloc::format!("{m}e{e}")
            } else {
                let d = (p as i32 - 1 - exp).max(0) as usize;
                let s = alloc::format!("{f:.d$}");
                if s.contains('.') {
                    String::from(s.trim_end_matches('0').trim_end_matches('.'))
                } else {
                    s
                }
            };
            if ty == 'G' {
                s.to_uppercase()
            } else {
                s
            }
        }
        _ => alloc::format!("{f:.prec$}"),
    }
}

/// `format(v, spec)` for the builtin types.
pub fn format_spec(vm: &mut Vm, v: Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return vm.str_string(v);
    }
    let sp = parse_spec(spec);
    let mut body;
    let numeric;
    if let Some(i) = v
        .as_int()
        .or_else(|| v.as_bool().map(i64::from))
        .filter(|_| !matches!(sp.ty, Some('f' | 'F' | 'e' | 'E' | 'g' | 'G' | '%')))
    {
        numeric = true;
        let a = i.unsigned_abs();
        let digits = match sp.ty {
            Some('x') => alloc::format!("{a:x}"),
            Some('X') => alloc::format!("{a:X}"),
            Some('o') => alloc::format!("{a:o}"),
            Some('b') => alloc::format!("{a:b}"),
            Some('c') => String::from(char::from_u32(a as u32).unwrap_or('?')),
            _ => alloc::format!("{a}"),
        };
        let digits = if sp.comma { group(&digits) } else { digits };
        body = String::new();
        if i < 0 {
            body.push('-');
        } else if sp.sign == Some('+') {
            body.push('+');
        } else if sp.sign == Some(' ') {
            body.push(' ');
        }
        body.push_str(&digits);
    } else if let Some(f) = v.as_float().or_else(|| v.as_int().map(|i| i as f64)) {
        numeric = true;
        let ty = sp.ty.unwrap_or('g');
        let prec = sp.prec.unwrap_or(6);
        let mut s = if sp.ty.is_none() && sp.prec.is_none() {
            float_repr(f.abs())
        } else if sp.ty.is_none() {
            let s = fmt_float(f.abs(), 'g', prec);
            if s.contains('.') || s.contains('e') || s.contains("inf") || s.contains("nan") {
                s
            } else {
                alloc::format!("{s}.0")
            }
        } else {
            fmt_float(f.abs(), ty, prec)
        };
        if sp.comma {
            let (ip, rest) = match s.find('.') {
                Some(p) => (
                    String::from(s.get(..p).unwrap_or("")),
                    String::from(s.get(p..).unwrap_or("")),
                ),
                None => (s.clone(), String::new()),
            };
            s = alloc::format!("{}{}", group(&ip), rest);
        }
        body = String::new();
        if f.is_sign_negative() && !(f == 0.0 && !f.is_sign_negative()) && !f.is_nan() {
            body.push('-');
        } else if sp.sign == Some('+') {
            body.push('+');
        } else if sp.sign == Some(' ') {
            body.push(' ');
        }
        body.push_str(&s);
    } else {
        numeric = false;
        body = vm.str_string(v)?;
        if let Some(p) = sp.prec {
            body = body.chars().take(p).collect();
        }
    }
    let n = body.chars().count();
    if n >= sp.width {
        return Ok(body);
    }
    let pad = sp.width - n;
    let (fill, align) = if sp.zero && sp.align.is_none() {
        ('0', '=')
    } else {
        (sp.fill, sp.align.unwrap_or(if numeric { '>' } else { '<' }))
    };
    let mut out = String::new();
    match align {
        '<' => {
            out.push_str(&body);
            out.extend(core::iter::repeat_n(fill, pad));
        }
        '^' => {
            out.extend(core::iter::repeat_n(fill, pad / 2));
            out.push_str(&body);
            out.extend(core::iter::repeat_n(fill, pad - pad / 2));
        }
        '=' => {
            let (sign, rest) = if body.starts_with(['-', '+', ' ']) {
                body.split_at(1)
            } else {
                ("", body.as_str())
            };
            out.push_str(sign);
            out.extend(core::iter::repeat_n(fill, pad));
            out.push_str(rest);
        }
        _ => {
            out.extend(core::iter::repeat_n(fill, pad));
            out.push_str(&body);
        }
    }
    Ok(out)
}

/// f-string `FormatValue`: conversion 0 none, 1 `!s`, 2 `!r`, 3 `!a`.
pub fn format_value(vm: &mut Vm, v: Value, conv: usize, spec: Value) -> PyResult<Value> {
    let v = match conv {
        1 => vm.to_str(v)?,
        2 | 3 => {
            let s = vm.repr_string(v)?;
            vm.new_str(&s)?
        }
        _ => v,
    };
    let spec_s = if spec.is_none() {
        String::new()
    } else {
        String::from(vm.str_of(spec).unwrap_or(""))
    };
    if spec_s.is_empty() && vm.is_str(v) {
        return Ok(v);
    }
    if vm.kind_of(v) == kind::INSTANCE {
        let t = vm.type_of(v);
        if let Some(m) = crate::objects::class::lookup(vm, t, Value::qstr(crate::qstr::q::D_FORMAT))
        {
            let sv = vm.new_str(&spec_s)?;
            return vm.call(m, &[v, sv]);
        }
    }
    let s = format_spec(vm, v, &spec_s)?;
    vm.new_str(&s)
}

/// `str.format(*args, **kwargs)`.
pub fn str_format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fmt = String::from(vm.str_of(vm.arg(&a, 0)).unwrap_or(""));
    let mut out = String::new();
    let mut auto = 1usize;
    let cs: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c == '{' {
            if cs.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            let mut j = i + 1;
            let mut depth = 1;
            while j < cs.len() {
                if cs[j] == '{' {
                    depth += 1;
                } else if cs[j] == '}' {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                j += 1;
            }
            if j >= cs.len() {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            let field: String = cs[i + 1..j].iter().collect();
            let (name_conv, spec) = match field.find(':') {
                Some(p) => (String::from(&field[..p]), String::from(&field[p + 1..])),
                None => (field.clone(), String::new()),
            };
            let (name, conv) = match name_conv.find('!') {
                Some(p) => (
                    String::from(&name_conv[..p]),
                    name_conv[p + 1..].chars().next(),
                ),
                None => (name_conv.clone(), None),
            };
            let (head, rest) = match name.find(['.', '[']) {
                Some(p) => (String::from(&name[..p]), String::from(&name[p..])),
                None => (name.clone(), String::new()),
            };
            let mut v = if head.is_empty() {
                let v = vm.arg(&a, auto);
                if auto >= a.n as usize {
                    return Err(vm.index_error("Replacement index out of range"));
                }
                auto += 1;
                v
            } else if let Ok(n) = head.parse::<usize>() {
                if n + 1 >= a.n as usize {
                    return Err(vm.index_error("Replacement index out of range"));
                }
                vm.arg(&a, n + 1)
            } else {
                let k = vm.intern(&head)?;
                match vm.kwarg(&a, k.as_qstr().unwrap_or(0)) {
                    Some(v) => v,
                    None => {
                        let kv = vm.new_str(&head)?;
                        return Err(vm.key_error(kv));
                    }
                }
            };
            let mut r = rest.as_str();
            while !r.is_empty() {
                if let Some(x) = r.strip_prefix('.') {
                    let end = x.find(['.', '[']).unwrap_or(x.len());
                    let n = vm.intern(&x[..end])?;
                    v = vm.getattr(v, n)?;
                    r = &x[end..];
                } else if let Some(x) = r.strip_prefix('[') {
                    let end = x.find(']').unwrap_or(x.len());
                    let key = &x[..end];
                    let k = match key.parse::<i64>() {
                        Ok(i) => Value::int(i).unwrap_or(Value::NONE),
                        Err(_) => vm.new_str(key)?,
                    };
                    v = vm.getitem(v, k)?;
                    r = x.get(end + 1..).unwrap_or("");
                } else {
                    break;
                }
            }
            let v = match conv {
                Some('r') | Some('a') => {
                    let s = vm.repr_string(v)?;
                    vm.new_str(&s)?
                }
                Some('s') => vm.to_str(v)?,
                _ => v,
            };
            let spec = if spec.contains('{') {
                // Nested fields in the spec.
                let sv = vm.new_str(&spec)?;
                let mut argv = alloc::vec![sv];
                for k in 1..a.n as usize {
                    argv.push(vm.arg(&a, k));
                }
                let m = vm.getattr(sv, Value::qstr(crate::qstr::q::FORMAT))?;
                let r = vm.call(m, &argv[1..])?;
                String::from(vm.str_of(r).unwrap_or(""))
            } else {
                spec
            };
            let sv = vm.new_str(&spec)?;
            let r = format_value(vm, v, 0, sv)?;
            out.push_str(vm.str_of(r).unwrap_or(""));
            i = j + 1;
        } else if c == '}' {
            if cs.get(i + 1) == Some(&'}') {
                i += 2;
            } else {
                return Err(vm.value_error("Single '}' encountered in format string"));
            }
            out.push('}');
        } else {
            out.push(c);
            i += 1;
        }
    }
    vm.new_str(&out)
}

/// `fmt % args`.
pub fn percent(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let f = String::from(vm.str_of(fmt).unwrap_or(""));
    let items: Vec<Value> = if vm.kind_of(args) == kind::TUPLE {
        vm.seq_items(args)
    } else {
        alloc::vec![args]
    };
    let is_map = vm.kind_of(args) == kind::DICT;
    let mut out = String::new();
    let cs: Vec<char> = f.chars().collect();
    let mut i = 0;
    let mut ai = 0;
    while i < cs.len() {
        let c = cs[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let mut key = None;
        if cs.get(i) == Some(&'(') {
            let end = cs[i..]
                .iter()
                .position(|&c| c == ')')
                .map_or(cs.len(), |p| p + i);
            key = Some(cs[i + 1..end].iter().collect::<String>());
            i = end + 1;
        }
        let start = i;
        while i < cs.len() && matches!(cs[i], '-' | '+' | ' ' | '0' | '#') {
            i += 1;
        }
        let flags: String = cs[start..i].iter().collect();
        let mut width = String::new();
        while i < cs.len() && (cs[i].is_ascii_digit() || cs[i] == '*') {
            if cs[i] == '*' {
                let w = items.get(ai).and_then(|v| v.as_int()).unwrap_or(0);
                ai += 1;
                width = alloc::format!("{w}");
            } else {
                width.push(cs[i]);
            }
            i += 1;
        }
        let mut prec = None;
        if cs.get(i) == Some(&'.') {
            i += 1;
            let mut p = String::new();
            while i < cs.len() && cs[i].is_ascii_digit() {
                p.push(cs[i]);
                i += 1;
            }
            prec = Some(p);
        }
        let Some(&ty) = cs.get(i) else {
            return Err(vm.value_error("incomplete format"));
        };
        i += 1;
        if ty == '%' {
            out.push('%');
            continue;
        }
        let v = if let Some(k) = key {
            let kv = vm.new_str(&k)?;
            vm.getitem(args, kv)?
        } else if is_map && ty != '%' {
            args
        } else {
            let Some(v) = items.get(ai).copied() else {
                return Err(vm.type_error("not enough arguments for format string"));
            };
            ai += 1;
            v
        };
        let align = if flags.contains('-') { "<" } else { "" };
        let zero = if flags.contains('0') && !flags.contains('-') {
            "0"
        } else {
            ""
        };
        let sign = if flags.contains('+') {
            "+"
        } else if flags.contains(' ') {
            " "
        } else {
            ""
        };
        let p = prec
            .map(|p| alloc::format!(".{}", if p.is_empty() { "0" } else { &p }))
            .unwrap_or_default();
        let s = match ty {
            's' => {
                let s = vm.str_string(v)?;
                format_spec(vm, Value::NONE, "").ok();
                let sv = vm.new_str(&s)?;
                format_spec(vm, sv, &alloc::format!("{align}{width}{p}"))?
            }
            'r' | 'a' => {
                let s = vm.repr_string(v)?;
                let sv = vm.new_str(&s)?;
                format_spec(vm, sv, &alloc::format!("{align}{width}{p}"))?
            }
            'd' | 'i' | 'u' => {
                let iv = match v.as_float() {
                    Some(f) => Value::int(f as i64).unwrap_or(v),
                    None => v,
                };
                if iv.as_int().is_none() && iv.as_bool().is_none() {
                    let m = alloc::format!(
                        "%{ty} format: a number is required, not {}",
                        vm.type_name(v)
                    );
                    return Err(vm.type_error(&m));
                }
                format_spec(vm, iv, &alloc::format!("{align}{sign}{zero}{width}d"))?
            }
            'x' | 'X' | 'o' => {
                let mut s = format_spec(vm, v, &alloc::format!("{align}{sign}{zero}{width}{ty}"))?;
                if flags.contains('#') {
                    s = alloc::format!("0{}{}", if ty == 'o' { 'o' } else { ty }, s.trim_start());
                }
                s
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let p = if p.is_empty() { String::from(".6") } else { p };
                let fv = match v.as_int() {
                    Some(i) => Value::float(i as f64),
                    None => v,
                };
                if fv.as_float().is_none() {
                    let m = alloc::format!("must be real number, not {}", vm.type_name(v));
                    return Err(vm.type_error(&m));
                }
                format_spec(vm, fv, &alloc::format!("{align}{sign}{zero}{width}{p}{ty}"))?
            }
            'c' => {
                let s = match v.as_int() {
                    Some(i) => String::from(char::from_u32(i as u32).unwrap_or('?')),
                    None => vm.str_string(v)?,
                };
                let sv = vm.new_str(&s)?;
                format_spec(vm, sv, &alloc::format!("{align}{width}"))?
            }
            _ => {
                let m = alloc::format!("unsupported format character '{ty}'");
                return Err(vm.value_error(&m));
            }
        };
        out.push_str(&s);
    }
    if ai < items.len() && !is_map && vm.kind_of(args) == kind::TUPLE {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    vm.new_str(&out)
}
