# str.maketrans (a static method) with translate: two strings, deletions, dict forms, errors
t = str.maketrans("abc", "xyz", "d")
print(t, "abcdef".translate(t), "dddd".translate(t))
lower = "abcdefghijklmnopqrstuvwxyz"
rot13 = str.maketrans(lower + lower.upper(), lower[13:] + lower[:13] + lower.upper()[13:] + lower.upper()[:13])
secret = "Hello, World! Why did the chicken cross the road?".translate(rot13)
print(secret, secret.translate(rot13))
print(str.maketrans({"a": "1", 98: None, "\U0001F600": ":-)"}), "a b \U0001F600".translate(str.maketrans({"a": "1", 98: None, "\U0001F600": ":-)"})))
vowels = str.maketrans("", "", "aeiouAEIOU")
print("Programming in Python is fun".translate(vowels), "".translate(vowels))
print("caf\u00e9 na\u00efve".translate(str.maketrans("\u00e9\u00ef", "ei")), str.upper("q"), str.join("-", ["a", "b"]))
for bad in [lambda: str.maketrans(1), lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1, 2),
            lambda: str.maketrans(), lambda: str.maketrans({1.5: 1}), lambda: str.maketrans(1, "a"), lambda: str.maketrans("a", "b", 3),
            lambda: str.maketrans("a", "b", "c", "d")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
