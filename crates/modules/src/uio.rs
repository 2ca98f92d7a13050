//! `uio` (alias `io`): `StringIO`, `BytesIO`, `open` (also the builtin
//! `open`), `FileIO`/`TextIOWrapper` (file objects over the HAL), `IOBase`
//! (base of streams written in Python), `BufferedWriter`.
//!
//! Memory streams keep their data in their own growable store (`rawbuf`:
//! a raw heap block in `_b`, the length in `_n`), the position in `_p` (a
//! byte offset, as MicroPython; `read(n)` on a StringIO counts
//! characters), the text flag in `_t` and the closed flag in `_c`. `StringIO(n)`/`BytesIO(n)` with an int
//! preallocates `n` bytes (a Pycopy extension). All streams accept
//! Pycopy's `write(buf, size)` and `write(buf, off, size)`, and
//! `readinto(buf[, size])` fills `buf` in place.
//!
//! File objects hold a HAL file descriptor in `_fd` and are unbuffered;
//! closing twice is not an error. `sys.stdin`/`stdout`/`stderr` are
//! `TextIOWrapper`s over fds 0/1/2 with a binary `FileIO` as `.buffer`.

use crate::{rawbuf, util};
use alloc::string::String;
use alloc::vec::Vec;
use pycopy_gc::Value;
use pycopy_vm::hal::OpenMode;
use pycopy_vm::objects::{bytes, dict, list};
use pycopy_vm::registry::{ModFn, Module, ModuleDef, MODULES};
use pycopy_vm::types::{kind, TypeId};
use pycopy_vm::vm::Args;
use pycopy_vm::{linkme, stream, PyResult, Vm};

#[linkme::distributed_slice(MODULES)]
#[linkme(crate = pycopy_vm::linkme)]
static UIO: ModuleDef = ModuleDef {
    name: "uio",
    aliases: &["io"],
    natives: &[
        ModFn::new("open", open),
        ModFn::new("IOBase.readinto", base_readinto),
        ModFn::new("StringIO.__new__", stringio_new),
        ModFn::new("BytesIO.__new__", bytesio_new),
        ModFn::new("Mem.read", mem_read),
        ModFn::new("Mem.read1", mem_read),
        ModFn::new("Mem.readinto", mem_readinto),
        ModFn::new("Mem.readline", mem_readline),
        ModFn::new("Mem.readlines", readlines),
        ModFn::new("Mem.write", mem_write),
        ModFn::new("Mem.seek", mem_seek),
        ModFn::new("Mem.tell", mem_tell),
        ModFn::new("Mem.getvalue", mem_getvalue),
        ModFn::new("Mem.truncate", mem_truncate),
        ModFn::new("Mem.flush", flush),
        ModFn::new("Mem.close", close),
        ModFn::new("Mem.__enter__", enter),
        ModFn::new("Mem.__exit__", exit),
        ModFn::new("Mem.__iter__", enter),
        ModFn::new("Mem.__next__", next_line),
        ModFn::new("File.read", file_read),
        ModFn::new("File.readinto", file_readinto),
        ModFn::new("File.readline", file_readline),
        ModFn::new("File.readlines", readlines),
        ModFn::new("File.write", file_write),
        ModFn::new("File.seek", file_seek),
        ModFn::new("File.tell", file_tell),
        ModFn::new("File.flush", file_flush),
        ModFn::new("File.close", file_close),
        ModFn::new("File.fileno", file_fileno),
        ModFn::new("File.__enter__", enter),
        ModFn::new("File.__exit__", file_exit),
        ModFn::new("File.__iter__", enter),
        ModFn::new("File.__next__", next_line),
        ModFn::new("BufferedWriter.__new__", bw_new),
        ModFn::new("BufferedWriter.write", bw_write),
        ModFn::new("BufferedWriter.flush", bw_flush),
        ModFn::new("BufferedWriter.close", bw_close),
    ],
    init,
    boot: Some(boot),
};

/// Adds `open` to builtins at start-up.
fn boot(vm: &mut Vm, m: &Module) -> PyResult<()> {
    let f = m.native("open");
    let k = vm.intern("open")?;
    let b = vm.st.builtins;
    dict::set(vm, b, k, f)
}

