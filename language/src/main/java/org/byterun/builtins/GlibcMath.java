package org.byterun.builtins;

/**
 * exp, log, pow, sin and cos computed as glibc 2.36 computes them on x86-64 (its FMA variants,
 * chosen at run time on CPUs with FMA), so that math.gamma, lgamma, erf and erfc, which CPython
 * builds on them, give the same bits. java.lang.Math's versions differ in the last bit now and then.
 * Each function's algorithm, tables and coefficients are glibc's (cited per function); where gcc
 * fuses a multiply and an add into an fma, so do we.
 */
final class GlibcMath {
    private GlibcMath() {
    }

    // ---- exp: glibc's dbl-64/e_exp.c (Szabolcs Nagy's, from ARM's optimized-routines), as its FMA
    // variant runs on x86-64 with FMA: exp(x) = 2^(k/128) * exp(r), a table of 2^(i/128) and a
    // degree-5 polynomial. The table and coefficients are glibc's e_exp_data.c.

    private static final double EXP_INV_LN2_N = 0x1.71547652b82fep0 * 128;
    private static final double EXP_NEG_LN2_HI_N = -0x1.62e42fefa0000p-8;
    private static final double EXP_NEG_LN2_LO_N = -0x1.cf79abc9e3b3ap-47;
    private static final double EXP_SHIFT = 0x1.8p52;
    private static final double EXP_C2 = 0x1.ffffffffffdbdp-2;
    private static final double EXP_C3 = 0x1.555555555543cp-3;
    private static final double EXP_C4 = 0x1.55555cf172b91p-5;
    private static final double EXP_C5 = 0x1.1111167a4d017p-7;
    /** tab[2i] = bits of the tail of 2^(i/128), tab[2i+1] = bits of 2^(i/128) minus (i << 45). */
    private static final long[] EXP_TAB = {
        0x0000000000000000L, 0x3ff0000000000000L, 0x3c9b3b4f1a88bf6eL, 0x3feff63da9fb3335L,
        0xbc7160139cd8dc5dL, 0x3fefec9a3e778061L, 0xbc905e7a108766d1L, 0x3fefe315e86e7f85L,
        0x3c8cd2523567f613L, 0x3fefd9b0d3158574L, 0xbc8bce8023f98efaL, 0x3fefd06b29ddf6deL,
        0x3c60f74e61e6c861L, 0x3fefc74518759bc8L, 0x3c90a3e45b33d399L, 0x3fefbe3ecac6f383L,
        0x3c979aa65d837b6dL, 0x3fefb5586cf9890fL, 0x3c8eb51a92fdeffcL, 0x3fefac922b7247f7L,
        0x3c3ebe3d702f9cd1L, 0x3fefa3ec32d3d1a2L, 0xbc6a033489906e0bL, 0x3fef9b66affed31bL,
        0xbc9556522a2fbd0eL, 0x3fef9301d0125b51L, 0xbc5080ef8c4eea55L, 0x3fef8abdc06c31ccL,
        0xbc91c923b9d5f416L, 0x3fef829aaea92de0L, 0x3c80d3e3e95c55afL, 0x3fef7a98c8a58e51L,
        0xbc801b15eaa59348L, 0x3fef72b83c7d517bL, 0xbc8f1ff055de323dL, 0x3fef6af9388c8deaL,
        0x3c8b898c3f1353bfL, 0x3fef635beb6fcb75L, 0xbc96d99c7611eb26L, 0x3fef5be084045cd4L,
        0x3c9aecf73e3a2f60L, 0x3fef54873168b9aaL, 0xbc8fe782cb86389dL, 0x3fef4d5022fcd91dL,
        0x3c8a6f4144a6c38dL, 0x3fef463b88628cd6L, 0x3c807a05b0e4047dL, 0x3fef3f49917ddc96L,
        0x3c968efde3a8a894L, 0x3fef387a6e756238L, 0x3c875e18f274487dL, 0x3fef31ce4fb2a63fL,
        0x3c80472b981fe7f2L, 0x3fef2b4565e27cddL, 0xbc96b87b3f71085eL, 0x3fef24dfe1f56381L,
        0x3c82f7e16d09ab31L, 0x3fef1e9df51fdee1L, 0xbc3d219b1a6fbffaL, 0x3fef187fd0dad990L,
        0x3c8b3782720c0ab4L, 0x3fef1285a6e4030bL, 0x3c6e149289cecb8fL, 0x3fef0cafa93e2f56L,
        0x3c834d754db0abb6L, 0x3fef06fe0a31b715L, 0x3c864201e2ac744cL, 0x3fef0170fc4cd831L,
        0x3c8fdd395dd3f84aL, 0x3feefc08b26416ffL, 0xbc86a3803b8e5b04L, 0x3feef6c55f929ff1L,
        0xbc924aedcc4b5068L, 0x3feef1a7373aa9cbL, 0xbc9907f81b512d8eL, 0x3feeecae6d05d866L,
        0xbc71d1e83e9436d2L, 0x3feee7db34e59ff7L, 0xbc991919b3ce1b15L, 0x3feee32dc313a8e5L,
        0x3c859f48a72a4c6dL, 0x3feedea64c123422L, 0xbc9312607a28698aL, 0x3feeda4504ac801cL,
        0xbc58a78f4817895bL, 0x3feed60a21f72e2aL, 0xbc7c2c9b67499a1bL, 0x3feed1f5d950a897L,
        0x3c4363ed60c2ac11L, 0x3feece086061892dL, 0x3c9666093b0664efL, 0x3feeca41ed1d0057L,
        0x3c6ecce1daa10379L, 0x3feec6a2b5c13cd0L, 0x3c93ff8e3f0f1230L, 0x3feec32af0d7d3deL,
        0x3c7690cebb7aafb0L, 0x3feebfdad5362a27L, 0x3c931dbdeb54e077L, 0x3feebcb299fddd0dL,
        0xbc8f94340071a38eL, 0x3feeb9b2769d2ca7L, 0xbc87deccdc93a349L, 0x3feeb6daa2cf6642L,
        0xbc78dec6bd0f385fL, 0x3feeb42b569d4f82L, 0xbc861246ec7b5cf6L, 0x3feeb1a4ca5d920fL,
        0x3c93350518fdd78eL, 0x3feeaf4736b527daL, 0x3c7b98b72f8a9b05L, 0x3feead12d497c7fdL,
        0x3c9063e1e21c5409L, 0x3feeab07dd485429L, 0x3c34c7855019c6eaL, 0x3feea9268a5946b7L,
        0x3c9432e62b64c035L, 0x3feea76f15ad2148L, 0xbc8ce44a6199769fL, 0x3feea5e1b976dc09L,
        0xbc8c33c53bef4da8L, 0x3feea47eb03a5585L, 0xbc845378892be9aeL, 0x3feea34634ccc320L,
        0xbc93cedd78565858L, 0x3feea23882552225L, 0x3c5710aa807e1964L, 0x3feea155d44ca973L,
        0xbc93b3efbf5e2228L, 0x3feea09e667f3bcdL, 0xbc6a12ad8734b982L, 0x3feea012750bdabfL,
        0xbc6367efb86da9eeL, 0x3fee9fb23c651a2fL, 0xbc80dc3d54e08851L, 0x3fee9f7df9519484L,
        0xbc781f647e5a3ecfL, 0x3fee9f75e8ec5f74L, 0xbc86ee4ac08b7db0L, 0x3fee9f9a48a58174L,
        0xbc8619321e55e68aL, 0x3fee9feb564267c9L, 0x3c909ccb5e09d4d3L, 0x3feea0694fde5d3fL,
        0xbc7b32dcb94da51dL, 0x3feea11473eb0187L, 0x3c94ecfd5467c06bL, 0x3feea1ed0130c132L,
        0x3c65ebe1abd66c55L, 0x3feea2f336cf4e62L, 0xbc88a1c52fb3cf42L, 0x3feea427543e1a12L,
        0xbc9369b6f13b3734L, 0x3feea589994cce13L, 0xbc805e843a19ff1eL, 0x3feea71a4623c7adL,
        0xbc94d450d872576eL, 0x3feea8d99b4492edL, 0x3c90ad675b0e8a00L, 0x3feeaac7d98a6699L,
        0x3c8db72fc1f0eab4L, 0x3feeace5422aa0dbL, 0xbc65b6609cc5e7ffL, 0x3feeaf3216b5448cL,
        0x3c7bf68359f35f44L, 0x3feeb1ae99157736L, 0xbc93091fa71e3d83L, 0x3feeb45b0b91ffc6L,
        0xbc5da9b88b6c1e29L, 0x3feeb737b0cdc5e5L, 0xbc6c23f97c90b959L, 0x3feeba44cbc8520fL,
        0xbc92434322f4f9aaL, 0x3feebd829fde4e50L, 0xbc85ca6cd7668e4bL, 0x3feec0f170ca07baL,
        0x3c71affc2b91ce27L, 0x3feec49182a3f090L, 0x3c6dd235e10a73bbL, 0x3feec86319e32323L,
        0xbc87c50422622263L, 0x3feecc667b5de565L, 0x3c8b1c86e3e231d5L, 0x3feed09bec4a2d33L,
        0xbc91bbd1d3bcbb15L, 0x3feed503b23e255dL, 0x3c90cc319cee31d2L, 0x3feed99e1330b358L,
        0x3c8469846e735ab3L, 0x3feede6b5579fdbfL, 0xbc82dfcd978e9db4L, 0x3feee36bbfd3f37aL,
        0x3c8c1a7792cb3387L, 0x3feee89f995ad3adL, 0xbc907b8f4ad1d9faL, 0x3feeee07298db666L,
        0xbc55c3d956dcaebaL, 0x3feef3a2b84f15fbL, 0xbc90a40e3da6f640L, 0x3feef9728de5593aL,
        0xbc68d6f438ad9334L, 0x3feeff76f2fb5e47L, 0xbc91eee26b588a35L, 0x3fef05b030a1064aL,
        0x3c74ffd70a5fddcdL, 0x3fef0c1e904bc1d2L, 0xbc91bdfbfa9298acL, 0x3fef12c25bd71e09L,
        0x3c736eae30af0cb3L, 0x3fef199bdd85529cL, 0x3c8ee3325c9ffd94L, 0x3fef20ab5fffd07aL,
        0x3c84e08fd10959acL, 0x3fef27f12e57d14bL, 0x3c63cdaf384e1a67L, 0x3fef2f6d9406e7b5L,
        0x3c676b2c6c921968L, 0x3fef3720dcef9069L, 0xbc808a1883ccb5d2L, 0x3fef3f0b555dc3faL,
        0xbc8fad5d3ffffa6fL, 0x3fef472d4a07897cL, 0xbc900dae3875a949L, 0x3fef4f87080d89f2L,
        0x3c74a385a63d07a7L, 0x3fef5818dcfba487L, 0xbc82919e2040220fL, 0x3fef60e316c98398L,
        0x3c8e5a50d5c192acL, 0x3fef69e603db3285L, 0x3c843a59ac016b4bL, 0x3fef7321f301b460L,
        0xbc82d52107b43e1fL, 0x3fef7c97337b9b5fL, 0xbc892ab93b470dc9L, 0x3fef864614f5a129L,
        0x3c74b604603a88d3L, 0x3fef902ee78b3ff6L, 0x3c83c5ec519d7271L, 0x3fef9a51fbc74c83L,
        0xbc8ff7128fd391f0L, 0x3fefa4afa2a490daL, 0xbc8dae98e223747dL, 0x3fefaf482d8e67f1L,
        0x3c8ec3bc41aa2008L, 0x3fefba1bee615a27L, 0x3c842b94c3a9eb32L, 0x3fefc52b376bba97L,
        0x3c8a64a931d185eeL, 0x3fefd0765b6e4540L, 0xbc8e37bae43be3edL, 0x3fefdbfdad9cbe14L,
        0x3c77893b4d91cd9dL, 0x3fefe7c1819e90d8L, 0x3c5305c14160cc89L, 0x3feff3c22b8f71f1L,
    };

