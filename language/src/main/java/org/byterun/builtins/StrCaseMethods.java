package org.byterun.builtins;

import static org.byterun.builtins.BuiltinMethods.method;
import static org.byterun.builtins.StrSupport.noArgs;
import static org.byterun.builtins.StrSupport.self;

import java.util.Locale;
import java.util.function.IntPredicate;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.Repr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** str case mapping (upper, title, casefold, ...) and classification (isalpha, istitle, ...). */
final class StrCaseMethods {
    private StrCaseMethods() {
    }

    @FunctionalInterface
    private interface Mapping {
        String apply(String s);
    }

    static void install() {
        mapping("upper", s -> s.toUpperCase(Locale.ROOT));
        mapping("lower", StrCaseMethods::lower);
        mapping("casefold", StrCaseMethods::casefold);
        mapping("swapcase", StrCaseMethods::swapcase);
        mapping("title", StrCaseMethods::title);
        mapping("capitalize", StrCaseMethods::capitalize);
        everyCodePoint("isalpha", Character::isLetter);
        everyCodePoint("isdecimal", StrCaseMethods::isDecimal);
        everyCodePoint("isdigit", StrCaseMethods::isDigit);
        everyCodePoint("isnumeric", StrCaseMethods::isNumeric);
        everyCodePoint("isalnum", cp -> Character.isLetter(cp) || isNumeric(cp));
        everyCodePoint("isspace", StrSupport::isSpace);
        method(BuiltinTypes.STR, "isprintable", (args, kwNames, kwValues) -> {
            noArgs("isprintable", args, kwNames);
            return self(args, "isprintable").codePoints().allMatch(Repr::isPrintable);
        });
        method(BuiltinTypes.STR, "isascii", (args, kwNames, kwValues) -> {
            noArgs("isascii", args, kwNames);
            return self(args, "isascii").chars().allMatch(c -> c < 128);
        });
        method(BuiltinTypes.STR, "islower", (args, kwNames, kwValues) -> {
            noArgs("islower", args, kwNames);
            return caseOnly(self(args, "islower"), false);
        });
        method(BuiltinTypes.STR, "isupper", (args, kwNames, kwValues) -> {
            noArgs("isupper", args, kwNames);
            return caseOnly(self(args, "isupper"), true);
        });
        method(BuiltinTypes.STR, "istitle", (args, kwNames, kwValues) -> {
            noArgs("istitle", args, kwNames);
            return isTitle(self(args, "istitle"));
        });
        method(BuiltinTypes.STR, "isidentifier", (args, kwNames, kwValues) -> {
            noArgs("isidentifier", args, kwNames);
            return isIdentifier(self(args, "isidentifier"));
        });
    }

    private static void mapping(String name, Mapping m) {
        method(BuiltinTypes.STR, name, (args, kwNames, kwValues) -> {
            noArgs(name, args, kwNames);
            return apply(m, self(args, name));
        });
    }

    @TruffleBoundary
    private static String apply(Mapping m, String s) {
        return m.apply(s);
    }

    /** isX(): true when non-empty and every code point passes. */
    private static void everyCodePoint(String name, IntPredicate p) {
        method(BuiltinTypes.STR, name, (args, kwNames, kwValues) -> {
            noArgs(name, args, kwNames);
            String s = self(args, name);
            return !s.isEmpty() && allMatch(s, p);
        });
    }

    @TruffleBoundary
    private static boolean allMatch(String s, IntPredicate p) {
        return s.codePoints().allMatch(p);
    }