fn init(vm: &mut Vm, m: &Module) -> PyResult<()> {
    m.add_functions(vm)?;
    let iobase = m.class(vm, "IOBase", &[])?;
    let mark = vm.push_root(iobase);
    let r = (|| {
        let mem = m.class(vm, "Mem", &[vm.root(mark)])?;
        let mm = vm.push_root(mem);
        m.class(vm, "StringIO", &[vm.root(mm)])?;
        m.class(vm, "BytesIO", &[vm.root(mm)])?;
        let file = m.class(vm, "File", &[vm.root(mark)])?;
        let fm = vm.push_root(file);
        m.class(vm, "FileIO", &[vm.root(fm)])?;
        m.class(vm, "TextIOWrapper", &[vm.root(fm)])?;
        m.class(vm, "BufferedWriter", &[vm.root(mark)])?;
        // The shared implementation classes are not part of the API.
        for n in ["Mem", "File"] {
            let k = vm.intern(n)?;
            let d = vm.slot(m.object(vm), 1);
            dict::remove(vm, d, k)?;
        }
        Ok(())
    })();
    vm.pop_roots(mark);
    r
}

// ------------------------------------------------------------ helpers

fn closed_error(vm: &mut Vm) -> pycopy_vm::vm::PyErr {
    vm.value_error("I/O operation on closed file")
}

fn is_text(vm: &mut Vm, o: Value) -> PyResult<bool> {
    Ok(util::attr_int(vm, o, "_t")? != 0)
}

/// Builds the result of a read: str (text) or bytes.
fn result(vm: &mut Vm, text: bool, d: &[u8]) -> PyResult<Value> {
    if text {
        let s = String::from_utf8_lossy(d);
        vm.new_str(&s)
    } else {
        bytes::new_bytes(vm, kind::BYTES, d)
    }
}

/// The data a `write` call writes: `write(buf)`, `write(buf, size)`,
/// `write(buf, off, size)`; str only for text streams, bytes-like only for
/// binary ones.
fn write_data(vm: &mut Vm, a: &Args, text: bool) -> PyResult<Vec<u8>> {
    let v = vm.arg(a, 1);
    let is_str = vm.is_str(v);
    if text && !is_str {
        let m = alloc::format!("string argument expected, got '{}'", vm.type_name(v));
        return Err(vm.type_error(&m));
    }
    if !text && is_str {
        return Err(vm.type_error("a bytes-like object is required, not 'str'"));
    }
    let Some(d) = stream::bytes_of(vm, v) else {
        let m = alloc::format!("a bytes-like object is required, not '{}'", vm.type_name(v));
        return Err(vm.type_error(&m));
    };
    let (off, sz) = match a.n {
        0..=2 => (0usize, d.len()),
        3 => {
            let x = vm.arg(a, 2);
            (0, util::to_int(vm, x, "size")?.max(0) as usize)
        }
        _ => {
            let (x, y) = (vm.arg(a, 2), vm.arg(a, 3));
            let o = util::to_int(vm, x, "offset")?.max(0) as usize;
            (o, util::to_int(vm, y, "size")?.max(0) as usize)
        }
    };
    let start = off.min(d.len());
    let end = start.saturating_add(sz).min(d.len());
    Ok(d.get(start..end).unwrap_or(&[]).to_vec())
}

/// What `write` returns: characters for text streams, bytes otherwise.
fn written(d: &[u8], text: bool) -> i64 {
    if text {
        d.iter().filter(|&&b| b & 0xc0 != 0x80).count() as i64
    } else {
        d.len() as i64
    }
}

/// `n` of `read(n)`: None/-1/absent means everything.
fn size_arg(vm: &mut Vm, a: &Args, i: usize) -> PyResult<Option<usize>> {
    let v = vm.arg(a, i);
    if (i >= a.n as usize) || v.is_none() {
        return Ok(None);
    }
    let n = util::to_int(vm, v, "size")?;
    Ok(usize::try_from(n).ok())
}

/// Length of the UTF-8 sequence starting with byte `b`.
fn utf8_width(b: u8) -> usize {
    match b {
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => 1,
    }
}