    static double exp(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int abstop = (int) (bits >>> 52) & 0x7ff;
        boolean special = false;
        if (Integer.compareUnsigned(abstop - 0x3c9, 0x408 - 0x3c9) >= 0) {
            if (abstop - 0x3c9 < 0) {
                return 1.0 + x; // |x| < 2^-54
            }
            if (abstop >= 0x409) { // |x| >= 1024
                if (x == Double.NEGATIVE_INFINITY) {
                    return 0.0;
                }
                if (abstop >= 0x7ff) {
                    return 1.0 + x;
                }
                return bits < 0 ? 0.0 : Double.POSITIVE_INFINITY;
            }
            special = true; // 512 <= |x| < 1024
        }
        double z = EXP_INV_LN2_N * x;
        double kd = z + EXP_SHIFT;
        long ki = Double.doubleToRawLongBits(kd);
        kd -= EXP_SHIFT;
        double r = Math.fma(kd, EXP_NEG_LN2_LO_N, Math.fma(kd, EXP_NEG_LN2_HI_N, x));
        int idx = 2 * (int) (ki & 127);
        long top = ki << 45;
        double tail = Double.longBitsToDouble(EXP_TAB[idx]);
        long sbits = EXP_TAB[idx + 1] + top;
        double r2 = r * r;
        double tmp = Math.fma(r2 * r2, Math.fma(r, EXP_C5, EXP_C4),
            Math.fma(r2, Math.fma(r, EXP_C3, EXP_C2), tail + r));
        if (special) {
            return expSpecial(tmp, sbits, ki);
        }
        double scale = Double.longBitsToDouble(sbits);
        return Math.fma(scale, tmp, scale);
    }

    /** exp's result when it may overflow or underflow (glibc's specialcase). */
    private static double expSpecial(double tmp, long sbits, long ki) {
        if ((ki & 0x80000000L) == 0) {
            double scale = Double.longBitsToDouble(sbits - (1009L << 52));
            return 0x1p1009 * Math.fma(scale, tmp, scale);
        }
        double scale = Double.longBitsToDouble(sbits + (1022L << 52));
        double y = Math.fma(scale, tmp, scale);
        if (y < 1.0) {
            double lo = Math.fma(scale, tmp, scale - y);
            double hi = 1.0 + y;
            lo = 1.0 - hi + y + lo;
            y = (hi + lo) - 1.0;
            if (y == 0.0) {
                y = 0.0;
            }
        }
        return 0x1p-1022 * y;
    }

    // ---- log: glibc's dbl-64/e_log.c (also from ARM's optimized-routines), FMA variant:
    // log(x) = k*ln2 + log(c) + log1p(z/c - 1) with a 128-entry table of 1/c and log(c), and a
    // separate polynomial near 1. Table and coefficients are glibc's e_log_data.c.

