package org.byterun.nodes;

import org.byterun.runtime.Descriptors;
import org.byterun.runtime.ObjectAttributes;
import org.byterun.runtime.PyFunction;
import org.byterun.runtime.PyProperty;
import org.byterun.runtime.PyType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * What reading {@code obj.name} on an instance of a class involves, decided once per class (and
 * valid while the class's unchanged-assumption holds), so that compiled code only has to look at
 * the instance itself.
 */
record ClassAttribute(Kind kind, Object value) {
    enum Kind {
        /** Custom __getattribute__ or a data descriptor other than a property: the full protocol. */
        GENERIC,
        /** A property with a getter (and no __getattr__ on the class): call it. */
        PROPERTY,
        /** A plain function on the class: bound to the instance unless the instance has its own. */
        METHOD,
        /** A class attribute that does not bind (a number, a str, ...): it, unless the instance has its own. */
        CONSTANT,
        /** Nothing on the class: the instance's own attribute, else the slow path (__getattr__, AttributeError). */
        NONE,
        /** Some other non-data descriptor: the instance's own attribute, else the slow path. */
        OTHER
    }

    @TruffleBoundary
    static ClassAttribute ofClass(PyType type, String name) {
        if (type.lookup("__getattribute__") != ObjectAttributes.objectGetAttribute) {
            return new ClassAttribute(Kind.GENERIC, null);
        }
        Object descr = type.lookup(name);
        if (descr == null) {
            return new ClassAttribute(Kind.NONE, null);
        }
        if (Descriptors.isDataDescriptor(descr)) {
            // with __getattr__, an AttributeError from the getter falls back to it: the full protocol
            if (descr instanceof PyProperty p && p.getGetter() != null && type.lookup("__getattr__") == null) {
                return new ClassAttribute(Kind.PROPERTY, p.getGetter());
            }
            return new ClassAttribute(Kind.GENERIC, null);
        }
        if (descr instanceof PyFunction) {
            return new ClassAttribute(Kind.METHOD, descr);
        }
        return new ClassAttribute(Descriptors.hasGet(descr) ? Kind.OTHER : Kind.CONSTANT, descr);
    }

    /** Whether a value the instance holds itself takes precedence (no data descriptor in the way). */
    boolean instanceFirst() {
        return kind != Kind.GENERIC && kind != Kind.PROPERTY;
    }
}
