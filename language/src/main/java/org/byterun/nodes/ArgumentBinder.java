package org.byterun.nodes;

import org.byterun.loader.CodeObject;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyFunction;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.Repr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Binds call arguments to a function's parameters as CPython does, producing the frame arguments
 * {@code [function, globals, null, parameters...]} (see {@link FrameArgs}).
 */
public final class ArgumentBinder {
    private ArgumentBinder() {
    }

    /** Positional arguments, one per parameter. */
    static final int EXACT = 0;
    /** Fewer positional arguments than parameters: the rest come from the function's defaults. */
    static final int DEFAULTS = 1;
    /** One per named parameter, the rest into *args (if there is one), and an empty **kwargs (if there is one). */
    static final int STAR = 2;
    /** Anything else: keyword-only parameters, or too many/few arguments for the shapes above. */
    static final int GENERAL = -1;

    /** How a call with {@code nargs} positional arguments and no keywords binds to {@code code}'s parameters. */
    static int shape(CodeObject code, int nargs) {
        if (code.kwOnlyArgCount != 0) {
            return GENERAL;
        }
        if ((code.flags & (CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS)) == 0) {
            return nargs == code.argCount ? EXACT : nargs < code.argCount ? DEFAULTS : GENERAL;
        }
        boolean varargs = (code.flags & CodeObject.CO_VARARGS) != 0;
        return nargs == code.argCount || varargs && nargs > code.argCount ? STAR : GENERAL;
    }

    @TruffleBoundary
    public static Object[] bind(PyFunction fn, Object[] positional, String[] kwNames, Object[] kwValues) {
        CodeObject code = fn.getCode();
        int nParams = code.totalArgCount();
        Object[] frameArgs = new Object[FrameArgs.FIRST_PARAM + nParams];
        frameArgs[FrameArgs.FUNCTION] = fn;
        frameArgs[FrameArgs.GLOBALS] = fn.getGlobals();
        Object[] params = new Object[nParams];
        int argCount = code.argCount;
        boolean hasVarargs = (code.flags & CodeObject.CO_VARARGS) != 0;
        boolean hasVarkw = (code.flags & CodeObject.CO_VARKEYWORDS) != 0;
        int varargsIndex = argCount + code.kwOnlyArgCount;
        int varkwIndex = varargsIndex + (hasVarargs ? 1 : 0);
        String[] names = code.localsPlusNames;

        int n = Math.min(positional.length, argCount);
        System.arraycopy(positional, 0, params, 0, n);
        if (hasVarargs) {
            Object[] extra = new Object[Math.max(0, positional.length - argCount)];
            System.arraycopy(positional, n, extra, 0, extra.length);
            params[varargsIndex] = PyTuple.of(extra);
        } else if (positional.length > argCount) {
            throw tooManyPositional(fn, positional.length, kwNames);
        }
        PyDict varkw = hasVarkw ? new PyDict() : null;
        if (hasVarkw) {
            params[varkwIndex] = varkw;
        }
        for (int k = 0; k < kwNames.length; k++) {
            String name = kwNames[k];
            int index = -1;
            for (int p = code.posOnlyArgCount; p < argCount + code.kwOnlyArgCount; p++) {
                if (names[p].equals(name)) {
                    index = p;
                    break;
                }
            }
            if (index < 0) {
                if (varkw != null) {
                    if (varkw.get(name) != null) {
                        throw PyErrors.typeError(fn.getQualname() + "() got multiple values for keyword argument '" + name + "'");
                    }
                    varkw.put(name, kwValues[k]);
                    continue;
                }
                if (isPositionalOnly(code, name)) {
                    throw positionalOnlyPassedByKeyword(fn, kwNames);
                }
                throw PyErrors.typeError(fn.getQualname() + "() got an unexpected keyword argument '" + name + "'");
            }
            if (params[index] != null) {
                throw PyErrors.typeError(fn.getQualname() + "() got multiple values for argument '" + name + "'");
            }
            params[index] = kwValues[k];
        }
        applyDefaults(fn, code, params);
        System.arraycopy(params, 0, frameArgs, FrameArgs.FIRST_PARAM, nParams);
        return frameArgs;
    }