    private static boolean isDecimal(int cp) {
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** Numeric_Type Digit or Decimal: Nd, and No characters such as superscripts with a value 0..9. */
    private static boolean isDigit(int cp) {
        if (isDecimal(cp)) {
            return true;
        }
        int v = Character.getNumericValue(cp);
        return Character.getType(cp) == Character.OTHER_NUMBER && v >= 0 && v <= 9;
    }

    /** Ideographs with a Unihan numeric value (一, 万, 零, ...): numeric although their category is Lo. */
    private static final String CJK_NUMERIC = "\u3405\u3483\u382a\u3b4d\u4e00\u4e03\u4e07\u4e09\u4e24\u4e5d\u4e8c\u4e94\u4e96\u4eac\u4ebf\u4ec0\u4edf\u4ee8\u4f0d\u4f70\u4fe9\u5006\u5104\u5146\u5169\u516b\u516d\u5341\u5343\u5344\u5345\u534c\u53c1\u53c2\u53c3\u53c4\u56db\u58f1\u58f9\u5e7a\u5efe\u5eff\u5f0c\u5f0d\u5f0e\u5f10\u62d0\u62fe\u634c\u67d2\u6d1e\u6f06\u7396\u767e\u7695\u79ed\u8086\u842c\u8cae\u8cb3\u8d30\u920e\u94a9\u9621\u9646\u964c\u9678\u96f6\uf96b\uf973\uf978\uf9b2\uf9d1\uf9d3\uf9fd";
    private static final int[] CJK_NUMERIC_SUPPLEMENTARY = {0x20001, 0x20064, 0x200e2, 0x20121, 0x2092a, 0x20983, 0x2098c, 0x2099c, 0x20aea, 0x20afd, 0x20b19, 0x22390, 0x22998, 0x23b1b, 0x2626d, 0x2f890};

    private static boolean isNumeric(int cp) {
        int t = Character.getType(cp);
        if (t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER) {
            return true;
        }
        if (t != Character.OTHER_LETTER) {
            return false;
        }
        return cp < 0x10000 ? CJK_NUMERIC.indexOf(cp) >= 0 : java.util.Arrays.binarySearch(CJK_NUMERIC_SUPPLEMENTARY, cp) >= 0;
    }

    private static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    private static String fullLower(int cp) {
        return new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
    }

    /** The full lowercase of the code point {@code cp} at {@code i} in {@code s}: Σ becomes ς in the Final_Sigma context. */
    private static String lowerAt(String s, int i, int cp) {
        return cp == 0x3A3 && isFinalSigma(s, i) ? "\u03C2" : fullLower(cp);
    }

    /** CPython's handle_capital_sigma: cased, case-ignorables, Σ at i, and no case-ignorables-then-cased after it. */
    private static boolean isFinalSigma(String s, int i) {
        int j = i;
        int c = 0;
        while (j > 0) {
            c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                break;
            }
        }
        if (j == i || isCaseIgnorable(c) || !isCased(c)) {
            return false;
        }
        for (j = i + 1; j < s.length(); ) {
            c = s.codePointAt(j);
            j += Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                return !isCased(c);
            }
        }
        return true;
    }

    /** Unicode's Case_Ignorable, approximated by general category plus the Word_Break MidLetter/MidNumLet/Single_Quote characters. */
    private static boolean isCaseIgnorable(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT || t == Character.MODIFIER_LETTER
                        || t == Character.MODIFIER_SYMBOL || cp == '\'' || cp == '.' || cp == ':' || cp == 0xB7 || cp == 0x2018 || cp == 0x2019
                        || cp == 0x2024 || cp == 0x2027 || cp == 0xFE13 || cp == 0xFE52 || cp == 0xFE55 || cp == 0xFF07 || cp == 0xFF0E || cp == 0xFF1A;
    }

    private static String fullUpper(int cp) {
        return new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
    }

    /** Full title-case mapping: simple titlecase, or SpecialCasing's upper-then-lower form ("ß" -> "Ss"). */
    private static String fullTitle(int cp) {
        int t = Character.toTitleCase(cp);
        if (t != cp && Character.isTitleCase(t)) {
            return new String(Character.toChars(t));
        }
        String up = fullUpper(cp);
        if (up.codePointCount(0, up.length()) > 1) {
            // SpecialCasing's titlecase keeps everything up to the first cased letter ("ŉ" -> "ʼN")
            int i = 0;
            while (i < up.length()) {
                int c = up.codePointAt(i);
                i += Character.charCount(c);
                if (isCased(c)) {
                    break;
                }
            }
            return up.substring(0, i) + up.substring(i).toLowerCase(Locale.ROOT);
        }
        return new String(Character.toChars(Character.toTitleCase(cp)));
    }

    /**
     * Full case folding, approximated as lower(upper(lower(c))) per code point. Dotless i folds only
     * in Turkic; Cherokee folds to its uppercase letters.
     */
    private static String casefold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == 0x131) {
                sb.appendCodePoint(cp);
            } else if ((cp >= 0x13a0 && cp <= 0x13fd) || (cp >= 0xab70 && cp <= 0xabbf)) {
                sb.append(fullUpper(cp));
            } else {
                fullLower(cp).toUpperCase(Locale.ROOT).codePoints().forEach(u -> sb.append(fullLower(u)));
            }
        });
        return sb.toString();
    }

    /** Full lowercase with CPython's Final_Sigma rule (Java's own rule differs around punctuation). */
    private static String lower(String s) {
        if (s.indexOf('\u03A3') < 0) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            sb.append(lowerAt(s, i, cp));
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isUpperCase(cp)) {
                sb.append(lowerAt(s, i, cp));
            } else if (Character.isLowerCase(cp)) {
                sb.append(fullUpper(cp));
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            sb.append(previousCased ? lowerAt(s, i, cp) : fullTitle(cp));
            i += Character.charCount(cp);
            previousCased = isCased(cp);
        }
        return sb.toString();
    }

    private static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        StringBuilder sb = new StringBuilder(fullTitle(first));
        for (int i = Character.charCount(first); i < s.length(); ) {
            int cp = s.codePointAt(i);
            sb.append(lowerAt(s, i, cp));
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** islower/isupper: at least one cased code point, and none of the opposite case (or titlecase). */
    @TruffleBoundary
    private static boolean caseOnly(String s, boolean upper) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isTitleCase(cp) || (upper ? Character.isLowerCase(cp) : Character.isUpperCase(cp))) {
                return false;
            }
            cased |= upper ? Character.isUpperCase(cp) : Character.isLowerCase(cp);
        }
        return cased;
    }

    @TruffleBoundary
    private static boolean isTitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (Character.isLowerCase(cp)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    @TruffleBoundary
    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
            return false;
        }
        for (int i = Character.charCount(first); i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) {
                return false;
            }
        }
        return true;
    }
}
