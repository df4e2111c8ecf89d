# String slicing, reversal and palindrome utilities.
s = "Programming"
print(s[0], s[-1], s[3:7], s[:4], s[4:], s[::2], s[1::2], s[::-1], s[-3:], s[:-3])
print(s[100:], s[-100:3], s[5:2], repr(s[5:5]))

def is_palindrome(text):
    cleaned = "".join([ch.lower() for ch in text if ch.isalnum()])
    return cleaned == cleaned[::-1]

for t in ["racecar", "A man, a plan, a canal: Panama!", "Was it a car or a cat I saw?", "hello", "", "No 'x' in Nixon", "12321", "123 21"]:
    print(repr(t), is_palindrome(t))

def longest_palindrome(text):
    best = ""
    for center in range(len(text)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(text) and text[lo] == text[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = text[lo + 1:hi]
    return best

for t in ["babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "x", "abcd"]:
    print(t, "->", longest_palindrome(t))

# reversing words vs characters
sentence = "the quick brown fox"
print(" ".join(sentence.split()[::-1]), "|", " ".join([w[::-1] for w in sentence.split()]))

# rotations and substring checks
def is_rotation(a, b):
    return len(a) == len(b) and b in a + a

print(is_rotation("waterbottle", "erbottlewat"), is_rotation("abc", "acb"), is_rotation("", ""))

# chunks and interleaving
def chunks(text, n):
    return [text[i:i + n] for i in range(0, len(text), n)]

print(chunks("abcdefghij", 3), chunks("", 2), chunks("ab", 5))
a, b = "ACEG", "BDFHIJ"
print("".join([x + y for x, y in zip(a, b)]) + b[len(a):])

# all substrings of length k and unique ones sorted
word = "banana"
subs = [word[i:i + 3] for i in range(len(word) - 2)]
print(subs, sorted(set(subs)))

# negative step slices with bounds
alpha = "abcdefghij"
print(alpha[8:2:-2], alpha[-2:-8:-3], alpha[:3:-1], alpha[3::-1], alpha[::-4])

# unicode slicing works on code points
u = "naïve café 日本語"
print(u[::-1], u[2:4], len(u), u[-3:])