    private static boolean isPositionalOnly(CodeObject code, String name) {
        for (int p = 0; p < code.posOnlyArgCount; p++) {
            if (code.localsPlusNames[p].equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** CPython names every positional-only parameter that was passed by keyword, in one quoted list. */
    private static RuntimeException positionalOnlyPassedByKeyword(PyFunction fn, String[] kwNames) {
        StringBuilder names = new StringBuilder();
        for (String k : kwNames) {
            if (isPositionalOnly(fn.getCode(), k)) {
                names.append(names.length() > 0 ? ", " : "").append(k);
            }
        }
        return PyErrors.typeError(fn.getQualname() + "() got some positional-only arguments passed as keyword arguments: '" + names + "'");
    }

    private static void applyDefaults(PyFunction fn, CodeObject code, Object[] params) {
        int argCount = code.argCount;
        Object[] defaults = fn.getDefaults();
        int nDefaults = defaults == null ? 0 : defaults.length;
        StringBuilder missing = null;
        int missingCount = 0;
        for (int p = 0; p < argCount; p++) {
            if (params[p] == null) {
                int d = p - (argCount - nDefaults);
                if (d >= 0) {
                    params[p] = defaults[d];
                } else {
                    missingCount++;
                    missing = appendName(missing, code.localsPlusNames[p]);
                }
            }
        }
        if (missingCount > 0) {
            throw missingArguments(fn, missingCount, missing, "positional");
        }
        PyDict kwDefaults = fn.getKwDefaults();
        for (int p = argCount; p < argCount + code.kwOnlyArgCount; p++) {
            if (params[p] == null) {
                Object v = kwDefaults == null ? null : kwDefaults.get(code.localsPlusNames[p]);
                if (v != null) {
                    params[p] = v;
                } else {
                    missingCount++;
                    missing = appendName(missing, code.localsPlusNames[p]);
                }
            }
        }
        if (missingCount > 0) {
            throw missingArguments(fn, missingCount, missing, "keyword-only");
        }
    }

    private static StringBuilder appendName(StringBuilder sb, String name) {
        StringBuilder r = sb == null ? new StringBuilder() : sb;
        r.append('\u0000').append(Repr.stringRepr(name));
        return r;
    }

    /** CPython lists missing names as 'a', 'b' and 'c'. */
    private static RuntimeException missingArguments(PyFunction fn, int count, StringBuilder names, String kind) {
        String[] parts = names.substring(1).split("\u0000");
        String list;
        if (parts.length == 1) {
            list = parts[0];
        } else if (parts.length == 2) {
            list = parts[0] + " and " + parts[1];
        } else {
            list = String.join(", ", java.util.Arrays.copyOf(parts, parts.length - 1)) + ", and " + parts[parts.length - 1];
        }
        return PyErrors.typeError(fn.getQualname() + "() missing " + count + " required " + kind + " argument" + (count == 1 ? "" : "s") + ": " + list);
    }

    private static RuntimeException tooManyPositional(PyFunction fn, int given, String[] kwNames) {
        CodeObject code = fn.getCode();
        Object[] defaults = fn.getDefaults();
        int nDefaults = defaults == null ? 0 : defaults.length;
        int max = code.argCount;
        int min = max - nDefaults;
        String takes = nDefaults > 0 ? "from " + min + " to " + max : String.valueOf(max);
        int kwGiven = 0;
        for (String k : kwNames) {
            for (int p = code.argCount; p < code.argCount + code.kwOnlyArgCount; p++) {
                if (code.localsPlusNames[p].equals(k)) {
                    kwGiven++;
                }
            }
        }
        String plural = max == 1 ? "" : "s";
        String givenText = kwGiven > 0
                        ? given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwGiven + " keyword-only argument" + (kwGiven == 1 ? "" : "s") + ") were given"
                        : given + (given == 1 ? " was given" : " were given");
        String msg = fn.getQualname() + "() takes " + takes + " positional argument" + plural + " but " + givenText;
        return PyErrors.typeError(msg);
    }
}