/// Byte length of the first `n` characters of `d`.
fn char_bytes(d: &[u8], n: usize) -> usize {
    let mut i = 0;
    for _ in 0..n {
        match d.get(i) {
            Some(&b) => i = (i + utf8_width(b)).min(d.len()),
            None => break,
        }
    }
    i
}

// ------------------------------------------------------------ memory streams

fn mem_init(vm: &mut Vm, a: &Args, text: bool) -> PyResult<Value> {
    let cls = vm.arg(a, 0);
    let init = vm.arg(a, 1);
    // The initial contents and the capacity to preallocate.
    let (data, cap) = if a.n < 2 || init.is_none() {
        (Vec::new(), 0)
    } else if let Some(n) = init.as_int() {
        (Vec::new(), usize::try_from(n).unwrap_or(0))
    } else {
        if text && !vm.is_str(init) {
            let m = alloc::format!(
                "initial_value must be str or None, not {}",
                vm.type_name(init)
            );
            return Err(vm.type_error(&m));
        }
        if !text && vm.is_str(init) {
            return Err(vm.type_error("a bytes-like object is required, not 'str'"));
        }
        let Some(d) = stream::bytes_of(vm, init) else {
            let m = alloc::format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(init)
            );
            return Err(vm.type_error(&m));
        };
        (d, 0)
    };
    let o = pycopy_vm::objects::class::new_instance(vm, cls)?;
    let mark = vm.push_root(o);
    let r = (|| {
        util::set_attr(vm, vm.root(mark), "_p", Value::from_small(0))?;
        util::set_attr(vm, vm.root(mark), "_t", Value::bool(text))?;
        util::set_attr(vm, vm.root(mark), "_c", Value::FALSE)?;
        rawbuf::init(vm, vm.root(mark), &data, cap)?;
        Ok(vm.root(mark))
    })();
    vm.pop_roots(mark);
    r
}

fn stringio_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    mem_init(vm, &a, true)
}

fn bytesio_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    mem_init(vm, &a, false)
}

/// `(pos, text)` of an open memory stream (its bytes: `rawbuf::state`).
fn mem_state(vm: &mut Vm, o: Value) -> PyResult<(usize, bool)> {
    let mark = vm.push_root(o);
    let r = (|| {
        if util::attr_int(vm, vm.root(mark), "_c")? != 0 {
            return Err(closed_error(vm));
        }
        let p = util::attr_int(vm, vm.root(mark), "_p")?.max(0) as usize;
        let t = is_text(vm, vm.root(mark))?;
        Ok((p, t))
    })();
    vm.pop_roots(mark);
    r
}

fn set_pos(vm: &mut Vm, o: Value, p: usize) -> PyResult<()> {
    let v = util::int(vm, p as i64)?;
    util::set_attr(vm, o, "_p", v)
}

/// The bytes from the position on, of at most `max` bytes (`max` counting
/// characters for a text stream when `chars`), with the position and the
/// text flag. Nothing is allocated on the heap.
fn mem_rest(vm: &mut Vm, o: Value, max: Option<usize>) -> PyResult<(Vec<u8>, usize, bool)> {
    let (p, t) = mem_state(vm, o)?;
    let (blk, n) = rawbuf::state(vm, o)?;
    let d = rawbuf::bytes(vm, blk, n);
    let rest = d.get(p.min(d.len())..).unwrap_or(&[]);
    let k = match max {
        None => rest.len(),
        Some(m) if t => char_bytes(rest, m),
        Some(m) => m.min(rest.len()),
    };
    Ok((rest.get(..k).unwrap_or(&[]).to_vec(), p, t))
}

fn mem_read(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let n = size_arg(vm, &a, 1)?;
    let (d, p, t) = mem_rest(vm, o, n)?;
    let o = vm.arg(&a, 0);
    set_pos(vm, o, p + d.len())?;
    result(vm, t, &d)
}

