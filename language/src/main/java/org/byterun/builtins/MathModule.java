package org.byterun.builtins;

import static org.byterun.bytecode.Opcodes.NB_MULTIPLY;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

import org.byterun.runtime.Arithmetic;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.Floats;
import org.byterun.runtime.Iteration;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyIterators;
import org.byterun.runtime.PyModule;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyNumbers;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.Sequences;
import org.byterun.runtime.SpecialMethods;

/**
 * The {@code math} module. Transcendental functions use java.lang.Math, whose HotSpot intrinsics
 * agree with the C library CPython calls far more often than StrictMath (fdlibm) does; gamma,
 * lgamma, erf and erfc live in {@link MathSpecialFunctions}.
 */
final class MathModule {
    private MathModule() {
    }

    static PyModule create() {
        PyModule m = new PyModule("math");
        m.setAttribute("pi", Math.PI);
        m.setAttribute("e", Math.E);
        m.setAttribute("tau", 2 * Math.PI);
        m.setAttribute("inf", Double.POSITIVE_INFINITY);
        m.setAttribute("nan", Double.NaN);
        unary(m, "sqrt", x -> x < 0 ? domainError() : Math.sqrt(x));
        unary(m, "exp", x -> checkRange(Math.exp(x), x));
        unary(m, "exp2", x -> checkRange(Math.pow(2, x), x));
        unary(m, "expm1", x -> checkRange(Math.expm1(x), x));
        unary(m, "log2", x -> x <= 0 ? domainError() : log2(x));
        unary(m, "log10", x -> x <= 0 ? domainError() : Math.log10(x));
        unary(m, "log1p", x -> x <= -1 ? domainError() : Math.log1p(x));
        unary(m, "sin", x -> finiteArg(x, StrictMath::sin));
        unary(m, "cos", x -> finiteArg(x, StrictMath::cos));
        unary(m, "tan", x -> finiteArg(x, StrictMath::tan));
        unary(m, "asin", x -> Math.abs(x) > 1 ? domainError() : Math.asin(x));
        unary(m, "acos", x -> Math.abs(x) > 1 ? domainError() : Math.acos(x));
        unary(m, "atan", StrictMath::atan);
        unary(m, "sinh", x -> checkRange(Math.sinh(x), x));
        unary(m, "cosh", x -> checkRange(Math.cosh(x), x));
        unary(m, "tanh", StrictMath::tanh);
        unary(m, "asinh", x -> Double.isInfinite(x) ? x : Math.log(x + Math.sqrt(x * x + 1)));
        unary(m, "acosh", x -> x < 1 ? domainError() : Math.log(x + Math.sqrt(x * x - 1)));
        unary(m, "atanh", x -> Math.abs(x) >= 1 ? domainError() : 0.5 * Math.log1p(2 * x / (1 - x)));
        unary(m, "cbrt", StrictMath::cbrt);
        unary(m, "fabs", Math::abs);
        unary(m, "degrees", Math::toDegrees);
        unary(m, "radians", Math::toRadians);
        fn(m, "atan2", 2, a -> Math.atan2(real(a[0]), real(a[1])));
        fn(m, "copysign", 2, a -> Math.copySign(real(a[0]), real(a[1])));
        fn(m, "fmod", 2, a -> fmod(real(a[0]), real(a[1])));
        fn(m, "remainder", 2, a -> remainder(real(a[0]), real(a[1])));
        fn(m, "pow", 2, a -> pow(real(a[0]), real(a[1])));
        fn(m, "ldexp", 2, a -> ldexp(real(a[0]), a[1]));
        fn(m, "nextafter", 2, a -> Math.nextAfter(real(a[0]), real(a[1])));
        fn(m, "ulp", 1, a -> ulp(real(a[0])));
        fn(m, "frexp", 1, a -> frexp(real(a[0])));
        fn(m, "modf", 1, a -> modf(real(a[0])));
        fn(m, "isnan", 1, a -> Double.isNaN(real(a[0])));
        fn(m, "isinf", 1, a -> Double.isInfinite(real(a[0])));
        fn(m, "isfinite", 1, a -> Double.isFinite(real(a[0])));
        fn(m, "floor", 1, a -> rounding(a[0], "__floor__", Math::floor));
        fn(m, "ceil", 1, a -> rounding(a[0], "__ceil__", Math::ceil));
        fn(m, "trunc", 1, a -> rounding(a[0], "__trunc__", x -> x < 0 ? Math.ceil(x) : Math.floor(x)));
        fn(m, "factorial", 1, a -> factorial(a[0]));
        fn(m, "isqrt", 1, a -> isqrt(a[0]));
        fn(m, "log", -1, MathModule::log);
        fn(m, "fsum", 1, a -> fsum(a[0]));
        fn(m, "gcd", -1, a -> gcdOrLcm(a, true));
        fn(m, "lcm", -1, a -> gcdOrLcm(a, false));
        fn(m, "comb", 2, a -> comb(a[0], a[1]));
        fn(m, "perm", -1, MathModule::perm);
        fn(m, "hypot", -1, MathModule::hypot);
        fn(m, "dist", 2, a -> dist(a[0], a[1]));
        fn(m, "fma", 3, a -> fma(real(a[0]), real(a[1]), real(a[2])));
        fn(m, "sumprod", 2, a -> sumprod(a[0], a[1]));
        unary(m, "gamma", MathSpecialFunctions::gamma);
        unary(m, "lgamma", MathSpecialFunctions::lgamma);
        unary(m, "erf", MathSpecialFunctions::erf);
        unary(m, "erfc", MathSpecialFunctions::erfc);
        m.setAttribute("prod", new PyBuiltinFunction("prod", null, MathModule::prod));
        m.setAttribute("isclose", new PyBuiltinFunction("isclose", null, MathModule::isclose));
        return m;
    }

