samples = [b"", b"abc", b"ABC", b"Abc1", b"123", b" \t\n", b"hello world", b"\xff", b"a-b_c"]
for s in samples:
    print(s, s.isalpha(), s.isalnum(), s.isdigit(), s.isspace(), s.isascii(), s.islower(), s.isupper())
print(b"hello world".title(), b"hELLO".swapcase(), b"hELLO wORLD".capitalize(), b"o'neil x2y".title())
print(b"ab".ljust(5, b"*"), b"ab".rjust(5), b"ab".center(7, b"-"), b"abc".center(6, b"."), b"ab".center(1), b"42".zfill(5), b"-42".zfill(6))
print(b"key=value=x".partition(b"="), b"key=value=x".rpartition(b"="), b"nokey".partition(b"="), b"nokey".rpartition(b"="))
print(b"prefix-body".removeprefix(b"prefix-"), b"body.txt".removesuffix(b".txt"), b"x".removeprefix(b"y"))
print(b"a,b,c,d".rsplit(b",", 2), b"a,b".rsplit(b","), b" a b ".rsplit(), bytearray(b"a=b").partition(b"="))
for bad in [lambda: b"x".partition(b""), lambda: b"x".ljust(3, b"ab"), lambda: b"x".removeprefix("x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