    private static final double LOG_LN2_HI = 0x1.62e42fefa3800p-1;
    private static final double LOG_LN2_LO = 0x1.ef35793c76730p-45;
    private static final double[] LOG_B = {-0x1p-1, 0x1.5555555555577p-2, -0x1.ffffffffffdcbp-3,
        0x1.999999995dd0cp-3, -0x1.55555556745a7p-3, 0x1.24924a344de3p-3, -0x1.fffffa4423d65p-4,
        0x1.c7184282ad6cap-4, -0x1.999eb43b068ffp-4, 0x1.78182f7afd085p-4, -0x1.5521375d145cdp-4};
    private static final double[] LOG_A = {-0x1.0000000000001p-1, 0x1.555555551305bp-2,
        -0x1.fffffffeb459p-3, 0x1.999b324f10111p-3, -0x1.55575e506c89fp-3};
    /** Pairs (1/c, log(c)) for the 128 subintervals of [0x1.6p-1, 0x1.6p0). */
    private static final double[] LOG_TAB = {
        0x1.734f0c3e0de9fp+0, -0x1.7cc7f79e69000p-2, 0x1.713786a2ce91fp+0, -0x1.76feec20d0000p-2,
        0x1.6f26008fab5a0p+0, -0x1.713e31351e000p-2, 0x1.6d1a61f138c7dp+0, -0x1.6b85b38287800p-2,
        0x1.6b1490bc5b4d1p+0, -0x1.65d5590807800p-2, 0x1.69147332f0cbap+0, -0x1.602d076180000p-2,
        0x1.6719f18224223p+0, -0x1.5a8ca86909000p-2, 0x1.6524f99a51ed9p+0, -0x1.54f4356035000p-2,
        0x1.63356aa8f24c4p+0, -0x1.4f637c36b4000p-2, 0x1.614b36b9ddc14p+0, -0x1.49da7fda85000p-2,
        0x1.5f66452c65c4cp+0, -0x1.445923989a800p-2, 0x1.5d867b5912c4fp+0, -0x1.3edf439b0b800p-2,
        0x1.5babccb5b90dep+0, -0x1.396ce448f7000p-2, 0x1.59d61f2d91a78p+0, -0x1.3401e17bda000p-2,
        0x1.5805612465687p+0, -0x1.2e9e2ef468000p-2, 0x1.56397cee76bd3p+0, -0x1.2941b3830e000p-2,
        0x1.54725e2a77f93p+0, -0x1.23ec58cda8800p-2, 0x1.52aff42064583p+0, -0x1.1e9e129279000p-2,
        0x1.50f22dbb2bddfp+0, -0x1.1956d2b48f800p-2, 0x1.4f38f4734ded7p+0, -0x1.141679ab9f800p-2,
        0x1.4d843cfde2840p+0, -0x1.0edd094ef9800p-2, 0x1.4bd3ec078a3c8p+0, -0x1.09aa518db1000p-2,
        0x1.4a27fc3e0258ap+0, -0x1.047e65263b800p-2, 0x1.4880524d48434p+0, -0x1.feb224586f000p-3,
        0x1.46dce1b192d0bp+0, -0x1.f474a7517b000p-3, 0x1.453d9d3391854p+0, -0x1.ea4443d103000p-3,
        0x1.43a2744b4845ap+0, -0x1.e020d44e9b000p-3, 0x1.420b54115f8fbp+0, -0x1.d60a22977f000p-3,
        0x1.40782da3ef4b1p+0, -0x1.cc00104959000p-3, 0x1.3ee8f5d57fe8fp+0, -0x1.c202956891000p-3,
        0x1.3d5d9a00b4ce9p+0, -0x1.b81178d811000p-3, 0x1.3bd60c010c12bp+0, -0x1.ae2c9ccd3d000p-3,
        0x1.3a5242b75dab8p+0, -0x1.a45402e129000p-3, 0x1.38d22cd9fd002p+0, -0x1.9a877681df000p-3,
        0x1.3755bc5847a1cp+0, -0x1.90c6d69483000p-3, 0x1.35dce49ad36e2p+0, -0x1.87120a645c000p-3,
        0x1.34679984dd440p+0, -0x1.7d68fb4143000p-3, 0x1.32f5cceffcb24p+0, -0x1.73cb83c627000p-3,
        0x1.3187775a10d49p+0, -0x1.6a39a9b376000p-3, 0x1.301c8373e3990p+0, -0x1.60b3154b7a000p-3,
        0x1.2eb4ebb95f841p+0, -0x1.5737d76243000p-3, 0x1.2d50a0219a9d1p+0, -0x1.4dc7b8fc23000p-3,
        0x1.2bef9a8b7fd2ap+0, -0x1.4462c51d20000p-3, 0x1.2a91c7a0c1babp+0, -0x1.3b08abc830000p-3,
        0x1.293726014b530p+0, -0x1.31b996b490000p-3, 0x1.27dfa5757a1f5p+0, -0x1.2875490a44000p-3,
        0x1.268b39b1d3bbfp+0, -0x1.1f3b9f879a000p-3, 0x1.2539d838ff5bdp+0, -0x1.160c8252ca000p-3,
        0x1.23eb7aac9083bp+0, -0x1.0ce7f57f72000p-3, 0x1.22a012ba940b6p+0, -0x1.03cdc49fea000p-3,
        0x1.2157996cc4132p+0, -0x1.f57bdbc4b8000p-4, 0x1.201201dd2fc9bp+0, -0x1.e370896404000p-4,
        0x1.1ecf4494d480bp+0, -0x1.d17983ef94000p-4, 0x1.1d8f5528f6569p+0, -0x1.bf9674ed8a000p-4,
        0x1.1c52311577e7cp+0, -0x1.adc79202f6000p-4, 0x1.1b17c74cb26e9p+0, -0x1.9c0c3e7288000p-4,
        0x1.19e010c2c1ab6p+0, -0x1.8a646b372c000p-4, 0x1.18ab07bb670bdp+0, -0x1.78d01b3ac0000p-4,
        0x1.1778a25efbcb6p+0, -0x1.674f145380000p-4, 0x1.1648d354c31dap+0, -0x1.55e0e6d878000p-4,
        0x1.151b990275fddp+0, -0x1.4485cdea1e000p-4, 0x1.13f0ea432d24cp+0, -0x1.333d94d6aa000p-4,
        0x1.12c8b7210f9dap+0, -0x1.22079f8c56000p-4, 0x1.11a3028ecb531p+0, -0x1.10e4698622000p-4,
        0x1.107fbda8434afp+0, -0x1.ffa6c6ad20000p-5, 0x1.0f5ee0f4e6bb3p+0, -0x1.dda8d4a774000p-5,
        0x1.0e4065d2a9fcep+0, -0x1.bbcece4850000p-5, 0x1.0d244632ca521p+0, -0x1.9a1894012c000p-5,
        0x1.0c0a77ce2981ap+0, -0x1.788583302c000p-5, 0x1.0af2f83c636d1p+0, -0x1.5715e67d68000p-5,
        0x1.09ddb98a01339p+0, -0x1.35c8a49658000p-5, 0x1.08cabaf52e7dfp+0, -0x1.149e364154000p-5,
        0x1.07b9f2f4e28fbp+0, -0x1.e72c082eb8000p-6, 0x1.06ab58c358f19p+0, -0x1.a55f152528000p-6,
        0x1.059eea5ecf92cp+0, -0x1.63d62cf818000p-6, 0x1.04949cdd12c90p+0, -0x1.228fb8caa0000p-6,
        0x1.038c6c6f0ada9p+0, -0x1.c317b20f90000p-7, 0x1.02865137932a9p+0, -0x1.419355daa0000p-7,
        0x1.0182427ea7348p+0, -0x1.81203c2ec0000p-8, 0x1.008040614b195p+0, -0x1.0040979240000p-9,
        0x1.fe01ff726fa1ap-1, 0x1.feff384900000p-9, 0x1.fa11cc261ea74p-1, 0x1.7dc41353d0000p-7,
        0x1.f6310b081992ep-1, 0x1.3cea3c4c28000p-6, 0x1.f25f63ceeadcdp-1, 0x1.b9fc114890000p-6,
        0x1.ee9c8039113e7p-1, 0x1.1b0d8ce110000p-5, 0x1.eae8078cbb1abp-1, 0x1.58a5bd001c000p-5,
        0x1.e741aa29d0c9bp-1, 0x1.95c8340d88000p-5, 0x1.e3a91830a99b5p-1, 0x1.d276aef578000p-5,
        0x1.e01e009609a56p-1, 0x1.07598e598c000p-4, 0x1.dca01e577bb98p-1, 0x1.253f5e30d2000p-4,
        0x1.d92f20b7c9103p-1, 0x1.42edd8b380000p-4, 0x1.d5cac66fb5ccep-1, 0x1.606598757c000p-4,
        0x1.d272caa5ede9dp-1, 0x1.7da76356a0000p-4, 0x1.cf26e3e6b2ccdp-1, 0x1.9ab434e1c6000p-4,
        0x1.cbe6da2a77902p-1, 0x1.b78c7bb0d6000p-4, 0x1.c8b266d37086dp-1, 0x1.d431332e72000p-4,
        0x1.c5894bd5d5804p-1, 0x1.f0a3171de6000p-4, 0x1.c26b533bb9f8cp-1, 0x1.067152b914000p-3,
        0x1.bf583eeece73fp-1, 0x1.147858292b000p-3, 0x1.bc4fd75db96c1p-1, 0x1.2266ecdca3000p-3,
        0x1.b951e0c864a28p-1, 0x1.303d7a6c55000p-3, 0x1.b65e2c5ef3e2cp-1, 0x1.3dfc33c331000p-3,
        0x1.b374867c9888bp-1, 0x1.4ba366b7a8000p-3, 0x1.b094b211d304ap-1, 0x1.5933928d1f000p-3,
        0x1.adbe885f2ef7ep-1, 0x1.66acd2418f000p-3, 0x1.aaf1d31603da2p-1, 0x1.740f8ec669000p-3,
        0x1.a82e63fd358a7p-1, 0x1.815c0f51af000p-3, 0x1.a5740ef09738bp-1, 0x1.8e92954f68000p-3,
        0x1.a2c2a90ab4b27p-1, 0x1.9bb3602f84000p-3, 0x1.a01a01393f2d1p-1, 0x1.a8bed1c2c0000p-3,
        0x1.9d79f24db3c1bp-1, 0x1.b5b515c01d000p-3, 0x1.9ae2505c7b190p-1, 0x1.c2967ccbcc000p-3,
        0x1.9852ef297ce2fp-1, 0x1.cf635d5486000p-3, 0x1.95cbaeea44b75p-1, 0x1.dc1bd3446c000p-3,
        0x1.934c69de74838p-1, 0x1.e8c01b8cfe000p-3, 0x1.90d4f2f6752e6p-1, 0x1.f5509c0179000p-3,
        0x1.8e6528effd79dp-1, 0x1.00e6c121fb800p-2, 0x1.8bfce9fcc007cp-1, 0x1.071b80e93d000p-2,
        0x1.899c0dabec30ep-1, 0x1.0d46b9e867000p-2, 0x1.87427aa2317fbp-1, 0x1.13687334bd000p-2,
        0x1.84f00acb39a08p-1, 0x1.1980d67234800p-2, 0x1.82a49e8653e55p-1, 0x1.1f8ffe0cc8000p-2,
        0x1.8060195f40260p-1, 0x1.2595fd7636800p-2, 0x1.7e22563e0a329p-1, 0x1.2b9300914a800p-2,
        0x1.7beb377dcb5adp-1, 0x1.3187210436000p-2, 0x1.79baa679725c2p-1, 0x1.377266dec1800p-2,
        0x1.77907f2170657p-1, 0x1.3d54ffbaf3000p-2, 0x1.756cadbd6130cp-1, 0x1.432eee32fe000p-2,
    };
    private static final long LOG_OFF = 0x3fe6000000000000L;
    private static final long LOG_NEAR1_LO = Double.doubleToRawLongBits(1.0 - 0x1p-4);
    private static final long LOG_NEAR1_HI = Double.doubleToRawLongBits(1.0 + 0x1.09p-4);