fn mem_readline(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let limit = size_arg(vm, &a, 1)?;
    let (rest, p, t) = mem_rest(vm, o, limit)?;
    let k = rest
        .iter()
        .position(|&c| c == b'\n')
        .map_or(rest.len(), |i| i + 1);
    let line = rest.get(..k).unwrap_or(&[]);
    let o = vm.arg(&a, 0);
    set_pos(vm, o, p + line.len())?;
    result(vm, t, line)
}

/// `readinto(buf[, size])`: copies into `buf` in place.
fn mem_readinto(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (o, buf) = (vm.arg(&a, 0), vm.arg(&a, 1));
    let mut n = stream::buffer_len(vm, buf)?;
    if let Some(m) = size_arg(vm, &a, 2)? {
        n = n.min(m);
    }
    let (p, _) = mem_state(vm, o)?;
    let (blk, len) = rawbuf::state(vm, o)?;
    let d = rawbuf::bytes(vm, blk, len);
    let chunk = d.get(p.min(d.len())..).unwrap_or(&[]);
    let chunk = chunk.get(..n.min(chunk.len())).unwrap_or(&[]).to_vec();
    let buf = vm.arg(&a, 1);
    let k = stream::fill_buffer(vm, buf, 0, &chunk)?;
    let o = vm.arg(&a, 0);
    set_pos(vm, o, p + k)?;
    util::int(vm, k as i64)
}

fn mem_write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let (p, t) = mem_state(vm, o)?;
    let data = write_data(vm, &a, t)?;
    let o = vm.arg(&a, 0);
    rawbuf::write_at(vm, o, p, &data)?;
    let o = vm.arg(&a, 0);
    set_pos(vm, o, p + data.len())?;
    util::int(vm, written(&data, t))
}

fn mem_seek(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let (p, _) = mem_state(vm, o)?;
    let x = vm.arg(&a, 1);
    let off = util::to_int(vm, x, "offset")?;
    let whence = if a.n > 2 {
        let w = vm.arg(&a, 2);
        util::to_int(vm, w, "whence")?
    } else {
        0
    };
    let base = match whence {
        0 => 0,
        1 => p as i64,
        2 => {
            let o = vm.arg(&a, 0);
            rawbuf::state(vm, o)?.1 as i64
        }
        _ => {
            let m = alloc::format!("invalid whence ({whence}, should be 0, 1 or 2)");
            return Err(vm.value_error(&m));
        }
    };
    if whence == 0 && off < 0 {
        let m = alloc::format!("negative seek value {off}");
        return Err(vm.value_error(&m));
    }
    // As MicroPython: a relative seek before the start stops at 0.
    let np = base.saturating_add(off).max(0);
    let o = vm.arg(&a, 0);
    set_pos(vm, o, np as usize)?;
    util::int(vm, np)
}

fn mem_tell(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let (p, _) = mem_state(vm, o)?;
    util::int(vm, p as i64)
}

fn mem_getvalue(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let (_, t) = mem_state(vm, o)?;
    let d = rawbuf::to_vec(vm, o)?;
    result(vm, t, &d)
}

/// `truncate([size])`: cuts the data at `size` (default: the position);
/// the position does not move. Returns the new size.
fn mem_truncate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let (p, _) = mem_state(vm, o)?;
    let n = size_arg(vm, &a, 1)?.unwrap_or(p);
    let o = vm.arg(&a, 0);
    let len = rawbuf::state(vm, o)?.1;
    if n < len {
        rawbuf::set_len(vm, o, n)?;
    }
    util::int(vm, n.min(len) as i64)
}

fn flush(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    if util::attr_int(vm, o, "_c")? != 0 {
        return Err(closed_error(vm));
    }
    Ok(Value::NONE)
}

fn close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    util::set_attr(vm, o, "_c", Value::TRUE)?;
    Ok(Value::NONE)
}

fn enter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(vm.arg(&a, 0))
}

fn exit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    util::call_method(vm, o, "close", &[])?;
    Ok(Value::NONE)
}

/// `__next__` of every stream: the next line, StopIteration at the end.
fn next_line(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let l = util::call_method(vm, o, "readline", &[])?;
    let empty =
        vm.str_of(l).is_some_and(str::is_empty) || bytes::data(vm, l).is_some_and(<[u8]>::is_empty);
    if empty {
        return Err(vm.stop_iteration());
    }
    Ok(l)
}

