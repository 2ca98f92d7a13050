# open(): text and binary files, modes w/r/a/x, seek/tell, iteration, with
name = "_tmp_uio_file.txt"
with open(name, "w") as f:
    print(f.write("alpha\n"), f.write("beta\n"))
with open(name, "a") as f:
    f.write("gamma\n")
with open(name) as f:
    print(f.readline(), end="")
    print(f.read())
with open(name, "rb") as f:
    print(f.read(5), f.tell())
    f.seek(0)
    print(f.readlines())
with open(name, encoding="utf-8") as f:
    print([l.strip() for l in f])
with open(name, "wb") as f:
    f.write(b"\x00\x01\x02")
f = open(name, "rb")
buf = bytearray(2)
print(f.readinto(buf), buf)
f.close()
f.close()
try:
    open(name, "x")
except OSError:
    print("OSError exists")
try:
    open("_no_such_dir_/x.txt")
except OSError:
    print("OSError missing")
try:
    open(name, "rw")
except ValueError:
    print("ValueError mode")
