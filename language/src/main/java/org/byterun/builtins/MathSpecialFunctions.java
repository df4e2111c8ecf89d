package org.byterun.builtins;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyErrors;

/**
 * math.gamma, math.lgamma, math.erf and math.erfc, computed as CPython 3.13 on Linux/glibc does.
 *
 * <p>gamma and lgamma follow the algorithm of CPython's Modules/mathmodule.c (m_tgamma, m_lgamma):
 * a Lanczos approximation with N=13, g=6.024680040776729583740234375 (Boost's parameters), the
 * reflection formula for negative arguments, and exact factorials for small integers. erf and erfc
 * follow Sun's fdlibm s_erf.c as glibc ships it (rational approximations on [0,0.84375],
 * [0.84375,1.25], [1.25,1/0.35], [1/0.35,28], with glibc's split polynomial evaluation order).
 * The exp, log, pow, sin and cos they call are glibc's algorithms too ({@link GlibcMath}).
 */
final class MathSpecialFunctions {
    private MathSpecialFunctions() {
    }

    // ---- gamma / lgamma (CPython mathmodule.c) ----

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };
    /** Coefficients of x*(x+1)*...*(x+11). */
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    };
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;

    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        int n = LANCZOS_NUM.length;
        if (x < 5.0) {
            for (int i = n - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi*x), accurate near integers (CPython's m_sinpi). */
    private static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r = switch (n) {
            case 0 -> GlibcMath.sin(Math.PI * y);
            case 1 -> GlibcMath.cos(Math.PI * (y - 0.5));
            case 2 -> GlibcMath.sin(Math.PI * (1.0 - y));
            case 3 -> -GlibcMath.cos(Math.PI * (y - 1.5));
            default -> GlibcMath.sin(Math.PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0) {
                return x;
            }
            throw domainError();
        }
        if (x == 0.0) {
            throw domainError();
        }
        if (x == Math.floor(x)) {
            if (x < 0.0) {
                throw domainError();
            }
            if (x <= 23) {
                double f = 1.0;
                for (int i = 2; i < (int) x; i++) {
                    f *= i;
                }
                return f;
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return checkOverflow(1.0 / x);
        }
        if (absx > 200.0) {
            if (x < 0.0) {
                return 0.0 / sinpi(x);
            }
            throw rangeError();
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinpi(absx) / absx * GlibcMath.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= GlibcMath.pow(y, absx - 0.5);
            } else {
                double sqrtpow = GlibcMath.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / GlibcMath.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= GlibcMath.pow(y, absx - 0.5);
            } else {
                double sqrtpow = GlibcMath.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return checkOverflow(r);
    }

    static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                throw domainError();
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -GlibcMath.log(absx);
        }
        double r = GlibcMath.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (GlibcMath.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = LOG_PI - GlibcMath.log(Math.abs(sinpi(absx))) - GlibcMath.log(absx) - r;
        }
        return checkOverflow(r);
    }

    private static double checkOverflow(double r) {
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return r;
    }

    private static RuntimeException domainError() {
        return PyErrors.valueError("math domain error");
    }

    private static RuntimeException rangeError() {
        return PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "math range error");
    }

    // ---- erf / erfc (fdlibm s_erf.c, glibc's evaluation order) ----

    private static final double TINY = 1e-300;
    private static final double ERX = 8.45062911510467529297e-01;
    private static final double EFX = 1.28379167095512586316e-01;
    private static final double[] PP = {1.28379167095512558561e-01, -3.25042107247001499370e-01,
        -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05};
    private static final double[] QQ = {0.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02,
        5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06};
    private static final double[] PA = {-2.36211856075265944077e-03, 4.14856118683748331666e-01,
        -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01,
        3.54783043256182359371e-02, -2.16637559486879084300e-03};
    private static final double[] QA = {0.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01,
        7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02,
        1.19844998467991074170e-02};
    private static final double[] RA = {-9.86494403484714822705e-03, -6.93858572707181764372e-01,
        -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02,
        -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00};
    private static final double[] SA = {0.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02,
        4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02,
        1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02};
    private static final double[] RB = {-9.86494292470009928597e-03, -7.99283237680523006574e-01,
        -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02,
        -1.02509513161107724954e+03, -4.83519191608651397019e+02};
    private static final double[] SB = {0.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02,
        1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03,
        4.74528541206955367215e+02, -2.24409524465858183362e+01};

    private static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    /** (erf(x)-x)/x for |x| < 0.84375. */
    private static double erfSmall(double x) {
        double z = x * x;
        double r1 = PP[0] + z * PP[1];
        double z2 = z * z;
        double r2 = PP[2] + z * PP[3];
        double z4 = z2 * z2;
        double s1 = 1.0 + z * QQ[1];
        double s2 = QQ[2] + z * QQ[3];
        double s3 = QQ[4] + z * QQ[5];
        double r = r1 + z2 * r2 + z4 * PP[4];
        double s = s1 + z2 * s2 + z4 * s3;
        return r / s;
    }

    /** P/Q with erf(1+s) = ERX + P/Q, for 0.84375 <= |x| < 1.25. */
    private static double erfMid(double s) {
        double p1 = PA[0] + s * PA[1];
        double s2 = s * s;
        double q1 = 1.0 + s * QA[1];
        double s4 = s2 * s2;
        double p2 = PA[2] + s * PA[3];
        double s6 = s4 * s2;
        double q2 = QA[2] + s * QA[3];
        double p3 = PA[4] + s * PA[5];
        double q3 = QA[4] + s * QA[5];
        double p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6];
        double q = q1 + s2 * q2 + s4 * q3 + s6 * QA[6];
        return p / q;
    }

    /** x*erfc(x) for 1.25 <= x < 28 (x positive); {@code low} selects the [1.25, 1/0.35) fit. */
    private static double erfcTail(double x, boolean low) {
        double s = 1.0 / (x * x);
        double rr;
        double ss;
        if (low) {
            double r1 = RA[0] + s * RA[1];
            double s2 = s * s;
            double t1 = 1.0 + s * SA[1];
            double s4 = s2 * s2;
            double r2 = RA[2] + s * RA[3];
            double s6 = s4 * s2;
            double t2 = SA[2] + s * SA[3];
            double s8 = s4 * s4;
            double r3 = RA[4] + s * RA[5];
            double t3 = SA[4] + s * SA[5];
            double r4 = RA[6] + s * RA[7];
            double t4 = SA[6] + s * SA[7];
            rr = r1 + s2 * r2 + s4 * r3 + s6 * r4;
            ss = t1 + s2 * t2 + s4 * t3 + s6 * t4 + s8 * SA[8];
        } else {
            double r1 = RB[0] + s * RB[1];
            double s2 = s * s;
            double t1 = 1.0 + s * SB[1];
            double s4 = s2 * s2;
            double r2 = RB[2] + s * RB[3];
            double s6 = s4 * s2;
            double t2 = SB[2] + s * SB[3];
            double r3 = RB[4] + s * RB[5];
            double t3 = SB[4] + s * SB[5];
            double t4 = SB[6] + s * SB[7];
            rr = r1 + s2 * r2 + s4 * r3 + s6 * RB[6];
            ss = t1 + s2 * t2 + s4 * t3 + s6 * t4;
        }
        double z = Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xffffffff00000000L);
        return GlibcMath.exp(-z * z - 0.5625) * GlibcMath.exp((z - x) * (z + x) + rr / ss);
    }

    static double erf(double x) {
        int hx = highWord(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return Double.isNaN(x) ? x : Math.copySign(1.0, x);
        }
        if (ix < 0x3feb0000) {
            if (ix < 0x3e300000) {
                if (ix < 0x00800000) {
                    return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
                }
                return x + EFX * x;
            }
            return x + x * erfSmall(x);
        }
        if (ix < 0x3ff40000) {
            double pq = erfMid(Math.abs(x) - 1.0);
            return hx >= 0 ? ERX + pq : -ERX - pq;
        }
        if (ix >= 0x40180000) {
            return hx >= 0 ? 1.0 - TINY : TINY - 1.0;
        }
        double ax = Math.abs(x);
        double r = erfcTail(ax, ix < 0x4006DB6E);
        return hx >= 0 ? 1.0 - r / ax : r / ax - 1.0;
    }

    static double erfc(double x) {
        int hx = highWord(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return Double.isNaN(x) ? x : (hx < 0 ? 2.0 : 0.0);
        }
        if (ix < 0x3feb0000) {
            if (ix < 0x3c700000) {
                return 1.0 - x;
            }
            double y = erfSmall(x);
            if (hx < 0x3fd00000) {
                return 1.0 - (x + x * y);
            }
            double r = x * y;
            r += x - 0.5;
            return 0.5 - r;
        }
        if (ix < 0x3ff40000) {
            double pq = erfMid(Math.abs(x) - 1.0);
            return hx >= 0 ? (1.0 - ERX) - pq : 1.0 + (ERX + pq);
        }
        if (ix < 0x403c0000) {
            if (hx < 0 && ix >= 0x40180000) {
                return 2.0 - TINY;
            }
            double ax = Math.abs(x);
            double r = erfcTail(ax, ix < 0x4006DB6D);
            return hx > 0 ? r / ax : 2.0 - r / ax;
        }
        return hx > 0 ? TINY * TINY : 2.0 - TINY;
    }
}