fn readlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let l = list::new_list(vm, 4)?;
    let mark = vm.push_root(l);
    vm.push_root(o);
    let r = (|| loop {
        let line = util::call_method(vm, vm.root(mark + 1), "readline", &[])?;
        let empty = vm.str_of(line).is_some_and(str::is_empty)
            || bytes::data(vm, line).is_some_and(<[u8]>::is_empty);
        if empty {
            return Ok(vm.root(mark));
        }
        list::append(vm, vm.root(mark), line)?;
    })();
    vm.pop_roots(mark);
    r
}

/// `IOBase.readinto` for Python streams that only define `read`.
fn base_readinto(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (o, buf) = (vm.arg(&a, 0), vm.arg(&a, 1));
    let n = stream::buffer_len(vm, buf)?;
    let rd = util::attr(vm, o, "read")?;
    let d = vm.call(rd, &[Value::int(n as i64).unwrap_or(Value::NONE)])?;
    if d.is_none() {
        return Ok(Value::NONE);
    }
    let data = stream::bytes_of(vm, d).unwrap_or_default();
    let k = stream::fill_buffer(vm, buf, 0, &data)?;
    util::int(vm, k as i64)
}

// ------------------------------------------------------------ files

/// Parses an `open()` mode: (hal mode, binary).
fn parse_mode(m: &str) -> Option<(OpenMode, bool)> {
    let mut om = OpenMode {
        read: false,
        write: false,
        append: false,
        create: false,
        truncate: false,
        exclusive: false,
    };
    let mut binary = false;
    let mut text = false;
    let mut main = 0;
    for c in m.chars() {
        match c {
            'r' => {
                om.read = true;
                main += 1;
            }
            'w' => {
                om.write = true;
                om.create = true;
                om.truncate = true;
                main += 1;
            }
            'a' => {
                om.write = true;
                om.create = true;
                om.append = true;
                main += 1;
            }
            'x' => {
                om.write = true;
                om.create = true;
                om.exclusive = true;
                main += 1;
            }
            '+' => {
                om.read = true;
                om.write = true;
            }
            'b' => binary = true,
            't' => text = true,
            _ => return None,
        }
    }
    if main != 1 || (binary && text) {
        return None;
    }
    Some((om, binary))
}

/// Makes a file object of class `FileIO` (binary) or `TextIOWrapper`.
pub fn new_file(vm: &mut Vm, fd: i32, binary: bool, name: Value) -> PyResult<Value> {
    let mark = vm.push_root(name);
    let r = (|| {
        let m = pycopy_vm::registry::load(vm, uio_index())?;
        let cls = util::attr(vm, m, if binary { "FileIO" } else { "TextIOWrapper" })?;
        let o = pycopy_vm::objects::class::new_instance(vm, cls)?;
        let om = vm.push_root(o);
        util::set_attr(vm, o, "_fd", Value::from_small(fd))?;
        let o = vm.root(om);
        util::set_attr(vm, o, "_t", Value::bool(!binary))?;
        let o = vm.root(om);
        util::set_attr(vm, o, "_c", Value::FALSE)?;
        let o = vm.root(om);
        util::set_attr(vm, o, "name", vm.root(mark))?;
        Ok(vm.root(om))
    })();
    vm.pop_roots(mark);
    r
}

fn uio_index() -> usize {
    pycopy_vm::registry::find("uio").map_or(usize::MAX, |(i, _)| i)
}

fn open(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(path) = util::arg_or_kw(vm, &a, 0, "file") else {
        return Err(vm.type_error("open() missing required argument 'file'"));
    };
    let p = util::text(vm, path, "file")?;
    let mode = match util::arg_or_kw(vm, &a, 1, "mode") {
        Some(m) if !m.is_none() => util::text(vm, m, "mode")?,
        _ => String::from("r"),
    };
    if let Some(e) = util::arg_or_kw(vm, &a, 3, "encoding") {
        if !e.is_none() {
            let e = util::text(vm, e, "encoding")?.to_ascii_lowercase();
            if !matches!(e.as_str(), "utf-8" | "utf8" | "ascii" | "latin-1") {
                let m = alloc::format!("unknown encoding: {e}");
                return Err(vm.raise(TypeId::LookupError, &m));
            }
        }
    }
    let Some((om, binary)) = parse_mode(&mode) else {
        let m = alloc::format!("invalid mode: '{mode}'");
        return Err(vm.value_error(&m));
    };
    let fd = match vm.hal.file_open(&p, om) {
        Ok(fd) => fd,
        Err(e) => return Err(util::os_error(vm, e)),
    };
    new_file(vm, fd, binary, path)
}

