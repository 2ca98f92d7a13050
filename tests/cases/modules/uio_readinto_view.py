# readinto() fills buffers in place: bytearray, memoryview slices (writing through), short reads, read-only refusals
import io

data = io.BytesIO(b"abcdefghij")
buf = bytearray(8)
mv = memoryview(buf)
print(data.readinto(mv[2:5]), buf, data.tell())
print(data.readinto(mv[5:]), buf, data.tell())
print(data.readinto(mv[:3]), buf, data.tell())
print(data.readinto(mv[:3]), buf)
# A slice of a slice still writes into the original bytearray.
data.seek(0)
inner = mv[1:7][2:4]
print(len(inner), data.readinto(inner), buf)
# The view and the bytearray stay the same objects.
print(mv.obj is buf, bytes(mv[1:4]))
# An empty slice reads nothing and does not move the position.
data.seek(3)
print(data.readinto(mv[4:4]), data.tell())
# Readinto a whole bytearray, then a shorter stream than the buffer.
ba = bytearray(b"--------")
print(io.BytesIO(b"xyz").readinto(ba), ba)
# Many reads through views of one preallocated buffer.
src = io.BytesIO(bytes(range(65, 91)))
big = bytearray(26)
view = memoryview(big)
pos = 0
while True:
    n = src.readinto(view[pos:pos + 5])
    if not n:
        break
    pos += n
print(pos, big)
# Read-only buffers are refused.
for target in (b"xx", memoryview(b"xx"), "xx"):
    try:
        io.BytesIO(b"ab").readinto(target)
    except TypeError:
        print("TypeError", type(target).__name__)