    static double log(double x) {
        long ix = Double.doubleToRawLongBits(x);
        if (Long.compareUnsigned(ix - LOG_NEAR1_LO, LOG_NEAR1_HI - LOG_NEAR1_LO) < 0) {
            if (x == 1.0) {
                return 0.0;
            }
            double r = x - 1.0;
            double r2 = r * r;
            double r3 = r * r2;
            double[] b = LOG_B;
            double inner = Math.fma(r3, b[10], Math.fma(r2, b[9], Math.fma(r, b[8], b[7])));
            double mid = Math.fma(r3, inner, Math.fma(r2, b[6], Math.fma(r, b[5], b[4])));
            double outer = Math.fma(r3, mid, Math.fma(r2, b[3], Math.fma(r, b[2], b[1])));
            double w = r * 0x1p27;
            double rhi = r + w - w;
            double rlo = r - rhi;
            w = rhi * rhi * b[0];
            double hi = r + w;
            double lo = r - hi + w;
            lo = Math.fma(b[0] * rlo, rhi + r, lo);
            return Math.fma(r3, outer, lo) + hi;
        }
        int top = (int) (ix >>> 48);
        if (top - 0x0010 < 0 || top - 0x0010 >= 0x7ff0 - 0x0010) {
            if (x == 0.0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (x == Double.POSITIVE_INFINITY) {
                return x;
            }
            if (x < 0 || Double.isNaN(x)) {
                return Double.NaN;
            }
            ix = Double.doubleToRawLongBits(x * 0x1p52) - (52L << 52); // subnormal
        }
        long tmp = ix - LOG_OFF;
        int i = (int) ((tmp >>> 45) & 127);
        int k = (int) (tmp >> 52);
        long iz = ix - (tmp & (0xfffL << 52));
        double invc = LOG_TAB[2 * i];
        double logc = LOG_TAB[2 * i + 1];
        double z = Double.longBitsToDouble(iz);
        double r = Math.fma(z, invc, -1.0);
        double kd = k;
        double w = Math.fma(kd, LOG_LN2_HI, logc);
        double hi = w + r;
        double lo = Math.fma(kd, LOG_LN2_LO, w - hi + r);
        double r2 = r * r;
        double[] a = LOG_A;
        double p = Math.fma(r2, Math.fma(r, a[4], a[3]), Math.fma(r, a[2], a[1]));
        return Math.fma(r * r2, p, Math.fma(r2, a[0], lo)) + hi;
    }

    // ---- pow: glibc's dbl-64/e_pow.c (from ARM's optimized-routines), FMA variant: log(x) to about
    // 68 bits as hi + lo with a 128-entry table (1/c, log(c) and its tail; glibc's e_pow_log_data.c),
    // then exp(y*log(x)) by exp's algorithm with the low part added to the reduced argument.

    private static final double[] POW_A = {-0.5, 0x1.555555555556p-2 * -2, -0x1.0000000000006p-2 * -2,
        0x1.999999959554ep-3 * 4, -0x1.555555529a47ap-3 * 4, 0x1.2495b9b4845e9p-3 * -8,
        -0x1.0002b8b263fc3p-3 * -8};
    /** Triples (1/c, log(c) rounded to 43 fraction bits, the rest of log(c)). */
    private static final double[] POW_LOG_TAB = {
        0x1.6a00000000000p+0, -0x1.62c82f2b9c800p-2, 0x1.ab42428375680p-48,
        0x1.6800000000000p+0, -0x1.5d1bdbf580800p-2, -0x1.ca508d8e0f720p-46,
        0x1.6600000000000p+0, -0x1.5767717455800p-2, -0x1.362a4d5b6506dp-45,
        0x1.6400000000000p+0, -0x1.51aad872df800p-2, -0x1.684e49eb067d5p-49,
        0x1.6200000000000p+0, -0x1.4be5f95777800p-2, -0x1.41b6993293ee0p-47,
        0x1.6000000000000p+0, -0x1.4618bc21c6000p-2, 0x1.3d82f484c84ccp-46,
        0x1.5e00000000000p+0, -0x1.404308686a800p-2, 0x1.c42f3ed820b3ap-50,
        0x1.5c00000000000p+0, -0x1.3a64c55694800p-2, 0x1.0b1c686519460p-45,
        0x1.5a00000000000p+0, -0x1.347dd9a988000p-2, 0x1.5594dd4c58092p-45,
        0x1.5800000000000p+0, -0x1.2e8e2bae12000p-2, 0x1.67b1e99b72bd8p-45,
        0x1.5600000000000p+0, -0x1.2895a13de8800p-2, 0x1.5ca14b6cfb03fp-46,
        0x1.5600000000000p+0, -0x1.2895a13de8800p-2, 0x1.5ca14b6cfb03fp-46,
        0x1.5400000000000p+0, -0x1.22941fbcf7800p-2, -0x1.65a242853da76p-46,
        0x1.5200000000000p+0, -0x1.1c898c1699800p-2, -0x1.fafbc68e75404p-46,
        0x1.5000000000000p+0, -0x1.1675cababa800p-2, 0x1.f1fc63382a8f0p-46,
        0x1.4e00000000000p+0, -0x1.1058bf9ae4800p-2, -0x1.6a8c4fd055a66p-45,
        0x1.4c00000000000p+0, -0x1.0a324e2739000p-2, -0x1.c6bee7ef4030ep-47,
        0x1.4a00000000000p+0, -0x1.0402594b4d000p-2, -0x1.036b89ef42d7fp-48,
        0x1.4a00000000000p+0, -0x1.0402594b4d000p-2, -0x1.036b89ef42d7fp-48,
        0x1.4800000000000p+0, -0x1.fb9186d5e4000p-3, 0x1.d572aab993c87p-47,
        0x1.4600000000000p+0, -0x1.ef0adcbdc6000p-3, 0x1.b26b79c86af24p-45,
        0x1.4400000000000p+0, -0x1.e27076e2af000p-3, -0x1.72f4f543fff10p-46,
        0x1.4200000000000p+0, -0x1.d5c216b4fc000p-3, 0x1.1ba91bbca681bp-45,
        0x1.4000000000000p+0, -0x1.c8ff7c79aa000p-3, 0x1.7794f689f8434p-45,
        0x1.4000000000000p+0, -0x1.c8ff7c79aa000p-3, 0x1.7794f689f8434p-45,
        0x1.3e00000000000p+0, -0x1.bc286742d9000p-3, 0x1.94eb0318bb78fp-46,
        0x1.3c00000000000p+0, -0x1.af3c94e80c000p-3, 0x1.a4e633fcd9066p-52,
        0x1.3a00000000000p+0, -0x1.a23bc1fe2b000p-3, -0x1.58c64dc46c1eap-45,
        0x1.3a00000000000p+0, -0x1.a23bc1fe2b000p-3, -0x1.58c64dc46c1eap-45,
        0x1.3800000000000p+0, -0x1.9525a9cf45000p-3, -0x1.ad1d904c1d4e3p-45,
        0x1.3600000000000p+0, -0x1.87fa06520d000p-3, 0x1.bbdbf7fdbfa09p-45,
        0x1.3400000000000p+0, -0x1.7ab890210e000p-3, 0x1.bdb9072534a58p-45,
        0x1.3400000000000p+0, -0x1.7ab890210e000p-3, 0x1.bdb9072534a58p-45,
        0x1.3200000000000p+0, -0x1.6d60fe719d000p-3, -0x1.0e46aa3b2e266p-46,
        0x1.3000000000000p+0, -0x1.5ff3070a79000p-3, -0x1.e9e439f105039p-46,
        0x1.3000000000000p+0, -0x1.5ff3070a79000p-3, -0x1.e9e439f105039p-46,
        0x1.2e00000000000p+0, -0x1.526e5e3a1b000p-3, -0x1.0de8b90075b8fp-45,
        0x1.2c00000000000p+0, -0x1.44d2b6ccb8000p-3, 0x1.70cc16135783cp-46,
        0x1.2c00000000000p+0, -0x1.44d2b6ccb8000p-3, 0x1.70cc16135783cp-46,
        0x1.2a00000000000p+0, -0x1.371fc201e9000p-3, 0x1.178864d27543ap-48,
        0x1.2800000000000p+0, -0x1.29552f81ff000p-3, -0x1.48d301771c408p-45,
        0x1.2600000000000p+0, -0x1.1b72ad52f6000p-3, -0x1.e80a41811a396p-45,
        0x1.2600000000000p+0, -0x1.1b72ad52f6000p-3, -0x1.e80a41811a396p-45,
        0x1.2400000000000p+0, -0x1.0d77e7cd09000p-3, 0x1.a699688e85bf4p-47,
        0x1.2400000000000p+0, -0x1.0d77e7cd09000p-3, 0x1.a699688e85bf4p-47,
        0x1.2200000000000p+0, -0x1.fec9131dbe000p-4, -0x1.575545ca333f2p-45,
        0x1.2000000000000p+0, -0x1.e27076e2b0000p-4, 0x1.a342c2af0003cp-45,
        0x1.2000000000000p+0, -0x1.e27076e2b0000p-4, 0x1.a342c2af0003cp-45,
        0x1.1e00000000000p+0, -0x1.c5e548f5bc000p-4, -0x1.d0c57585fbe06p-46,
        0x1.1c00000000000p+0, -0x1.a926d3a4ae000p-4, 0x1.53935e85baac8p-45,
        0x1.1c00000000000p+0, -0x1.a926d3a4ae000p-4, 0x1.53935e85baac8p-45,
        0x1.1a00000000000p+0, -0x1.8c345d631a000p-4, 0x1.37c294d2f5668p-46,
        0x1.1a00000000000p+0, -0x1.8c345d631a000p-4, 0x1.37c294d2f5668p-46,
        0x1.1800000000000p+0, -0x1.6f0d28ae56000p-4, -0x1.69737c93373dap-45,
        0x1.1600000000000p+0, -0x1.51b073f062000p-4, 0x1.f025b61c65e57p-46,
        0x1.1600000000000p+0, -0x1.51b073f062000p-4, 0x1.f025b61c65e57p-46,
        0x1.1400000000000p+0, -0x1.341d7961be000p-4, 0x1.c5edaccf913dfp-45,
        0x1.1400000000000p+0, -0x1.341d7961be000p-4, 0x1.c5edaccf913dfp-45,
        0x1.1200000000000p+0, -0x1.16536eea38000p-4, 0x1.47c5e768fa309p-46,
        0x1.1000000000000p+0, -0x1.f0a30c0118000p-5, 0x1.d599e83368e91p-45,
        0x1.1000000000000p+0, -0x1.f0a30c0118000p-5, 0x1.d599e83368e91p-45,
        0x1.0e00000000000p+0, -0x1.b42dd71198000p-5, 0x1.c827ae5d6704cp-46,
        0x1.0e00000000000p+0, -0x1.b42dd71198000p-5, 0x1.c827ae5d6704cp-46,
        0x1.0c00000000000p+0, -0x1.77458f632c000p-5, -0x1.cfc4634f2a1eep-45,
        0x1.0c00000000000p+0, -0x1.77458f632c000p-5, -0x1.cfc4634f2a1eep-45,
        0x1.0a00000000000p+0, -0x1.39e87b9fec000p-5, 0x1.502b7f526feaap-48,
        0x1.0a00000000000p+0, -0x1.39e87b9fec000p-5, 0x1.502b7f526feaap-48,
        0x1.0800000000000p+0, -0x1.f829b0e780000p-6, -0x1.980267c7e09e4p-45,
        0x1.0800000000000p+0, -0x1.f829b0e780000p-6, -0x1.980267c7e09e4p-45,
        0x1.0600000000000p+0, -0x1.7b91b07d58000p-6, -0x1.88d5493faa639p-45,
        0x1.0400000000000p+0, -0x1.fc0a8b0fc0000p-7, -0x1.f1e7cf6d3a69cp-50,
        0x1.0400000000000p+0, -0x1.fc0a8b0fc0000p-7, -0x1.f1e7cf6d3a69cp-50,
        0x1.0200000000000p+0, -0x1.fe02a6b100000p-8, -0x1.9e23f0dda40e4p-46,
        0x1.0200000000000p+0, -0x1.fe02a6b100000p-8, -0x1.9e23f0dda40e4p-46,
        0x1.0000000000000p+0, 0x0.0000000000000p+0, 0x0.0000000000000p+0,
        0x1.0000000000000p+0, 0x0.0000000000000p+0, 0x0.0000000000000p+0,
        0x1.fc00000000000p-1, 0x1.0101575890000p-7, -0x1.0c76b999d2be8p-46,
        0x1.f800000000000p-1, 0x1.0205658938000p-6, -0x1.3dc5b06e2f7d2p-45,
        0x1.f400000000000p-1, 0x1.8492528c90000p-6, -0x1.aa0ba325a0c34p-45,
        0x1.f000000000000p-1, 0x1.0415d89e74000p-5, 0x1.111c05cf1d753p-47,
        0x1.ec00000000000p-1, 0x1.466aed42e0000p-5, -0x1.c167375bdfd28p-45,
        0x1.e800000000000p-1, 0x1.894aa149fc000p-5, -0x1.97995d05a267dp-46,
        0x1.e400000000000p-1, 0x1.ccb73cdddc000p-5, -0x1.a68f247d82807p-46,
        0x1.e200000000000p-1, 0x1.eea31c006c000p-5, -0x1.e113e4fc93b7bp-47,
        0x1.de00000000000p-1, 0x1.1973bd1466000p-4, -0x1.5325d560d9e9bp-45,
        0x1.da00000000000p-1, 0x1.3bdf5a7d1e000p-4, 0x1.cc85ea5db4ed7p-45,
        0x1.d600000000000p-1, 0x1.5e95a4d97a000p-4, -0x1.c69063c5d1d1ep-45,
        0x1.d400000000000p-1, 0x1.700d30aeac000p-4, 0x1.c1e8da99ded32p-49,
        0x1.d000000000000p-1, 0x1.9335e5d594000p-4, 0x1.3115c3abd47dap-45,
        0x1.cc00000000000p-1, 0x1.b6ac88dad6000p-4, -0x1.390802bf768e5p-46,
        0x1.ca00000000000p-1, 0x1.c885801bc4000p-4, 0x1.646d1c65aacd3p-45,
        0x1.c600000000000p-1, 0x1.ec739830a2000p-4, -0x1.dc068afe645e0p-45,
        0x1.c400000000000p-1, 0x1.fe89139dbe000p-4, -0x1.534d64fa10afdp-45,
        0x1.c000000000000p-1, 0x1.1178e8227e000p-3, 0x1.1ef78ce2d07f2p-45,
        0x1.be00000000000p-1, 0x1.1aa2b7e23f000p-3, 0x1.ca78e44389934p-45,
        0x1.ba00000000000p-1, 0x1.2d1610c868000p-3, 0x1.39d6ccb81b4a1p-47,
        0x1.b800000000000p-1, 0x1.365fcb0159000p-3, 0x1.62fa8234b7289p-51,
        0x1.b400000000000p-1, 0x1.4913d8333b000p-3, 0x1.5837954fdb678p-45,
        0x1.b200000000000p-1, 0x1.527e5e4a1b000p-3, 0x1.633e8e5697dc7p-45,
        0x1.ae00000000000p-1, 0x1.6574ebe8c1000p-3, 0x1.9cf8b2c3c2e78p-46,
        0x1.ac00000000000p-1, 0x1.6f0128b757000p-3, -0x1.5118de59c21e1p-45,
        0x1.aa00000000000p-1, 0x1.7898d85445000p-3, -0x1.c661070914305p-46,
        0x1.a600000000000p-1, 0x1.8beafeb390000p-3, -0x1.73d54aae92cd1p-47,
        0x1.a400000000000p-1, 0x1.95a5adcf70000p-3, 0x1.7f22858a0ff6fp-47,
        0x1.a000000000000p-1, 0x1.a93ed3c8ae000p-3, -0x1.8724350562169p-45,
        0x1.9e00000000000p-1, 0x1.b31d8575bd000p-3, -0x1.c358d4eace1aap-47,
        0x1.9c00000000000p-1, 0x1.bd087383be000p-3, -0x1.d4bc4595412b6p-45,
        0x1.9a00000000000p-1, 0x1.c6ffbc6f01000p-3, -0x1.1ec72c5962bd2p-48,
        0x1.9600000000000p-1, 0x1.db13db0d49000p-3, -0x1.aff2af715b035p-45,
        0x1.9400000000000p-1, 0x1.e530effe71000p-3, 0x1.212276041f430p-51,
        0x1.9200000000000p-1, 0x1.ef5ade4dd0000p-3, -0x1.a211565bb8e11p-51,
        0x1.9000000000000p-1, 0x1.f991c6cb3b000p-3, 0x1.bcbecca0cdf30p-46,
        0x1.8c00000000000p-1, 0x1.07138604d5800p-2, 0x1.89cdb16ed4e91p-48,
        0x1.8a00000000000p-1, 0x1.0c42d67616000p-2, 0x1.7188b163ceae9p-45,
        0x1.8800000000000p-1, 0x1.1178e8227e800p-2, -0x1.c210e63a5f01cp-45,
        0x1.8600000000000p-1, 0x1.16b5ccbacf800p-2, 0x1.b9acdf7a51681p-45,
        0x1.8400000000000p-1, 0x1.1bf99635a6800p-2, 0x1.ca6ed5147bdb7p-45,
        0x1.8200000000000p-1, 0x1.214456d0eb800p-2, 0x1.a87deba46baeap-47,
        0x1.7e00000000000p-1, 0x1.2bef07cdc9000p-2, 0x1.a9cfa4a5004f4p-45,
        0x1.7c00000000000p-1, 0x1.314f1e1d36000p-2, -0x1.8e27ad3213cb8p-45,
        0x1.7a00000000000p-1, 0x1.36b6776be1000p-2, 0x1.16ecdb0f177c8p-46,
        0x1.7800000000000p-1, 0x1.3c25277333000p-2, 0x1.83b54b606bd5cp-46,
        0x1.7600000000000p-1, 0x1.419b423d5e800p-2, 0x1.8e436ec90e09dp-47,
        0x1.7400000000000p-1, 0x1.4718dc271c800p-2, -0x1.f27ce0967d675p-45,
        0x1.7200000000000p-1, 0x1.4c9e09e173000p-2, -0x1.e20891b0ad8a4p-45,
        0x1.7000000000000p-1, 0x1.522ae0738a000p-2, 0x1.ebe708164c759p-45,
        0x1.6e00000000000p-1, 0x1.57bf753c8d000p-2, 0x1.fadedee5d40efp-46,
        0x1.6c00000000000p-1, 0x1.5d5bddf596000p-2, -0x1.a0b2a08a465dcp-47,
    };
    private static final long POW_OFF = 0x3fe6955500000000L;

    /**
     * x**y for the arguments gamma gives it: x a positive normal double, y finite. (glibc's
     * special cases for zero, subnormal, negative, infinite and NaN x, and tiny or huge y, are
     * not needed.)
     */
    static double pow(double x, double y) {
        if (y == 0.0 || x == 1.0) {
            return 1.0;
        }
        long ix = Double.doubleToRawLongBits(x);
        // log(x) = k*ln2 + log(c) + log1p(r), r = z/c - 1
        long tmp = ix - POW_OFF;
        int i = (int) ((tmp >>> 45) & 127);
        int k = (int) (tmp >> 52);
        double z = Double.longBitsToDouble(ix - (tmp & (0xfffL << 52)));
        double kd = k;
        double invc = POW_LOG_TAB[3 * i];
        double logc = POW_LOG_TAB[3 * i + 1];
        double logctail = POW_LOG_TAB[3 * i + 2];
        double r = Math.fma(z, invc, -1.0);
        double t1 = Math.fma(kd, LOG_LN2_HI, logc);
        double t2 = t1 + r;
        double lo1 = Math.fma(kd, LOG_LN2_LO, logctail);
        double lo2 = t1 - t2 + r;
        double[] a = POW_A;
        double ar = a[0] * r;
        double ar2 = r * ar;
        double ar3 = r * ar2;
        double hi = t2 + ar2;
        double lo3 = Math.fma(ar, r, -ar2);
        double lo4 = t2 - hi + ar2;
        double inner = Math.fma(ar2, Math.fma(r, a[6], a[5]), Math.fma(r, a[4], a[3]));
        double outer = Math.fma(ar2, inner, Math.fma(r, a[2], a[1]));
        double lo = Math.fma(ar3, outer, lo1 + lo2 + lo3 + lo4);
        double logHi = hi + lo;
        double logLo = hi - logHi + lo;
        // exp(ehi + elo)
        double ehi = y * logHi;
        double elo = Math.fma(y, logLo, Math.fma(y, logHi, -ehi));
        int abstop = (int) (Double.doubleToRawLongBits(ehi) >>> 52) & 0x7ff;
        boolean special = false;
        if (Integer.compareUnsigned(abstop - 0x3c9, 0x408 - 0x3c9) >= 0) {
            if (abstop - 0x3c9 < 0) {
                return 1.0 + ehi;
            }
            if (abstop >= 0x409) {
                return ehi < 0 ? 0.0 : Double.POSITIVE_INFINITY;
            }
            special = true;
        }
        double kz = EXP_INV_LN2_N * ehi + EXP_SHIFT;
        long ki = Double.doubleToRawLongBits(kz);
        kz -= EXP_SHIFT;
        double er = Math.fma(kz, EXP_NEG_LN2_LO_N, Math.fma(kz, EXP_NEG_LN2_HI_N, ehi)) + elo;
        int idx = 2 * (int) (ki & 127);
        double tail = Double.longBitsToDouble(EXP_TAB[idx]);
        long sbits = EXP_TAB[idx + 1] + (ki << 45);
        double er2 = er * er;
        double etmp = Math.fma(er2 * er2, Math.fma(er, EXP_C5, EXP_C4),
            Math.fma(er2, Math.fma(er, EXP_C3, EXP_C2), tail + er));
        if (special) {
            return expSpecial(etmp, sbits, ki);
        }
        double scale = Double.longBitsToDouble(sbits);
        return Math.fma(scale, etmp, scale);
    }

    // ---- sin and cos for |x| < 0.855469: glibc's dbl-64/s_sin.c (IBM Accurate Mathematical Library),
    // FMA variant: a Taylor polynomial below 0.126, else sin/cos of the nearest k/128 from a table
    // (as double-double) combined with short polynomials in the remainder. The table holds
    // sin(k/128) and cos(k/128) for k = 0..109, each as a double and the rounded rest; computed here
    // to 80 digits (glibc's sincostab.c has the same values; a few tails may differ in their last bit,
    // which moves no result we have seen).

    private static final double S1 = -0x1.5555555555555p-3;
    private static final double S2 = 0x1.1111111110ecep-7;
    private static final double S3 = -0x1.a01a019db08b8p-13;
    private static final double S4 = 0x1.71de27b9a7ed9p-19;
    private static final double S5 = -0x1.addffc2fcdf59p-26;
    private static final double SN3 = Double.longBitsToDouble(0xbfc5555555555515L);
    private static final double SN5 = Double.longBitsToDouble(0x3f811110e829872fL);
    private static final double CS2 = 0.5;
    private static final double CS4 = Double.longBitsToDouble(0xbfa5555555555535L);
    private static final double CS6 = Double.longBitsToDouble(0x3f56c16bedd9e239L);
    private static final double BIG = 0x1.8p45;
    /** (sin, its tail, cos, its tail) of k/128. */
    private static final long[] SINCOS_TAB = {
        0x0000000000000000L, 0x0000000000000000L, 0x3ff0000000000000L, 0x0000000000000000L,
        0x3f7fffeaaaaeeeefL, 0xbc1e45e2ec67b77cL, 0x3fefffc000155552L, 0x3c8f4a01a0196daeL,
        0x3f8fffaaaaeeeed5L, 0xbc02ab639a9f0776L, 0x3fefff000155549fL, 0x3c828a28a03a5ef3L,
        0x3f97ff7001033255L, 0x3bfefe2b51527336L, 0x3feffdc006bff7e6L, 0x3c8ae6dae86977bdL,
        0x3f9ffeaaaeeee86fL, 0xbc3cd406fb224ae2L, 0x3feffc00155527d3L, 0xbc83b54492d89b5bL,
        0x3fa3feb2b12d45d5L, 0x3c34ec54203d1c11L, 0x3feff9c03414a7baL, 0x3c6991f4be6c59bfL,
        0x3fa7fdc01032fba9L, 0xbc4599bdf46e997aL, 0x3feff7006bfdf99fL, 0xbc78b3b560648d5fL,
        0x3fabfc6d78586dacL, 0x3c18e4fd03dbf236L, 0x3feff3c0c8103a31L, 0x3c74856dbddc0e66L,
        0x3faffaaaeeed4edbL, 0xbc42d16d32684b69L, 0x3feff0015549f4d3L, 0x3c8328387b99426fL,
        0x3fb1fc343d808befL, 0xbc5f3d32e6f3be4fL, 0x3fefebc222a8ef9fL, 0x3c57934934f54c77L,
        0x3fb3facb12d1755bL, 0xbc5921915299468bL, 0x3fefe7034129ef6fL, 0xbc6cbf4337c96f97L,
        0x3fb5f911fd10b737L, 0xbc50184f02be9102L, 0x3fefe1c4c3c873ebL, 0xbc35a9c9057c4a02L,
        0x3fb7f701032550e4L, 0x3c3afc2d1800501aL, 0x3fefdc06bf7e6b9bL, 0x3c831902b535f8dbL,
        0x3fb9f4902d55d1f9L, 0x3c52696d7eac1dc1L, 0x3fefd5c94b43e000L, 0xbc62e768cb4f92f9L,
        0x3fbbf1b78568391dL, 0x3c5e91841dea4cc8L, 0x3fefcf0c800e99b1L, 0x3c6ea3d786d186acL,
        0x3fbdee6f16c1cce6L, 0xbc450f8e2fb71673L, 0x3fefc7d078d1bc88L, 0x3c8075d2447db685L,
        0x3fbfeaaeee86ee36L, 0xbc4afcb2bcc6f03bL, 0x3fefc015527d5bd3L, 0x3c8b68f35094efb8L,
        0x3fc0f3378ddd71d1L, 0x3c6d8468724f0f9eL, 0x3fefb7db2bfe0695L, 0x3c821dadf4f65ab1L,
        0x3fc1f0d3d7afceafL, 0xbc66ef95099769a5L, 0x3fefaf22263c4bd3L, 0xbc552ace133a2769L,
        0x3fc2ee285e4ab88fL, 0xbc6e4d0f05dee058L, 0x3fefa5ea641c36f2L, 0x3c404da6ed17cc7cL,
        0x3fc3eb312c5d66cbL, 0x3c647d666b66cb91L, 0x3fef9c340a7cc428L, 0x3c8c5b6b063b7462L,
        0x3fc4e7ea4dc5f27bL, 0x3c5949db2ac072fcL, 0x3fef91ff40374d01L, 0xbc67d03f4d3a9e4cL,
        0x3fc5e44fcfa126f3L, 0xbc66f443063f89b6L, 0x3fef874c2e1eecf6L, 0xbc8c6514e1332b16L,
        0x3fc6e05dc05a4d4cL, 0xbbd32c5c8b81c919L, 0x3fef7c1afeffde24L, 0xbc78f55bc47540b1L,
        0x3fc7dc102fbaf2b5L, 0x3c45ab50e23c97c3L, 0x3fef706bdf9ece1cL, 0xbc8698c80c36dcb4L,
        0x3fc8d7632efaa944L, 0xbc620fa262cbb953L, 0x3fef643efeb82acdL, 0x3c76b00ac1fe28acL,
        0x3fc9d252d0cec312L, 0x3c59c43d80b1137dL, 0x3fef57948cff6797L, 0x3c6e3a0d3e03b1d4L,
        0x3fcaccdb297a0765L, 0xbc59883b57d6cdeaL, 0x3fef4a6cbd1e3a79L, 0x3c813df0edaebb57L,
        0x3fcbc6f84edc6199L, 0x3c69c1a56a7b0cabL, 0x3fef3cc7c3b3d16eL, 0xbc621a3ad28a3494L,
        0x3fccc0a6588289a3L, 0xbc6868d09bc87c6bL, 0x3fef2ea5d753ffedL, 0x3c8cc4215f56d583L,
        0x3fcdb9e15fb5a5d0L, 0xbc632e20d6cc6fc2L, 0x3fef20073086649fL, 0x3c7b940416c1984bL,
        0x3fceb2a57f8ae5a3L, 0xbc60be06af572cebL, 0x3fef10ec09c5873bL, 0x3c8d9072762c1283L,
        0x3fcfaaeed4f31577L, 0xbc615d88508e32b8L, 0x3fef01549f7deea1L, 0x3c8d3c1e99e5cafdL,
        0x3fd0515cbf65155cL, 0xbc79b8c29dfd8ec7L, 0x3feef141300d2f26L, 0xbc82aa1b08ded372L,
        0x3fd0cd00cef36436L, 0xbc79fb0a0c93e2b4L, 0x3feee0b1fbc0f11cL, 0xbc4bfd2380bbc3b1L,
        0x3fd14861aa94ddebL, 0xbc6be881b5b615a4L, 0x3feecfa744d5efa1L, 0xbc556d0a4af541d0L,
        0x3fd1c37d64c6b876L, 0x3c746076fe0dcff4L, 0x3feebe214f76efa8L, 0xbc802f9f12ba543eL,
        0x3fd23e52111aaf36L, 0xbc74f080334eff18L, 0x3feeac2061bbaf4fL, 0x3c62c1d53e94658dL,
        0x3fd2b8ddc43eb49fL, 0x3c61553899f2d807L, 0x3fee99a4c3a7cd83L, 0xbc82264b1bc53ce8L,
        0x3fd3331e94049f87L, 0x3c7e0cb6b40c302cL, 0x3fee86aebf29a9edL, 0x3c89397afdbb58a7L,
        0x3fd3ad129769d3d8L, 0x3c003d550487839aL, 0x3fee733ea0193d40L, 0xbc86428b3546ce13L,
        0x3fd426b7e69ee697L, 0xbc7f09c75705c59fL, 0x3fee5f54b436e9d0L, 0x3c87eb0fd02fc8bcL,
        0x3fd4a00c9b0f3d20L, 0x3c7823ba6bb08eadL, 0x3fee4af14b2a449cL, 0xbc868ca02e8a6833L,
        0x3fd5190ecf68a77aL, 0x3c7b357155eef0f3L, 0x3fee3614b680d6a5L, 0xbc727793aa015237L,
        0x3fd591bc9fa2f597L, 0x3c67c74bac3fe0cbL, 0x3fee20bf49acd6c1L, 0xbc5660aec7ef636bL,
        0x3fd60a1429078775L, 0x3c5b1fd80ba89133L, 0x3fee0af15a03dbceL, 0x3c5fe8e702771ae6L,
        0x3fd682138a38d7f7L, 0xbc7d889202444aadL, 0x3fedf4ab3ebd875eL, 0xbc8e2d8a7e6736c4L,
        0x3fd6f9b8e33a0255L, 0x3c742bc14ee9da0dL, 0x3feddded50f228d6L, 0xbc6e80c8d42ba2bfL,
        0x3fd7710255764214L, 0xbc66ead7314bb6ceL, 0x3fedc6b7eb995912L, 0x3c54b364776dcd35L,
        0x3fd7e7ee03c86d4eL, 0xbc7b63bcdabf5af2L, 0x3fedaf0b6b888e83L, 0x3c8a249e2b5e5ceaL,
        0x3fd85e7a12826949L, 0x3c78a40e9b5face0L, 0x3fed96e82f71a9dcL, 0x3c8ff61bd5d2039dL,
        0x3fd8d4a4a774992fL, 0x3c744a02ea766326L, 0x3fed7e4e97e17b4aL, 0xbc63b770352bed94L,
        0x3fd94a6be9f546c5L, 0xbc769ce13e683f58L, 0x3fed653f073e4040L, 0xbc876236434bec37L,
        0x3fd9bfce02e80510L, 0x3c709e39a320b0a4L, 0x3fed4bb9e1c619e0L, 0x3c8f34bb77858f61L,
        0x3fda34c91cc50ccaL, 0xbc5a310e3b50cecdL, 0x3fed31bf8d8d7c06L, 0x3c7e60dd3089cbddL,
        0x3fdaa95b63a09277L, 0xbc66293eb13c0381L, 0x3fed1750727d94f0L, 0x3c80d52b1ec1a48eL,
        0x3fdb1d8305321617L, 0xbc7ae242cb99f519L, 0x3fecfc6cfa52ad9fL, 0x3c88b5b5508f2a0dL,
        0x3fdb913e30dbac43L, 0xbc7e38ad2f6c3ff1L, 0x3fece115909a82e5L, 0x3c81f139bb31109aL,
        0x3fdc048b17b140a3L, 0x3c619fe6757e9fa7L, 0x3fecc54aa2b2972eL, 0x3c64ee162ba83a98L,
        0x3fdc7767ec7fd19eL, 0xbc5eb14d1a3d5826L, 0x3feca90c9fc67d0bL, 0xbc646a81485e3462L,
        0x3fdce9d2e3d4a51fL, 0xbc62fc8a12dae298L, 0x3fec8c5bf8ce1a84L, 0x3c7ab3d1a1590123L,
        0x3fdd5bca34047661L, 0x3c728a44a75fc29cL, 0x3fec6f39208be53bL, 0xbc8741dbfbaadb42L,
        0x3fddcd4c15329c9aL, 0x3c70d4c6e171fd9aL, 0x3fec51a48b8b175eL, 0xbc61bbb43b9aa880L,
        0x3fde3e56c1582a69L, 0xbc50a4821099f88fL, 0x3fec339eb01ddd81L, 0xbc8caaf5ee82c5c0L,
        0x3fdeaee8744b05f0L, 0xbc5789b43c9b027dL, 0x3fec1528065b7d50L, 0xbc8892111312e828L,
        0x3fdf1eff6bc4f97bL, 0x3c717212f8a7525cL, 0x3febf641081e7536L, 0x3c8b7bd71628a9a1L,
        0x3fdf8e99e76abc97L, 0x3c59d950af2d00a3L, 0x3febd6ea310294f5L, 0x3c731bbcc88c109dL,
        0x3fdffdb628d2f57aL, 0x3c6f4a992e905b6aL, 0x3febb723fe630f32L, 0x3c772bd2452d0a39L,
        0x3fe0362939c69955L, 0xbc82d8cd78397b01L, 0x3feb96eeef58840eL, 0x3c545a3cc78fade0L,
        0x3fe06d3686946e5bL, 0x3c83f5ae4538ff1bL, 0x3feb764b84b704c2L, 0xbc8f5848c21b389bL,
        0x3fe0a4021e9e1001L, 0xbc86f643a13914f6L, 0x3feb553a410c104eL, 0x3c58ff7947027a15L,
        0x3fe0da8b26b5672eL, 0xbc8a58def0bee909L, 0x3feb33bba89c8948L, 0x3c8ea6a51d1f6ca9L,
        0x3fe110d0c4b69c3bL, 0x3c8d918998809981L, 0x3feb11d04162a4c6L, 0x3c71dd561efbc0c2L,
        0x3fe146d21f8b7f82L, 0x3c7bf9535e2739a8L, 0x3feaef78930bd275L, 0xbc7f836279746f94L,
        0x3fe17c8e5f2eedb0L, 0x3c635e57102e2488L, 0x3feaccb526f69de5L, 0x3c88fb6a8dd6b6ccL,
        0x3fe1b204acb02fddL, 0xbc5f190c70cbb5feL, 0x3feaa98688308913L, 0xbc0b83d607cd5072L,
        0x3fe1e7343236574cL, 0x3c722a3fa4f41d5aL, 0x3fea85ed4373e02dL, 0x3c69be06385ec792L,
        0x3fe21c1c1b0394cfL, 0x3c5e5b324b23aa31L, 0x3fea61e9e72586afL, 0x3c858330e2fd453fL,
        0x3fe250bb93788bbbL, 0x3c7ea3d02457bcceL, 0x3fea3d7d0352bdcfL, 0xbc868dbaeca19669L,
        0x3fe28511c917a067L, 0xbc801df1d9a16b70L, 0x3fea18a729aee445L, 0x3c395e25736c0357L,
        0x3fe2b91dea88421eL, 0xbc8fa371db216ab0L, 0x3fe9f368ed912f85L, 0xbc81d200c5791606L,
        0x3fe2ecdf279a3082L, 0x3c8d3557e0e7e37eL, 0x3fe9cdc2e3f25e5cL, 0x3c83f99112993f62L,
        0x3fe32054b148bc4fL, 0x3c8f6b42095a135bL, 0x3fe9a7b5a36a6514L, 0x3c8722cfcc9fa7a9L,
        0x3fe3537db9be0367L, 0x3c6b327e7af040f0L, 0x3fe98141c42e1310L, 0x3c8d1ff80488f08dL,
        0x3fe386597456282bL, 0xbc710fada93b07a8L, 0x3fe95a67e00cb1fdL, 0xbc80befda21f862dL,
        0x3fe3b8e715a2840aL, 0xbc797653a7d2f07aL, 0x3fe93328926d9e92L, 0xbc8bb77003600cdaL,
        0x3fe3eb25d36cd53aL, 0xbc5be570e1570fc0L, 0x3fe90b84784ddaf7L, 0xbc70feb10ab93b87L,
        0x3fe41d14e4ba6790L, 0x3c84608fd287ecf5L, 0x3fe8e37c303d9ad1L, 0xbc6463a4b53d4bf8L,
        0x3fe44eb381cf386bL, 0xbc83ed6c1e6a5505L, 0x3fe8bb105a5dc900L, 0x3c8863e03e9474c1L,
        0x3fe48000e431159fL, 0xbc8b194a7463ed10L, 0x3fe89241985d871fL, 0x3c8c48d9c413ed84L,
        0x3fe4b0fc46aab761L, 0x3c20da05738cc59cL, 0x3fe869108d77a6c6L, 0x3c7338ffe2bfe9ddL,
        0x3fe4e1a4e54ed51bL, 0xbc8a492f89b7c76aL, 0x3fe83f7dde701ca0L, 0xbc4152cf609bc6e8L,
        0x3fe511f9fd7b351cL, 0xbc85c0e861c48831L, 0x3fe8158a31916d5dL, 0xbc6de8b90b8228deL,
        0x3fe541facddbb724L, 0x3c7232c28520d391L, 0x3fe7eb362eaa1488L, 0x3c5a1d65a4a5959fL,
        0x3fe571a6966d59b3L, 0x3c5c843b4d0fb197L, 0x3fe7c0827f09e54fL, 0xbc6c73d6d72aee68L,
        0x3fe5a0fc98813a12L, 0xbc8d82e2b7d4227bL, 0x3fe7956fcd7f6543L, 0xbc8ab276e9d45ae4L,
        0x3fe5cffc16bf8f0dL, 0x3c896cb370eb578aL, 0x3fe769fec655211fL, 0xbc6827d5cf8c68c5L,
        0x3fe5fea4552a9e57L, 0x3c80b6cef7ee20b7L, 0x3fe73e30174efba1L, 0xbc65d3ae3d94ad5fL,
        0x3fe62cf49921ac79L, 0xbc8edd9855b6241aL, 0x3fe712046fa77678L, 0x3c8425b0a5029c81L,
        0x3fe65aec2963e755L, 0x3c8126f96b71053cL, 0x3fe6e57c800cf55eL, 0x3c860286dedbd0a6L,
        0x3fe6888a4e134b2fL, 0xbc86b7d37644d5e6L, 0x3fe6b898fa9efb5dL, 0x3c715ac786ccf4b2L,
        0x3fe6b5ce50b7821aL, 0xbc65d5158f702e0fL, 0x3fe68b5a92eb6253L, 0xbc89a91ad985f89cL,
        0x3fe6e2b77c40bde1L, 0xbc70e729857fad53L, 0x3fe65dc1fdeb8cbaL, 0xbc597c1b47337c77L,
        0x3fe70f451d0a8c40L, 0x3c697ede3885770dL, 0x3fe62fcff20191c7L, 0x3c6d9143895756efL,
        0x3fe73b7680dea578L, 0xbc72248306dc12a2L, 0x3fe6018526f563dfL, 0x3c846ca5e0e432d0L,
        0x3fe7674af6f7b524L, 0x3c7e9d3f94ac84a8L, 0x3fe5d2e255f1f17aL, 0x3c80314104c8892bL,
        0x3fe792c1d0041d52L, 0xbc8abf05eeb354ebL, 0x3fe5a3e839824077L, 0x3c8428aa2759be62L,
        0x3fe7bdda5e28b3c2L, 0x3c4ad1197ccd0392L, 0x3fe574978d8e83f2L, 0x3c8f4714af282d23L,
        0x3fe7e893f5037959L, 0x3c80eefbaa650c4cL, 0x3fe544f10f592ca5L, 0xbc8e7ae8e6c7a62fL,
        0x3fe812ede9ae4ba4L, 0xbc87830adf402ddaL, 0x3fe514f57d7bf3daL, 0x3c747a108073c259L,
    };

    /** sin(x) for |x| < 0.855469 (all that m_sinpi needs). */
    static double sin(double x) {
        int k = (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
        if (k < 0x3e500000) {
            return x;
        }
        if (k >= 0x3feb6000) {
            return StrictMath.sin(x); // not reached from m_sinpi
        }
        if (Math.abs(x) < 0.126) {
            double xx = x * x;
            double poly = Math.fma(xx, Math.fma(xx, Math.fma(xx, Math.fma(xx, S5, S4), S3), S2), S1);
            return x + xx * (poly * x);
        }
        double u = BIG + Math.abs(x);
        double r = Math.abs(x) - (u - BIG);
        double xx = r * r;
        double s = r + (r * xx) * Math.fma(xx, SN5, SN3);
        double c = xx * Math.fma(xx, Math.fma(xx, CS6, CS4), CS2);
        int i = (int) Double.doubleToRawLongBits(u) << 2;
        double sn = Double.longBitsToDouble(SINCOS_TAB[i]);
        double ssn = Double.longBitsToDouble(SINCOS_TAB[i + 1]);
        double cs = Double.longBitsToDouble(SINCOS_TAB[i + 2]);
        double ccs = Double.longBitsToDouble(SINCOS_TAB[i + 3]);
        double cor = Math.fma(s, cs, Math.fma(-c, sn, Math.fma(s, ccs, ssn)));
        return Math.copySign(sn + cor, x);
    }

    /** cos(x) for |x| < 0.855469 (all that m_sinpi needs). */
    static double cos(double x) {
        int k = (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
        if (k < 0x3e400000) {
            return 1.0;
        }
        if (k >= 0x3feb6000) {
            return StrictMath.cos(x); // not reached from m_sinpi
        }
        double u = BIG + Math.abs(x);
        double r = Math.abs(x) - (u - BIG);
        double xx = r * r;
        double s = Math.fma(r * xx, Math.fma(xx, SN5, SN3), r);
        double c = xx * Math.fma(xx, Math.fma(xx, CS6, CS4), CS2);
        int i = (int) Double.doubleToRawLongBits(u) << 2;
        double sn = Double.longBitsToDouble(SINCOS_TAB[i]);
        double ssn = Double.longBitsToDouble(SINCOS_TAB[i + 1]);
        double cs = Double.longBitsToDouble(SINCOS_TAB[i + 2]);
        double ccs = Double.longBitsToDouble(SINCOS_TAB[i + 3]);
        double cor = Math.fma(-s, sn, Math.fma(-c, cs, Math.fma(-s, ssn, ccs)));
        return cs + cor;
    }
}