    /** A math function of fixed arity ({@code -1}: any), without keyword arguments. */
    private static void fn(PyModule m, String name, int arity, java.util.function.Function<Object[], Object> body) {
        m.setAttribute(name, new PyBuiltinFunction(name, null, (args, kwNames, kwValues) -> {
            Args.noKeywords(name, kwNames);
            if (arity == 1) {
                Args.exactly(name, args, 1);
            } else if (arity >= 0) {
                Args.range(name, args, arity, arity);
            }
            return body.apply(args);
        }));
    }

    private static void unary(PyModule m, String name, DoubleUnaryOperator op) {
        fn(m, name, 1, a -> op.applyAsDouble(real(a[0])));
    }

    /** The argument as a float: int, bool, float, or an object with __float__ / __index__. */
    static double real(Object o) {
        if (o instanceof Double || Arithmetic.isInt(o)) {
            return Floats.toDouble(o);
        }
        Object f = SpecialMethods.call(o, "__float__");
        if (f instanceof Double d) {
            return d;
        }
        Object i = SpecialMethods.call(o, "__index__");
        if (i != null && Arithmetic.isInt(i)) {
            return Floats.toDouble(i);
        }
        throw PyErrors.typeError("must be real number, not " + PyErrors.typeName(o));
    }

    private static BigInteger integer(Object o) {
        return PyNumbers.toBig(PyNumbers.index(o));
    }

    private static double domainError() {
        throw PyErrors.valueError("math domain error");
    }