/// `(fd, text)` of an open file.
fn file_state(vm: &mut Vm, o: Value) -> PyResult<(i32, bool)> {
    if util::attr_int(vm, o, "_c")? != 0 {
        return Err(closed_error(vm));
    }
    let fd = util::attr_int(vm, o, "_fd")? as i32;
    let t = is_text(vm, o)?;
    Ok((fd, t))
}

/// Reads up to `n` bytes (all with None); for text completes a cut UTF-8
/// sequence at the end.
fn read_fd(vm: &mut Vm, fd: i32, n: Option<usize>, text: bool) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let want = match n {
            Some(n) => n.saturating_sub(out.len()).min(buf.len()),
            None => buf.len(),
        };
        if want == 0 {
            break;
        }
        match vm.hal.file_read(fd, buf.get_mut(..want).unwrap_or(&mut [])) {
            Ok(0) => break,
            Ok(k) => out.extend_from_slice(buf.get(..k).unwrap_or(&[])),
            Err(e) => return Err(util::os_error(vm, e)),
        }
    }
    if text {
        while core::str::from_utf8(&out).is_err_and(|e| e.error_len().is_none()) {
            let mut one = [0u8; 1];
            match vm.hal.file_read(fd, &mut one) {
                Ok(1) => out.push(one[0]),
                _ => break,
            }
        }
    }
    Ok(out)
}

fn file_read(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let (fd, t) = file_state(vm, o)?;
    let n = size_arg(vm, &a, 1)?;
    let d = read_fd(vm, fd, n, t)?;
    result(vm, t, &d)
}

fn file_readinto(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (o, buf) = (vm.arg(&a, 0), vm.arg(&a, 1));
    let (fd, _) = file_state(vm, o)?;
    let mut n = stream::buffer_len(vm, buf)?;
    if let Some(m) = size_arg(vm, &a, 2)? {
        n = n.min(m);
    }
    let d = read_fd(vm, fd, Some(n), false)?;
    let k = stream::fill_buffer(vm, buf, 0, &d)?;
    util::int(vm, k as i64)
}

fn file_readline(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let (fd, t) = file_state(vm, o)?;
    let limit = size_arg(vm, &a, 1)?;
    let mut out = Vec::new();
    let mut one = [0u8; 1];
    while limit.is_none_or(|l| out.len() < l) {
        match vm.hal.file_read(fd, &mut one) {
            Ok(1) => {
                out.push(one[0]);
                if one[0] == b'\n' {
                    break;
                }
            }
            Ok(_) => break,
            Err(e) => return Err(util::os_error(vm, e)),
        }
    }
    result(vm, t, &out)
}

fn file_write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let (fd, t) = file_state(vm, o)?;
    let d = write_data(vm, &a, t)?;
    match vm.hal.file_write(fd, &d) {
        Ok(_) => util::int(vm, written(&d, t)),
        Err(e) => Err(util::os_error(vm, e)),
    }
}

fn file_seek(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let (fd, _) = file_state(vm, o)?;
    let x = vm.arg(&a, 1);
    let off = util::to_int(vm, x, "offset")?;
    let whence = if a.n > 2 {
        let w = vm.arg(&a, 2);
        util::to_int(vm, w, "whence")?
    } else {
        0
    };
    match vm.hal.file_seek(fd, off, whence.clamp(0, 255) as u8) {
        Ok(p) => util::int(vm, p as i64),
        Err(e) => Err(util::os_error(vm, e)),
    }
}

