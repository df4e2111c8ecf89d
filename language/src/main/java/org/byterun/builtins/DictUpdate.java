package org.byterun.builtins;

import org.byterun.nodes.Calls;
import org.byterun.runtime.Attributes;
import org.byterun.runtime.HashStorage;
import org.byterun.runtime.Iteration;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyException;
import org.byterun.runtime.PyIterators;
import org.byterun.runtime.Sequences;
import org.byterun.runtime.Subscripts;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** dict(...) and dict.update(...): from a mapping, from an iterable of pairs, then keywords. */
final class DictUpdate {
    private DictUpdate() {
    }

    @TruffleBoundary
    static void update(PyDict d, Object source, String[] kwNames, Object[] kwValues) {
        if (source instanceof PyDict src) {
            HashStorage s = src.storage();
            for (int i = 0; i < s.capacityUsed(); i++) {
                Object k = s.keyAt(i);
                if (k != null) {
                    d.put(k, s.valueAt(i));
                }
            }
        } else if (source != null && Attributes.findAttribute(source, "keys") != null) {
            for (Object k : Sequences.toArray(Calls.call(Attributes.getAttribute(source, "keys")))) {
                d.put(k, Subscripts.getItem(source, k));
            }
        } else if (source != null) {
            addPairs(d, source);
        }
        for (int i = 0; i < kwNames.length; i++) {
            d.put(kwNames[i], kwValues[i]);
        }
    }

    private static void addPairs(PyDict d, Object source) {
        PyIterators.PyIterator it = Iteration.getIterator(source);
        int n = 0;
        for (Object item = it.next(); item != null; item = it.next(), n++) {
            try {
                Iteration.getIterator(item);
            } catch (PyException e) {
                throw PyErrors.typeError("cannot convert dictionary update sequence element #" + n + " to a sequence");
            }
            Object[] pair = Sequences.toArray(item);
            if (pair.length != 2) {
                throw PyErrors.valueError("dictionary update sequence element #" + n + " has length " + pair.length + "; 2 is required");
            }
            d.put(pair[0], pair[1]);
        }
    }

    @TruffleBoundary
    static PyDict copy(PyDict src) {
        PyDict d = new PyDict();
        update(d, src, new String[0], new Object[0]);
        return d;
    }
}
