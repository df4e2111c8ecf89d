package org.byterun.runtime;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Searching, splitting and transforming byte strings: the shared work of bytes and bytearray methods. */
public final class BytesOps {
    private BytesOps() {
    }

    /** Index of {@code sub} in {@code data[start, end)}, or -1. */
    public static int find(byte[] data, byte[] sub, int start, int end) {
        for (int i = start; i + sub.length <= end; i++) {
            if (regionMatches(data, i, sub)) {
                return i;
            }
        }
        return -1;
    }

    public static int rfind(byte[] data, byte[] sub, int start, int end) {
        for (int i = end - sub.length; i >= start; i--) {
            if (regionMatches(data, i, sub)) {
                return i;
            }
        }
        return -1;
    }

    public static boolean regionMatches(byte[] data, int at, byte[] sub) {
        if (at < 0 || at + sub.length > data.length) {
            return false;
        }
        for (int j = 0; j < sub.length; j++) {
            if (data[at + j] != sub[j]) {
                return false;
            }
        }
        return true;
    }

    /** Non-overlapping occurrences of {@code sub} in {@code data[start, end)}. */
    public static int count(byte[] data, byte[] sub, int start, int end) {
        if (sub.length == 0) {
            return Math.max(0, end - start + 1);
        }
        int n = 0;
        for (int i = start; i + sub.length <= end; ) {
            if (regionMatches(data, i, sub)) {
                n++;
                i += sub.length;
            } else {
                i++;
            }
        }
        return n;
    }

    @TruffleBoundary
    public static byte[] replace(byte[] data, byte[] old, byte[] replacement, long maxCount) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        long done = 0;
        while (i <= data.length) {
            boolean match = (maxCount < 0 || done < maxCount) && regionMatches(data, i, old);
            if (match) {
                out.writeBytes(replacement);
                done++;
                if (old.length == 0) {
                    if (i < data.length) {
                        out.write(data[i]);
                    }
                    i++;
                } else {
                    i += old.length;
                }
            } else {
                if (i < data.length) {
                    out.write(data[i]);
                }
                i++;
            }
        }
        return out.toByteArray();
    }

    /** split(): on runs of ASCII whitespace when {@code sep} is null, else on each {@code sep}. */
    @TruffleBoundary
    public static List<byte[]> split(byte[] data, byte[] sep, long maxSplit) {
        List<byte[]> parts = new ArrayList<>();
        if (sep == null) {
            int i = 0;
            while (true) {
                while (i < data.length && isSpace(data[i])) {
                    i++;
                }
                if (i == data.length) {
                    break;
                }
                if (maxSplit >= 0 && parts.size() == maxSplit) {
                    int end = data.length;
                    while (end > i && isSpace(data[end - 1])) {
                        end--;
                    }
                    parts.add(Arrays.copyOfRange(data, i, end));
                    break;
                }
                int j = i;
                while (j < data.length && !isSpace(data[j])) {
                    j++;
                }
                parts.add(Arrays.copyOfRange(data, i, j));
                i = j;
            }
            return parts;
        }
        if (sep.length == 0) {
            throw PyErrors.valueError("empty separator");
        }
        int start = 0;
        while (maxSplit < 0 || parts.size() < maxSplit) {
            int at = find(data, sep, start, data.length);
            if (at < 0) {
                break;
            }
            parts.add(Arrays.copyOfRange(data, start, at));
            start = at + sep.length;
        }
        parts.add(Arrays.copyOfRange(data, start, data.length));
        return parts;
    }

    public static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0b || b == 0x0c;
    }

    /** strip/lstrip/rstrip: {@code chars} null means ASCII whitespace. */
    public static byte[] strip(byte[] data, byte[] chars, boolean left, boolean right) {
        int i = 0;
        int j = data.length;
        while (left && i < j && stripped(data[i], chars)) {
            i++;
        }
        while (right && j > i && stripped(data[j - 1], chars)) {
            j--;
        }
        return Arrays.copyOfRange(data, i, j);
    }

    private static boolean stripped(byte b, byte[] chars) {
        if (chars == null) {
            return isSpace(b);
        }
        for (byte c : chars) {
            if (c == b) {
                return true;
            }
        }
        return false;
    }

    /** ASCII-only case mapping, as bytes.upper()/lower() do. */
    public static byte[] mapCase(byte[] data, boolean upper) {
        byte[] r = data.clone();
        for (int i = 0; i < r.length; i++) {
            if (upper && r[i] >= 'a' && r[i] <= 'z') {
                r[i] -= 32;
            } else if (!upper && r[i] >= 'A' && r[i] <= 'Z') {
                r[i] += 32;
            }
        }
        return r;
    }

    @TruffleBoundary
    public static String hex(byte[] data, String sep) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < data.length; i++) {
            if (i > 0 && sep != null) {
                sb.append(sep);
            }
            sb.append(Character.forDigit((data[i] >> 4) & 0xF, 16)).append(Character.forDigit(data[i] & 0xF, 16));
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static byte[] fromHex(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (hi < 0 || c > 0x7f) {
                throw PyErrors.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            int lo = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (lo < 0) {
                throw PyErrors.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }
}