fn file_tell(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let (fd, _) = file_state(vm, o)?;
    match vm.hal.file_seek(fd, 0, 1) {
        Ok(p) => util::int(vm, p as i64),
        Err(e) => Err(util::os_error(vm, e)),
    }
}

fn file_flush(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let (fd, _) = file_state(vm, o)?;
    // As Pycopy: EINVAL from the sync (pipes, ttys) is not an error.
    match vm.hal.file_flush(fd) {
        Ok(()) | Err(pycopy_vm::hal::errno::EINVAL) => Ok(Value::NONE),
        Err(e) => Err(util::os_error(vm, e)),
    }
}

fn file_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    if util::attr_int(vm, o, "_c")? != 0 {
        return Ok(Value::NONE);
    }
    let fd = util::attr_int(vm, o, "_fd")? as i32;
    util::set_attr(vm, o, "_c", Value::TRUE)?;
    if fd > 2 {
        if let Err(e) = vm.hal.file_close(fd) {
            return Err(util::os_error(vm, e));
        }
    } else {
        let _ = vm.hal.file_flush(fd);
    }
    Ok(Value::NONE)
}

fn file_fileno(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let (fd, _) = file_state(vm, o)?;
    Ok(Value::from_small(fd))
}

fn file_exit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    file_close(vm, Args { n: 1, ..a })
}

// ------------------------------------------------------------ BufferedWriter

/// `BufferedWriter(stream, size)`: collects writes in a `size`-byte buffer
/// (a `rawbuf` store) and passes them on when it is full, on `flush()` and
/// on `close()`.
fn bw_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = vm.arg(&a, 0);
    let size = if a.n > 2 {
        let v = vm.arg(&a, 2);
        util::to_int(vm, v, "size")?.max(1) as usize
    } else {
        256
    };
    let o = pycopy_vm::objects::class::new_instance(vm, cls)?;
    let mark = vm.push_root(o);
    // Read after the allocation: the stream may have moved.
    vm.push_root(vm.arg(&a, 1));
    let r = (|| {
        util::set_attr(vm, vm.root(mark), "_s", vm.root(mark + 1))?;
        let sz = util::int(vm, size as i64)?;
        util::set_attr(vm, vm.root(mark), "_z", sz)?;
        rawbuf::init(vm, vm.root(mark), &[], size)?;
        Ok(vm.root(mark))
    })();
    vm.pop_roots(mark);
    r
}

fn bw_flush_inner(vm: &mut Vm, o: Value) -> PyResult<()> {
    let mark = vm.push_root(o);
    let r = (|| {
        let d = rawbuf::to_vec(vm, vm.root(mark))?;
        if d.is_empty() {
            return Ok(());
        }
        rawbuf::set_len(vm, vm.root(mark), 0)?;
        let s = util::attr(vm, vm.root(mark), "_s")?;
        stream::write_bytes(vm, s, &d)
    })();
    vm.pop_roots(mark);
    r
}

fn bw_write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let data = write_data(vm, &a, false)?;
    let o = vm.arg(&a, 0);
    let cap = util::attr_int(vm, o, "_z")?.max(1) as usize;
    for chunk in data.chunks(cap) {
        let o = vm.arg(&a, 0);
        let len = rawbuf::state(vm, o)?.1;
        if len + chunk.len() > cap {
            bw_flush_inner(vm, o)?;
        }
        let o = vm.arg(&a, 0);
        let len = rawbuf::state(vm, o)?.1;
        rawbuf::write_at(vm, o, len, chunk)?;
    }
    util::int(vm, data.len() as i64)
}

fn bw_flush(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    bw_flush_inner(vm, o)?;
    let o = vm.arg(&a, 0);
    let s = util::attr(vm, o, "_s")?;
    if let Some(f) = util::attr_opt(vm, s, "flush")? {
        vm.call(f, &[])?;
    }
    Ok(Value::NONE)
}

fn bw_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    bw_flush_inner(vm, o)?;
    let o = vm.arg(&a, 0);
    let s = util::attr(vm, o, "_s")?;
    if let Some(f) = util::attr_opt(vm, s, "close")? {
        vm.call(f, &[])?;
    }
    Ok(Value::NONE)
}