    private static double checkRange(double r, double x) {
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "math range error");
        }
        return r;
    }

    private static double finiteArg(double x, DoubleUnaryOperator op) {
        if (Double.isInfinite(x)) {
            return domainError();
        }
        return op.applyAsDouble(x);
    }

    private static double log2(double x) {
        // exact for powers of two, as C's log2 is
        int e = Math.getExponent(x);
        if (x == Math.scalb(1.0, e)) {
            return e;
        }
        return Math.log(x) / Math.log(2.0);
    }

    private static Object log(Object[] a) {
        Args.range("log", a, 1, 2);
        double x = logOf(a[0]);
        if (a.length == 1) {
            return x;
        }
        double base = logOf(a[1]);
        if (base == 0) {
            throw PyErrors.create(BuiltinTypes.ZERO_DIVISION_ERROR, "float division by zero");
        }
        return x / base;
    }

    /** Natural log of a number; big ints work beyond the float range, as in CPython. */
    private static double logOf(Object o) {
        if (o instanceof BigInteger b) {
            if (b.signum() <= 0) {
                return domainError();
            }
            int shift = Math.max(0, b.bitLength() - 1000);
            return Math.log(b.shiftRight(shift).doubleValue()) + shift * Math.log(2.0);
        }
        double x = real(o);
        return x <= 0 ? domainError() : Math.log(x);
    }

    private static double fma(double x, double y, double z) {
        double r = Math.fma(x, y, z);
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y) && !Double.isNaN(z)) {
            throw PyErrors.valueError("invalid operation in fma");
        }
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(z)) {
            throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "overflow in fma");
        }
        return r;
    }

    /** sum(p[i] * q[i]): exact for ints, one correct rounding for floats, else generic + and *. */
    private static Object sumprod(Object p, Object q) {
        Object[] ps = Sequences.toArray(p);
        Object[] qs = Sequences.toArray(q);
        if (ps.length != qs.length) {
            throw PyErrors.valueError("Inputs are not the same length");
        }
        boolean allReal = true;
        boolean anyFloat = false;
        for (int i = 0; i < ps.length; i++) {
            allReal &= isReal(ps[i]) && isReal(qs[i]);
            anyFloat |= ps[i] instanceof Double || qs[i] instanceof Double;
        }
        if (allReal && anyFloat) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < ps.length; i++) {
                double a = real(ps[i]);
                double b = real(qs[i]);
                if (!Double.isFinite(a) || !Double.isFinite(b)) {
                    return genericSumprod(ps, qs);
                }
                sum = sum.add(new BigDecimal(a).multiply(new BigDecimal(b)));
            }
            return sum.doubleValue();
        }
        return genericSumprod(ps, qs);
    }

    private static boolean isReal(Object o) {
        return o instanceof Double || Arithmetic.isInt(o);
    }

    private static Object genericSumprod(Object[] ps, Object[] qs) {
        Object total = 0L;
        for (int i = 0; i < ps.length; i++) {
            total = Arithmetic.binary(org.byterun.bytecode.Opcodes.NB_ADD, total, Arithmetic.binary(NB_MULTIPLY, ps[i], qs[i]));
        }
        return total;
    }

    private static double fmod(double x, double y) {
        if (Double.isInfinite(x) || (y == 0 && !Double.isNaN(x))) {
            return domainError();
        }
        return x % y;
    }

    private static double remainder(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(x) || y == 0) {
            return domainError();
        }
        return Math.IEEEremainder(x, y);
    }

    private static double pow(double x, double y) {
        if (x == 0 && y < 0) {
            return domainError();
        }
        if (x < 0 && y != Math.floor(y) && Double.isFinite(y)) {
            return domainError();
        }
        if (x == 1.0 || y == 0) {
            return 1.0;
        }
        double r = Math.pow(x, y);
        return Double.isFinite(x) && Double.isFinite(y) ? checkRange(r, 0) : r;
    }

    private static double ldexp(double x, Object i) {
        BigInteger e = integer(i);
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        int exp = e.bitLength() > 31 ? (e.signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE) : e.intValue();
        double r = Math.scalb(x, Math.max(-2200, Math.min(2200, exp)));
        return checkRange(r, 0);
    }

    private static double ulp(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Math.abs(x);
        }
        x = Math.abs(x);
        if (x == Double.MAX_VALUE) {
            return x - Math.nextDown(x);
        }
        return Math.nextUp(x) - x;
    }

    private static PyTuple frexp(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return PyTuple.of(x, 0L);
        }
        int e = Math.getExponent(x) + 1;
        double m = x / Math.scalb(1.0, e);
        if (Math.abs(m) < 0.5) { // subnormal input
            while (Math.abs(m) < 0.5) {
                m *= 2;
                e--;
            }
        }
        return PyTuple.of(m, (long) e);
    }

    private static PyTuple modf(double x) {
        if (Double.isInfinite(x)) {
            return PyTuple.of(Math.copySign(0.0, x), x);
        }
        double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
        return PyTuple.of(Math.copySign(x - whole, x), whole);
    }

    /** floor/ceil/trunc: ints unchanged, floats to exact ints, other objects through their special method. */
    private static Object rounding(Object o, String special, DoubleUnaryOperator op) {
        if (Arithmetic.isInt(o)) {
            return o instanceof Boolean b ? (Object) (b ? 1L : 0L) : o;
        }
        if (!(o instanceof Double)) {
            Object r = SpecialMethods.call(o, special);
            if (r != null) {
                return r;
            }
            if (special.equals("__trunc__")) {
                // unlike floor and ceil, trunc has no __float__ fallback
                throw PyErrors.typeError("type " + PyErrors.typeName(o) + " doesn't define __trunc__ method");
            }
        }
        double x = real(o);
        if (Double.isNaN(x)) {
            throw PyErrors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "cannot convert float infinity to integer");
        }
        return PyNumbers.normalize(new BigDecimal(op.applyAsDouble(x)).toBigInteger());
    }

    private static Object factorial(Object o) {
        if (o instanceof Double) {
            throw PyErrors.typeError("'float' object cannot be interpreted as an integer");
        }
        BigInteger n = integer(o);
        if (n.signum() < 0) {
            throw PyErrors.valueError("factorial() not defined for negative values");
        }
        if (n.bitLength() > 31) {
            throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "factorial() argument should not exceed " + Long.MAX_VALUE);
        }
        return PyNumbers.normalize(product(1, n.intValue()));
    }

    /** The product of lo..hi, split in halves so that the multiplications stay balanced. */
    private static BigInteger product(int lo, int hi) {
        if (hi < lo) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (int i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        int mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    private static Object isqrt(Object o) {
        BigInteger n = integer(o);
        if (n.signum() < 0) {
            throw PyErrors.valueError("isqrt() argument must be nonnegative");
        }
        return PyNumbers.normalize(n.sqrt());
    }

    /** Exactly rounded sum, as CPython's fsum: sum exactly in BigDecimal, round once. */
    private static Object fsum(Object iterable) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean special = false;
        double specialSum = 0;
        PyIterators.PyIterator it = Iteration.getIterator(iterable);
        for (Object v = it.next(); v != null; v = it.next()) {
            double d = real(v);
            if (!Double.isFinite(d)) {
                special = true;
                specialSum += d;
            } else {
                sum = sum.add(new BigDecimal(d));
            }
        }
        if (special) {
            if (Double.isNaN(specialSum)) {
                throw PyErrors.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        double r = sum.doubleValue(); // BigDecimal.doubleValue rounds the exact sum once, correctly
        if (Double.isInfinite(r)) {
            throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "intermediate overflow in fsum");
        }
        return r;
    }

    private static Object gcdOrLcm(Object[] args, boolean gcd) {
        BigInteger r = gcd ? BigInteger.ZERO : BigInteger.ONE;
        for (Object a : args) {
            BigInteger v = integer(a);
            if (gcd) {
                r = r.gcd(v);
            } else if (r.signum() == 0 || v.signum() == 0) {
                r = BigInteger.ZERO;
            } else {
                r = r.multiply(v).abs().divide(r.gcd(v));
            }
        }
        return PyNumbers.normalize(r);
    }

    private static Object comb(Object nObj, Object kObj) {
        BigInteger n = integer(nObj);
        BigInteger k = integer(kObj);
        if (n.signum() < 0) {
            throw PyErrors.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw PyErrors.valueError("k must be a non-negative integer");
        }
        if (k.compareTo(n) > 0) {
            return 0L;
        }
        BigInteger kk = k.min(n.subtract(k));
        BigInteger r = BigInteger.ONE;
        for (BigInteger i = BigInteger.ZERO; i.compareTo(kk) < 0; i = i.add(BigInteger.ONE)) {
            r = r.multiply(n.subtract(i)).divide(i.add(BigInteger.ONE));
        }
        return PyNumbers.normalize(r);
    }

    private static Object perm(Object[] a) {
        Args.range("perm", a, 1, 2);
        if (a.length == 1 || a[1] == PyNone.INSTANCE) {
            // perm(n) is factorial(n), with its checks and messages
            return factorial(a[0]);
        }
        BigInteger n = integer(a[0]);
        if (n.signum() < 0) {
            throw PyErrors.valueError("n must be a non-negative integer");
        }
        BigInteger k = integer(a[1]);
        if (k.signum() < 0) {
            throw PyErrors.valueError("k must be a non-negative integer");
        }
        if (k.compareTo(n) > 0) {
            return 0L;
        }
        BigInteger r = BigInteger.ONE;
        for (BigInteger i = BigInteger.ZERO; i.compareTo(k) < 0; i = i.add(BigInteger.ONE)) {
            r = r.multiply(n.subtract(i));
        }
        return PyNumbers.normalize(r);
    }

    private static Object hypot(Object[] a) {
        double max = 0;
        boolean nan = false;
        double[] xs = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            xs[i] = Math.abs(real(a[i]));
            if (Double.isInfinite(xs[i])) {
                return Double.POSITIVE_INFINITY;
            }
            nan |= Double.isNaN(xs[i]);
            max = Math.max(max, xs[i]);
        }
        if (nan) {
            return Double.NaN;
        }
        if (a.length == 2) {
            return Math.hypot(xs[0], xs[1]);
        }
        if (max == 0) {
            return 0.0;
        }
        double sum = 0;
        for (double x : xs) {
            double s = x / max;
            sum += s * s;
        }
        return max * Math.sqrt(sum);
    }

    private static Object dist(Object p, Object q) {
        Object[] ps = Sequences.toArray(p);
        Object[] qs = Sequences.toArray(q);
        if (ps.length != qs.length) {
            throw PyErrors.valueError("both points must have the same number of dimensions");
        }
        Object[] diffs = new Object[ps.length];
        for (int i = 0; i < ps.length; i++) {
            diffs[i] = real(ps[i]) - real(qs[i]);
        }
        return hypot(diffs);
    }

    private static Object prod(Object[] args, String[] kwNames, Object[] kwValues) {
        Object start = Args.keyword("prod", kwNames, kwValues, "start");
        Args.exactly("prod", args, 1);
        Object acc = start == null ? (Object) 1L : start;
        PyIterators.PyIterator it = Iteration.getIterator(args[0]);
        for (Object v = it.next(); v != null; v = it.next()) {
            acc = Arithmetic.binary(NB_MULTIPLY, acc, v);
        }
        return acc;
    }

    private static Object isclose(Object[] args, String[] kwNames, Object[] kwValues) {
        Object relObj = Args.keyword("isclose", kwNames, kwValues, "rel_tol", "abs_tol");
        Object absObj = Args.keyword("isclose", kwNames, kwValues, "abs_tol", "rel_tol");
        Args.range("isclose", args, 2, 2);
        double a = real(args[0]);
        double b = real(args[1]);
        double rel = relObj == null ? 1e-09 : real(relObj);
        double abs = absObj == null ? 0.0 : real(absObj);
        if (rel < 0 || abs < 0) {
            throw PyErrors.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(b - a);
        return diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs;
    }
}
