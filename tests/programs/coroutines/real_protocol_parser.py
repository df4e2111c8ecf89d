# An async protocol parser as a state machine fed byte chunks: a length-prefixed framing layer with
# headers, read through an async stream; malformed frames, split chunks and a final summary.


class NeedData:
    def __await__(self):
        yield "need-data"


class ProtocolError(Exception):
    pass


class Stream:
    def __init__(self):
        self.buf = bytearray()
        self.eof = False
        self.waits = 0
        self.skipped = []

    def feed(self, data):
        self.buf += data

    async def read_exactly(self, n):
        while len(self.buf) < n:
            if self.eof:
                raise EOFError(f"wanted {n} bytes, have {len(self.buf)}")
            self.waits += 1
            await NeedData()
        out = bytes(self.buf[:n])
        del self.buf[:n]
        return out

    async def read_line(self):
        while b"\r\n" not in self.buf:
            if self.eof:
                raise EOFError("unterminated line")
            if len(self.buf) > 64:
                raise ProtocolError("line too long")
            self.waits += 1
            await NeedData()
        i = self.buf.index(b"\r\n")
        line = bytes(self.buf[:i])
        del self.buf[:i + 2]
        return line.decode("ascii")


async def read_frame(stream):
    start = await stream.read_line()
    if not start.startswith("MSG "):
        raise ProtocolError(f"bad start line {start!r}")
    kind = start[4:]
    headers = {}
    while True:
        line = await stream.read_line()
        if line == "":
            break
        if ":" not in line:
            raise ProtocolError(f"bad header {line!r}")
        k, v = line.split(":", 1)
        headers[k.strip().lower()] = v.strip()
    length = int(headers.get("length", "0"))
    body = await stream.read_exactly(length)
    return kind, headers, body


async def frames(stream):
    while True:
        while not stream.buf and not stream.eof:
            await NeedData()
        if not stream.buf:
            return
        try:
            yield await read_frame(stream)
        except ProtocolError as e:
            yield "error", {}, str(e).encode()
            skipped = 0
            while await stream.read_line() != "":
                skipped += 1
            stream.skipped.append(skipped)


async def handle(stream, log):
    stats = {}
    async for kind, headers, body in frames(stream):
        stats[kind] = stats.get(kind, 0) + 1
        if kind == "error":
            log.append(f"protocol error: {body.decode()}")
        elif kind == "PING":
            log.append("ping -> pong")
        elif kind == "DATA":
            log.append(f"data {headers.get('type', '?')} {body!r} sum={sum(body)}")
        else:
            log.append(f"unknown kind {kind} with {sorted(headers)}")
    return stats


WIRE = (b"MSG PING\r\n\r\n"
        b"MSG DATA\r\nLength: 5\r\nType: text\r\n\r\nhello"
        b"HELLO THERE\r\nx\r\n\r\n"
        b"MSG DATA\r\nlength: 3\r\n\r\n\x01\x02\x03"
        b"MSG NOTE\r\nB: 1\r\nA: 2\r\n\r\n"
        b"MSG DATA\r\nbroken header\r\n\r\n"
        b"MSG DATA\r\nLength: 2\r\n\r\nok")


def drive(chunks):
    stream = Stream()
    log = []
    coro = handle(stream, log)
    fed = 0
    try:
        coro.send(None)
        for chunk in chunks:
            stream.feed(chunk)
            fed += 1
            coro.send(None)
        stream.eof = True
        while True:
            coro.send(None)
    except StopIteration as e:
        log.append(f"skipped lines {stream.skipped}")
        return e.value, log, fed, stream.waits


for size in (len(WIRE), 7, 1):
    chunks = [WIRE[i:i + size] for i in range(0, len(WIRE), size)]
    stats, log, fed, waits = drive(chunks)
    print(f"chunk size {size}: {len(chunks)} chunks, fed {fed}, stats {stats}")
    if size != 1:
        for line in log:
            print("  ", line)
    else:
        print("  same log as before:", log == previous)
    previous = log

try:
    drive([b"MSG DATA\r\nLength: 10\r\n\r\nshort"])
except EOFError as e:
    print("EOFError:", e)
