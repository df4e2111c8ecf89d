package org.byterun.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The C3 linearization CPython uses for a class's method resolution order. */
public final class Mro {
    private Mro() {
    }

    @TruffleBoundary
    public static PyType[] compute(PyType type, PyType[] bases) {
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw PyErrors.typeError("duplicate base class " + bases[i].getName());
                }
            }
        }
        List<List<PyType>> sequences = new ArrayList<>();
        for (PyType b : bases) {
            sequences.add(new ArrayList<>(List.of(b.getMro())));
        }
        sequences.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(type);
        while (true) {
            sequences.removeIf(List::isEmpty);
            if (sequences.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType next = null;
            for (List<PyType> seq : sequences) {
                PyType candidate = seq.get(0);
                if (!inAnyTail(candidate, sequences)) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                throw PyErrors.typeError("Cannot create a consistent method resolution order (MRO) for bases " + remainingHeads(sequences));
            }
            result.add(next);
            for (List<PyType> seq : sequences) {
                if (seq.get(0) == next) {
                    seq.remove(0);
                }
            }
        }
    }

    private static boolean inAnyTail(PyType candidate, List<List<PyType>> sequences) {
        for (List<PyType> seq : sequences) {
            for (int i = 1; i < seq.size(); i++) {
                if (seq.get(i) == candidate) {
                    return true;
                }
            }
        }
        return false;
    }

    /** CPython names the distinct heads that are still blocked, in order. */
    private static String remainingHeads(List<List<PyType>> sequences) {
        List<String> names = new ArrayList<>();
        List<PyType> seen = new ArrayList<>();
        for (List<PyType> seq : sequences) {
            PyType head = seq.get(0);
            if (!seen.contains(head)) {
                seen.add(head);
                names.add(head.getName());
            }
        }
        return String.join(", ", names);
    }
}
