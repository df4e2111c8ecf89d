package org.byterun.nodes;

import static org.byterun.bytecode.Opcodes.*;

import org.byterun.ByteRunContext;
import org.byterun.ByteRunLanguage;
import org.byterun.bytecode.BadBytecodeException;
import org.byterun.bytecode.BytecodeAnalysis;
import org.byterun.bytecode.DecodedCode;
import org.byterun.loader.CodeObject;
import org.byterun.loader.ExceptionTable;
import org.byterun.runtime.Attributes;
import org.byterun.runtime.PyBaseException;
import org.byterun.runtime.PyCell;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyException;
import org.byterun.runtime.PyFunction;
import org.byterun.runtime.PyGenerator;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.Subscripts;

import com.oracle.truffle.api.CompilerAsserts;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.HostCompilerDirectives.BytecodeInterpreterSwitch;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.BytecodeOSRNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * Runs one code object: a loop over its instructions with {@code bci} as the only loop-varying
 * state ({@code sp} follows from it), exploded by partial evaluation into straight-line code per
 * code object; with one varying variable, partial evaluation can also untangle the irreducible
 * loops a generator's resume points make (entries into the middle of a loop). Each
 * instruction that depends on run-time types owns a node in {@link #nodes}, created on first use.
 * Frame layout: {@code [localsplus (locals, cells, frees) | operand stack]}.
 */
public final class BytecodeRootNode extends RootNode implements BytecodeOSRNode {
    private final CodeObject code;
    @CompilationFinal(dimensions = 1) private final int[] opcodes;
    @CompilationFinal(dimensions = 1) private final int[] args;
    @CompilationFinal(dimensions = 1) private final int[] nexts;
    @CompilationFinal(dimensions = 1) private final int[] targets;
    @CompilationFinal(dimensions = 1) private final int[] handlers;
    /** The operand stack depth before each instruction. */
    @CompilationFinal(dimensions = 1) private final int[] depths;
    @CompilationFinal(dimensions = 1) private final Object[] consts;
    @CompilationFinal(dimensions = 1) private final String[] names;
    @Children private final Node[] nodes;
    /** First operand-stack slot: the number of localsplus slots. */
    private final int stackBase;
    /** The kinds (long, double, object) of the fast locals' frame slots. */
    private final LocalSlots locals;
    private final boolean trace;
    private final boolean coverage;
    @CompilationFinal private Object osrMetadata;
    /**
     * This root runs a generator's body on the generator's frame (see {@link #forGenerator}); the
     * plain root of the same code only runs up to RETURN_GENERATOR.
     */
    private final boolean generatorBody;
    /** Where each resume point continues (0: after RETURN_GENERATOR, i: after the i-th YIELD_VALUE). */
    @CompilationFinal(dimensions = 1) private final int[] resumeBcis;
    /** For each YIELD_VALUE unit, the index of the resume point after it. */
    @CompilationFinal(dimensions = 1) private final int[] resumeIndexAt;
    /**
     * Where throw() raises for each resume point: the YIELD_VALUE (or RETURN_GENERATOR) itself, as
     * CPython looks the handler up there (a yield from's CLEANUP_THROW).
     */
    @CompilationFinal(dimensions = 1) private final int[] throwBcis;
    /** The generator-body root's call target, for RETURN_GENERATOR in the plain root (made on first use). */
    @CompilationFinal private com.oracle.truffle.api.CallTarget generatorBodyTarget;

    private BytecodeRootNode(ByteRunLanguage language, CodeObject code, DecodedCode decoded, boolean generatorBody) {
        // a generator-body root runs on the generator's own frame: its call frames hold nothing
        super(language, generatorBody ? FrameDescriptor.newBuilder().build() : frameDescriptor(code));
        this.code = code;
        this.opcodes = decoded.opcode;
        this.args = decoded.arg;
        this.nexts = decoded.next;
        this.targets = decoded.target;
        this.handlers = decoded.handler;
        this.depths = decoded.depth;
        this.consts = code.consts;
        this.names = code.names;
        this.nodes = new Node[opcodes.length];
        this.stackBase = code.localsPlusNames.length;
        this.locals = new LocalSlots(code);
        this.trace = language.isTrace();
        this.coverage = language.isOpcodeCoverage();
        this.generatorBody = generatorBody;
        this.resumeIndexAt = new int[opcodes.length];
        int[][] points = generatorBody ? resumePoints(decoded, resumeIndexAt) : new int[][]{new int[0], new int[0]};
        this.resumeBcis = points[0];
        this.throwBcis = points[1];
    }

    /**
     * The resume points of a generator body: after RETURN_GENERATOR, then after each YIELD_VALUE.
     * Returns, per point, where it continues and the instruction throw() raises at (the
     * RETURN_GENERATOR or YIELD_VALUE itself).
     */
    private static int[][] resumePoints(DecodedCode decoded, int[] indexAt) {
        java.util.List<Integer> units = new java.util.ArrayList<>();
        for (int u = 0; u < decoded.opcode.length; u++) {
            int op = decoded.opcode[u];
            if (decoded.depth[u] >= 0 && (op == RETURN_GENERATOR && units.isEmpty() || op == YIELD_VALUE)) {
                indexAt[u] = units.size();
                units.add(u);
            }
        }
        int n = units.size();
        int[][] points = {new int[n], new int[n]};
        for (int i = 0; i < n; i++) {
            int unit = units.get(i);
            points[0][i] = decoded.next[unit];
            points[1][i] = unit;
        }
        return points;
    }

    private static FrameDescriptor frameDescriptor(CodeObject code) {
        FrameDescriptor.Builder b = FrameDescriptor.newBuilder();
        b.addSlots(code.localsPlusNames.length + code.stackSize, FrameSlotKind.Object);
        b.defaultValue(null);
        return b.build();
    }

    /** The root node of {@code code}, analysed and created on first use and then shared. */
    public static BytecodeRootNode forCode(ByteRunLanguage language, CodeObject code) {
        Object holder = code.getRootHolder();
        if (holder instanceof BytecodeRootNode root) {
            return root;
        }
        return createRoot(language, code, false);
    }

    /** The root that runs the body of generator code {@code code} on a generator's frame. */
    public static BytecodeRootNode forGenerator(ByteRunLanguage language, CodeObject code) {
        Object holder = code.getGeneratorRootHolder();
        if (holder instanceof BytecodeRootNode root) {
            return root;
        }
        return createRoot(language, code, true);
    }

    @TruffleBoundary
    private static BytecodeRootNode createRoot(ByteRunLanguage language, CodeObject code, boolean generatorBody) {
        synchronized (code) {
            Object existing = generatorBody ? code.getGeneratorRootHolder() : code.getRootHolder();
            if (existing instanceof BytecodeRootNode root) {
                return root;
            }
            DecodedCode decoded;
            try {
                decoded = BytecodeAnalysis.analyze(code);
            } catch (BadBytecodeException e) {
                throw PyErrors.systemError(e.getMessage());
            }
            BytecodeRootNode root = new BytecodeRootNode(language, code, decoded, generatorBody);
            root.getCallTarget(); // create the call target while holding the lock
            if (generatorBody) {
                code.setGeneratorRootHolder(root);
            } else {
                code.setRootHolder(root);
            }
            return root;
        }
    }

    public CodeObject getCode() {
        return code;
    }

    /** A generator body's resume point {@code index}: where it continues (a code unit). */
    public int resumeUnit(int index) {
        return resumeBcis[index];
    }

    @Override
    public String getName() {
        return code.qualname;
    }

    @Override
    public String toString() {
        return "<" + code.qualname + " " + code.filename + ":" + code.firstLineNo + ">";
    }

    @Override
    public Object execute(VirtualFrame frame) {
        ByteRunContext context = ByteRunContext.get(this);
        if (!context.enterFrame()) {
            throw DispatchNode.recursionError();
        }
        try {
            if (generatorBody) {
                // resumed: the dispatch pseudo-instructions past the code pick the resume point
                PyGenerator gen = (PyGenerator) frame.getArguments()[0];
                return run(gen.getFrame(), opcodes.length, gen);
            }
            locals.initialize(frame);
            copyParameters(frame);
            return run(frame, 0, null);
        } finally {
            context.exitFrame();
        }
    }

    @ExplodeLoop
    private void copyParameters(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        int n = code.totalArgCount();
        for (int i = 0; i < n; i++) {
            locals.store(frame, i, arguments[FrameArgs.FIRST_PARAM + i]);
        }
    }

    // ---- OSR -------------------------------------------------------------------------------

    @Override
    public Object executeOSR(VirtualFrame osrFrame, long target, Object interpreterState) {
        return run(osrFrame, (int) target, null);
    }

    @Override
    public void prepareOSR(long target) {
        // nothing to prepare: nodes are created lazily by the loop itself
    }

    @Override
    public void copyIntoOSRFrame(VirtualFrame osrFrame, VirtualFrame parentFrame, long target, Object targetMetadata) {
        transferOSRFrame(osrFrame, parentFrame, target, targetMetadata);
    }

    /**
     * Nothing to copy back: OSR code runs the activation to its end (it returns the function's
     * result or throws), so the interpreter's frame is dead afterwards. Copying would also
     * speculate on the slots' tags at exit and deoptimize whenever a local's kind changed.
     */
    @Override
    public void restoreParentFrame(VirtualFrame osrFrame, VirtualFrame parentFrame) {
    }

    /** OSR frames keep the Python frame arguments (globals, function...) and carry the parent frame last. */
    @Override
    public Object[] storeParentFrameInArguments(VirtualFrame parentFrame) {
        Object[] parentArgs = parentFrame.getArguments();
        Object[] osrArgs = java.util.Arrays.copyOf(parentArgs, parentArgs.length + 1);
        osrArgs[parentArgs.length] = parentFrame;
        return osrArgs;
    }

    @Override
    public com.oracle.truffle.api.frame.Frame restoreParentFrameFromArguments(Object[] arguments) {
        return (com.oracle.truffle.api.frame.Frame) arguments[arguments.length - 1];
    }

    @Override
    public Object getOSRMetadata() {
        return osrMetadata;
    }

    @Override
    public void setOSRMetadata(Object osrMetadata) {
        this.osrMetadata = osrMetadata;
    }

    // ---- the loop --------------------------------------------------------------------------

    @BytecodeInterpreterSwitch
    @ExplodeLoop(kind = ExplodeLoop.LoopExplosionKind.MERGE_EXPLODE)
    private Object run(Frame frame, int startBci, PyGenerator gen) {
        int bci = startBci;
        LoopCounter loops = new LoopCounter();
        while (true) {
            if (generatorBody && bci >= opcodes.length) {
                // resume dispatch: pseudo-instruction k jumps to resume point k if the generator is
                // suspended there, else tries k + 1; each branch leaves bci constant
                int point = bci - opcodes.length;
                if (point == resumeBcis.length - 1 || gen.getResumeIndex() == point) {
                    if (gen.hasPendingThrow()) {
                        // throw(): re-enter at the yield itself, which raises it (see YIELD_VALUE)
                        bci = throwBcis[point];
                    } else {
                        bci = resumeBcis[point];
                        // the sent value is what the resumed instruction finds on top of its stack
                        frame.setObject(stackBase + depths[bci] - 1, gen.takeSentValue());
                    }
                } else {
                    bci++;
                }
                continue;
            }
            CompilerAsserts.partialEvaluationConstant(bci);
            // the stack depth before each instruction is fixed (the analysis checked it), so sp is
            // derived from bci and only bci varies from one instruction to the next
            int sp = stackBase + depths[bci];
            int op = opcodes[bci];
            int arg = args[bci];
            if (trace) {
                traceInstruction(bci, op, arg, stackSnapshot(frame, sp));
            }
            if (coverage) {
                OpcodeCoverage.record(op, arg);
            }
            try {
                switch (op) {
                    case NOP, EXTENDED_ARG:
                        break;
                    case RESUME:
                        break;
                    case RETURN_GENERATOR:
                        if (generatorBody) {
                            // only reached by throw() into a generator that has not started
                            gen.throwIfPending();
                            throw CompilerDirectives.shouldNotReachHere("RETURN_GENERATOR in a generator body");
                        }
                        reportLoops(loops);
                        return newGenerator(frame);
                    case YIELD_VALUE: {
                        if (gen.hasPendingThrow()) {
                            gen.throwIfPending();
                        }
                        Object value = pop(frame, --sp);
                        gen.suspend(resumeIndexAt[bci], arg != 0 ? frame.getObject(sp - 1) : null);
                        reportLoops(loops);
                        return value;
                    }
                    case SEND: {
                        Generators.SendResult r = this.<SendNode> node(bci, op, arg).execute(frame.getObject(sp - 2), frame.getObject(sp - 1));
                        frame.setObject(sp - 1, r.value());
                        if (r.returned()) {
                            bci = targets[bci];
                            continue;
                        }
                        break;
                    }
                    case END_SEND: {
                        Object value = pop(frame, --sp);
                        frame.setObject(sp - 1, value);
                        break;
                    }
                    case GET_AWAITABLE:
                        frame.setObject(sp - 1, Generators.awaitable(frame.getObject(sp - 1), arg));
                        break;
                    case GET_YIELD_FROM_ITER:
                        if (!Generators.isPlainGenerator(frame.getObject(sp - 1))) {
                            frame.setObject(sp - 1, Generators.yieldFromIter(frame.getArguments(), frame.getObject(sp - 1)));
                        }
                        break;
                    case CLEANUP_THROW: {
                        Object value = Generators.cleanupThrow(frame.getObject(sp - 1));
                        frame.setObject(--sp, null);
                        frame.setObject(sp - 2, PyNone.INSTANCE);
                        frame.setObject(sp - 1, value);
                        break;
                    }
                    case POP_TOP, END_FOR:
                        frame.setObject(--sp, null);
                        break;
                    case PUSH_NULL:
                        frame.setObject(sp++, null);
                        break;
                    case COPY:
                        frame.setObject(sp, frame.getObject(sp - arg));
                        sp++;
                        break;
                    case SWAP:
                        Object top = frame.getObject(sp - 1);
                        frame.setObject(sp - 1, frame.getObject(sp - arg));
                        frame.setObject(sp - arg, top);
                        break;
                    case LOAD_CONST:
                        frame.setObject(sp++, consts[arg]);
                        break;
                    case LOAD_FAST:
                        frame.setObject(sp++, locals.load(frame, arg));
                        break;
                    case LOAD_FAST_CHECK:
                        checkBound(frame, arg);
                        frame.setObject(sp++, locals.load(frame, arg));
                        break;
                    case LOAD_FAST_AND_CLEAR:
                        frame.setObject(sp++, locals.loadOrNull(frame, arg));
                        locals.store(frame, arg, null);
                        break;
                    case LOAD_FAST_LOAD_FAST:
                        frame.setObject(sp++, locals.load(frame, arg >> 4));
                        frame.setObject(sp++, locals.load(frame, arg & 15));
                        break;
                    case STORE_FAST:
                        locals.store(frame, arg, pop(frame, --sp));
                        break;
                    case STORE_FAST_LOAD_FAST:
                        locals.store(frame, arg >> 4, frame.getObject(sp - 1));
                        frame.setObject(sp - 1, locals.load(frame, arg & 15));
                        break;
                    case STORE_FAST_STORE_FAST:
                        locals.store(frame, arg >> 4, pop(frame, --sp));
                        locals.store(frame, arg & 15, pop(frame, --sp));
                        break;
                    case DELETE_FAST:
                        checkBound(frame, arg);
                        locals.store(frame, arg, null);
                        break;
                    case MAKE_CELL:
                        frame.setObject(arg, new PyCell(locals.loadOrNull(frame, arg)));
                        break;
                    case COPY_FREE_VARS:
                        copyFreeVars(frame, arg);
                        break;
                    case LOAD_DEREF:
                        frame.setObject(sp++, loadDeref(frame, arg));
                        break;
                    case STORE_DEREF:
                        ((PyCell) frame.getObject(arg)).set(pop(frame, --sp));
                        break;
                    case DELETE_DEREF:
                        loadDeref(frame, arg);
                        ((PyCell) frame.getObject(arg)).set(null);
                        break;
                    case LOAD_GLOBAL:
                        frame.setObject(sp++, this.<LoadGlobalNode> node(bci, op, arg).execute(FrameArgs.globals(frame.getArguments())));
                        if ((arg & 1) != 0) {
                            frame.setObject(sp++, null);
                        }
                        break;
                    case STORE_GLOBAL:
                        NameOps.storeGlobal(FrameArgs.globals(frame.getArguments()), names[arg], pop(frame, --sp));
                        break;
                    case DELETE_GLOBAL:
                        NameOps.deleteGlobal(FrameArgs.globals(frame.getArguments()), names[arg]);
                        break;
                    case LOAD_NAME:
                        frame.setObject(sp++, NameOps.loadName(ByteRunContext.get(this), frame.getArguments(), names[arg]));
                        break;
                    case STORE_NAME:
                        NameOps.storeName(frame.getArguments(), names[arg], pop(frame, --sp));
                        break;
                    case DELETE_NAME:
                        NameOps.deleteName(frame.getArguments(), names[arg]);
                        break;
                    case BINARY_OP: {
                        Object right = pop(frame, --sp);
                        Object left = frame.getObject(sp - 1);
                        frame.setObject(sp - 1, this.<BinaryOpNode> node(bci, op, arg).execute(left, right));
                        break;
                    }
                    case COMPARE_OP: {
                        Object right = pop(frame, --sp);
                        Object left = frame.getObject(sp - 1);
                        frame.setObject(sp - 1, this.<CompareOpNode> node(bci, op, arg).execute(left, right));
                        break;
                    }
                    case IS_OP: {
                        Object right = pop(frame, --sp);
                        boolean same = SimpleOps.is(frame.getObject(sp - 1), right);
                        frame.setObject(sp - 1, same != (arg == 1));
                        break;
                    }
                    case CONTAINS_OP: {
                        Object container = pop(frame, --sp);
                        boolean in = SimpleOps.containsOp(container, frame.getObject(sp - 1));
                        frame.setObject(sp - 1, in != (arg == 1));
                        break;
                    }
                    case UNARY_NEGATIVE, UNARY_INVERT:
                        frame.setObject(sp - 1, SimpleOps.unary(op, frame.getObject(sp - 1)));
                        break;
                    case UNARY_NOT:
                        frame.setObject(sp - 1, !(Boolean) frame.getObject(sp - 1));
                        break;
                    case TO_BOOL:
                        frame.setObject(sp - 1, this.<ToBoolNode> node(bci, op, arg).execute(frame.getObject(sp - 1)));
                        break;
                    case POP_JUMP_IF_FALSE:
                        if (!(Boolean) pop(frame, --sp)) {
                            bci = targets[bci];
                            continue;
                        }
                        break;
                    case POP_JUMP_IF_TRUE:
                        if ((Boolean) pop(frame, --sp)) {
                            bci = targets[bci];
                            continue;
                        }
                        break;
                    case POP_JUMP_IF_NONE:
                        if (pop(frame, --sp) == PyNone.INSTANCE) {
                            bci = targets[bci];
                            continue;
                        }
                        break;
                    case POP_JUMP_IF_NOT_NONE:
                        if (pop(frame, --sp) != PyNone.INSTANCE) {
                            bci = targets[bci];
                            continue;
                        }
                        break;
                    case JUMP_FORWARD:
                        bci = targets[bci];
                        continue;
                    case JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT: {
                        int target = targets[bci];
                        loops.count++;
                        TruffleSafepoint.poll(this);
                        if (!generatorBody && CompilerDirectives.inInterpreter() && BytecodeOSRNode.pollOSRBackEdge(this)) {
                            Object result = BytecodeOSRNode.tryOSR(this, target, null, null, (VirtualFrame) frame);
                            if (result != null) {
                                reportLoops(loops);
                                return result;
                            }
                        }
                        bci = target;
                        continue;
                    }
                    case GET_ITER:
                        frame.setObject(sp - 1, this.<GetIterNode> node(bci, op, arg).execute(frame.getObject(sp - 1)));
                        break;
                    case FOR_ITER: {
                        if (!this.<ForIterNode> node(bci, op, arg).execute(frame, frame.getObject(sp - 1), sp)) {
                            // END_FOR pops this placeholder, then POP_TOP the iterator
                            frame.setObject(sp++, PyNone.INSTANCE);
                            bci = targets[bci];
                            continue;
                        }
                        sp++;
                        break;
                    }
                    case BUILD_TUPLE:
                        sp = BuildOps.buildTuple(frame, sp, arg);
                        break;
                    case BUILD_LIST:
                        sp = BuildOps.buildList(frame, sp, arg);
                        break;
                    case BUILD_SET:
                        sp = BuildOps.buildSet(frame, sp, arg);
                        break;
                    case BUILD_MAP:
                        sp = BuildOps.buildMap(frame, sp, arg);
                        break;
                    case BUILD_CONST_KEY_MAP:
                        sp = BuildOps.buildConstKeyMap(frame, sp, arg);
                        break;
                    case BUILD_STRING:
                        sp = BuildOps.buildString(frame, sp, arg);
                        break;
                    case BUILD_SLICE:
                        sp = BuildOps.buildSlice(frame, sp, arg == 3 ? 3 : 2);
                        break;
                    case DICT_MERGE: {
                        Object value = pop(frame, --sp);
                        BuildOps.dictMerge(frame.getObject(sp - arg - 3), frame.getObject(sp - arg), value);
                        break;
                    }
                    case LIST_APPEND, LIST_EXTEND, SET_ADD, SET_UPDATE, DICT_UPDATE: {
                        Object value = pop(frame, --sp);
                        BuildOps.addToContainer(op, frame.getObject(sp - arg), value);
                        break;
                    }
                    case MAP_ADD: {
                        Object value = pop(frame, --sp);
                        Object key = pop(frame, --sp);
                        BuildOps.mapAdd(frame.getObject(sp - arg), key, value);
                        break;
                    }
                    case BINARY_SUBSCR: {
                        Object index = pop(frame, --sp);
                        frame.setObject(sp - 1, this.<SubscrNode> node(bci, op, arg).execute(frame.getObject(sp - 1), index));
                        break;
                    }
                    case STORE_SUBSCR: {
                        Object index = pop(frame, --sp);
                        Object container = pop(frame, --sp);
                        this.<StoreSubscrNode> node(bci, op, arg).execute(container, index, pop(frame, --sp));
                        break;
                    }
                    case DELETE_SUBSCR: {
                        Object index = pop(frame, --sp);
                        Subscripts.delItem(pop(frame, --sp), index);
                        break;
                    }
                    case BINARY_SLICE: {
                        Object stop = pop(frame, --sp);
                        Object start = pop(frame, --sp);
                        frame.setObject(sp - 1, Subscripts.getSlice(frame.getObject(sp - 1), start, stop));
                        break;
                    }
                    case STORE_SLICE: {
                        Object stop = pop(frame, --sp);
                        Object start = pop(frame, --sp);
                        Object container = pop(frame, --sp);
                        Subscripts.setSlice(container, start, stop, pop(frame, --sp));
                        break;
                    }
                    case UNPACK_SEQUENCE:
                        this.<UnpackSequenceNode> node(bci, op, arg).execute(frame, frame.getObject(sp - 1), sp - 1);
                        if (arg == 0) {
                            frame.setObject(sp - 1, null); // nothing was pushed over the sequence
                        }
                        sp += arg - 1;
                        break;
                    case UNPACK_EX:
                        sp = BuildOps.unpackEx(frame, sp, arg);
                        break;
                    case CALL:
                        sp = this.<CallNode> node(bci, op, arg).executeCall(frame, sp, arg, null);
                        break;
                    case CALL_KW: {
                        Object kwNames = pop(frame, --sp);
                        sp = this.<CallNode> node(bci, op, arg).executeCall(frame, sp, arg, kwNames);
                        break;
                    }
                    case CALL_FUNCTION_EX:
                        sp = this.<CallNode> node(bci, op, arg).executeCallEx(frame, sp, arg);
                        break;
                    case CALL_INTRINSIC_1:
                        frame.setObject(sp - 1, Intrinsics.intrinsic1(ByteRunContext.get(this), frame.getArguments(), arg, frame.getObject(sp - 1)));
                        break;
                    case CALL_INTRINSIC_2: {
                        Object second = pop(frame, --sp);
                        frame.setObject(sp - 1, Intrinsics.intrinsic2(arg, frame.getObject(sp - 1), second));
                        break;
                    }
                    case MAKE_FUNCTION:
                        frame.setObject(sp - 1, FunctionOps.makeFunction(frame.getObject(sp - 1), FrameArgs.globals(frame.getArguments())));
                        break;
                    case SET_FUNCTION_ATTRIBUTE: {
                        Object function = pop(frame, --sp);
                        FunctionOps.setAttribute((PyFunction) function, arg, frame.getObject(sp - 1));
                        frame.setObject(sp - 1, function);
                        break;
                    }
                    case RETURN_VALUE:
                        reportLoops(loops);
                        if (generatorBody) {
                            gen.finish(frame.getObject(sp - 1));
                        }
                        return frame.getObject(sp - 1);
                    case RETURN_CONST:
                        reportLoops(loops);
                        if (generatorBody) {
                            gen.finish(consts[arg]);
                        }
                        return consts[arg];
                    case LOAD_ATTR:
                        sp = this.<LoadAttrNode> node(bci, op, arg).executeLoad(frame, sp);
                        break;
                    case STORE_ATTR: {
                        Object owner = pop(frame, --sp);
                        this.<SetAttrNode> node(bci, op, arg).execute(owner, pop(frame, --sp));
                        break;
                    }
                    case DELETE_ATTR:
                        Attributes.deleteAttribute(pop(frame, --sp), names[arg]);
                        break;
                    case IMPORT_NAME: {
                        Object fromList = pop(frame, --sp);
                        Object level = frame.getObject(sp - 1);
                        frame.setObject(sp - 1, Imports.importName(ByteRunContext.get(this), names[arg], fromList, level));
                        break;
                    }
                    case IMPORT_FROM:
                        frame.setObject(sp, Imports.importFrom(frame.getObject(sp - 1), names[arg]));
                        sp++;
                        break;
                    case FORMAT_SIMPLE:
                        frame.setObject(sp - 1, Formatting.formatSimple(frame.getObject(sp - 1)));
                        break;
                    case FORMAT_WITH_SPEC: {
                        Object spec = pop(frame, --sp);
                        frame.setObject(sp - 1, Formatting.formatWithSpec(frame.getObject(sp - 1), spec));
                        break;
                    }
                    case CONVERT_VALUE:
                        frame.setObject(sp - 1, Formatting.convert(frame.getObject(sp - 1), arg));
                        break;
                    case RAISE_VARARGS:
                        throw ExceptionOps.raise(ByteRunContext.get(this), frame, sp, arg);
                    case RERAISE:
                        throw ExceptionOps.reraise(frame.getObject(sp - 1));
                    case PUSH_EXC_INFO: {
                        Object exc = frame.getObject(sp - 1);
                        ByteRunContext context = ByteRunContext.get(this);
                        PyBaseException previous = context.getCurrentException();
                        frame.setObject(sp - 1, previous == null ? PyNone.INSTANCE : previous);
                        frame.setObject(sp++, exc);
                        context.setCurrentException((PyBaseException) exc);
                        break;
                    }
                    case POP_EXCEPT: {
                        Object previous = pop(frame, --sp);
                        ByteRunContext.get(this).setCurrentException(previous instanceof PyBaseException e ? e : null);
                        break;
                    }
                    case CHECK_EG_MATCH: {
                        Object[] restAndMatch = org.byterun.builtins.ExceptionGroups.exceptStarMatch(frame.getObject(sp - 2), frame.getObject(sp - 1));
                        frame.setObject(sp - 2, restAndMatch[0]);
                        frame.setObject(sp - 1, restAndMatch[1]);
                        if (restAndMatch[1] != PyNone.INSTANCE) {
                            ByteRunContext.get(this).setCurrentException((PyBaseException) restAndMatch[1]);
                        }
                        break;
                    }
                    case CHECK_EXC_MATCH: {
                        Object type = frame.getObject(sp - 1);
                        frame.setObject(sp - 1, ExceptionOps.matches(frame.getObject(sp - 2), type));
                        break;
                    }
                    case MATCH_SEQUENCE:
                        frame.setObject(sp, MatchOps.isSequence(frame.getObject(sp - 1)));
                        sp++;
                        break;
                    case MATCH_MAPPING:
                        frame.setObject(sp, MatchOps.isMapping(frame.getObject(sp - 1)));
                        sp++;
                        break;
                    case MATCH_KEYS:
                        frame.setObject(sp, MatchOps.matchKeys(frame.getObject(sp - 2), frame.getObject(sp - 1)));
                        sp++;
                        break;
                    case MATCH_CLASS: {
                        Object kwNames = pop(frame, --sp);
                        Object cls = pop(frame, --sp);
                        frame.setObject(sp - 1, MatchOps.matchClass(frame.getObject(sp - 1), cls, arg, kwNames));
                        break;
                    }
                    case GET_LEN:
                        frame.setObject(sp, MatchOps.length(ByteRunContext.get(this), frame.getObject(sp - 1)));
                        sp++;
                        break;
                    case BEFORE_WITH:
                        sp = WithOps.beforeWith(frame, sp);
                        break;
                    case BEFORE_ASYNC_WITH: {
                        Object[] exitAndEntered = AsyncGenerators.beforeAsyncWith(frame.getObject(sp - 1));
                        frame.setObject(sp - 1, exitAndEntered[0]);
                        frame.setObject(sp++, exitAndEntered[1]);
                        break;
                    }
                    case GET_AITER:
                        frame.setObject(sp - 1, AsyncGenerators.aiter(frame.getObject(sp - 1), false));
                        break;
                    case GET_ANEXT:
                        frame.setObject(sp, AsyncGenerators.anext(frame.getObject(sp - 1)));
                        sp++;
                        break;
                    case END_ASYNC_FOR:
                        AsyncGenerators.endAsyncFor(frame.getObject(sp - 1));
                        frame.setObject(--sp, null);
                        frame.setObject(--sp, null);
                        break;
                    case WITH_EXCEPT_START:
                        frame.setObject(sp, WithOps.exitWithException(frame, sp));
                        sp++;
                        break;
                    case SETUP_ANNOTATIONS:
                        NameOps.setupAnnotations(frame.getArguments());
                        break;
                    case LOAD_BUILD_CLASS:
                        frame.setObject(sp++, ClassOps.loadBuildClass(ByteRunContext.get(this)));
                        break;
                    case LOAD_LOCALS:
                        frame.setObject(sp++, ClassOps.loadLocals(frame.getArguments()));
                        break;
                    case LOAD_FROM_DICT_OR_GLOBALS:
                        frame.setObject(sp - 1, ClassOps.loadFromDictOrGlobals(ByteRunContext.get(this), frame.getArguments(), frame.getObject(sp - 1), names[arg]));
                        break;
                    case LOAD_FROM_DICT_OR_DEREF: {
                        Object v = NameOps.mappingGet(frame.getObject(sp - 1), code.localsPlusNames[arg]);
                        frame.setObject(sp - 1, v != null ? v : loadDeref(frame, arg));
                        break;
                    }
                    case LOAD_SUPER_ATTR: {
                        Object[] r = ClassOps.loadSuperAttr(frame.getObject(sp - 3), frame.getObject(sp - 2), frame.getObject(sp - 1), names[arg >> 2], (arg & 1) != 0, (arg & 2) != 0);
                        frame.setObject(sp - 1, null);
                        sp -= 3;
                        frame.setObject(sp++, r[0]);
                        if ((arg & 1) != 0) {
                            frame.setObject(sp++, r[1]);
                        } else {
                            frame.setObject(sp, null);
                        }
                        break;
                    }
                    case LOAD_ASSERTION_ERROR:
                        frame.setObject(sp++, org.byterun.runtime.BuiltinTypes.ASSERTION_ERROR);
                        break;
                    default:
                        throw unsupportedOpcode(op);
                }
            } catch (PyException e) {
                // like CPython's exception_unwind: the frame joins the traceback unless this is a re-raise
                PyBaseException pe = e.getPyException();
                if (op != RERAISE && op != CLEANUP_THROW && op != END_ASYNC_FOR && !(op == RAISE_VARARGS && arg == 0)) {
                    pe.addTracebackEntry(code.filename, code.lineTable.lineAt(bci), code.name, bci * 2);
                }
                if (!pe.isContextAttached()) {
                    ExceptionOps.attachContext(ByteRunContext.get(this), pe);
                }
                int h = handlers[bci];
                if (h < 0) {
                    reportLoops(loops);
                    throw e;
                }
                ExceptionTable table = code.exceptionTable;
                sp = stackBase + table.depth(h);
                clearStackFrom(frame, sp);
                if (table.pushLasti(h)) {
                    frame.setObject(sp++, (long) bci);
                }
                frame.setObject(sp++, pe);
                bci = table.target(h);
                continue;
            }
            bci = nexts[bci];
        }
    }

    /** The node owned by instruction {@code bci}, created on first execution. */
    @SuppressWarnings("unchecked")
    private <T extends Node> T node(int bci, int op, int arg) {
        Node n = nodes[bci];
        if (n == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            n = createNode(bci, op, arg);
        }
        return (T) n;
    }

    private Node createNode(int bci, int op, int arg) {
        Node created = switch (op) {
            case LOAD_GLOBAL -> LoadGlobalNode.create(names[arg >> 1]);
            case BINARY_OP -> BinaryOpNode.create(arg);
            case COMPARE_OP -> CompareOpNode.create(arg);
            case TO_BOOL -> ToBoolNodeGen.create();
            case GET_ITER -> GetIterNodeGen.create();
            case FOR_ITER -> ForIterNodeGen.create();
            case SEND -> SendNodeGen.create();
            case BINARY_SUBSCR -> SubscrNodeGen.create();
            case STORE_SUBSCR -> StoreSubscrNodeGen.create();
            case UNPACK_SEQUENCE -> UnpackSequenceNode.create(arg);
            case CALL, CALL_KW, CALL_FUNCTION_EX -> new CallNode();
            case LOAD_ATTR -> new LoadAttrNode(names[arg >> 1], (arg & 1) != 0);
            case STORE_ATTR -> SetAttrNode.create(names[arg]);
            default -> throw CompilerDirectives.shouldNotReachHere("no node for " + name(op));
        };
        var lock = getLock();
        lock.lock();
        try {
            if (nodes[bci] == null) {
                nodes[bci] = insert(created);
            }
            return nodes[bci];
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes the value at stack slot {@code slot} (just above the new top) and clears the slot, so
     * no dead value stays in the frame: a box left there would have to be allocated where the
     * loop's iterations merge.
     */
    private static Object pop(Frame frame, int slot) {
        Object value = frame.getObject(slot);
        frame.setObject(slot, null);
        return value;
    }

    /** Clears the operand stack from {@code sp} up (an exception handler's trimmed stack). */
    @ExplodeLoop
    private void clearStackFrom(Frame frame, int sp) {
        for (int i = stackBase; i < stackBase + code.stackSize; i++) {
            if (i >= sp) {
                frame.setObject(i, null);
            }
        }
    }

    private void reportLoops(LoopCounter loops) {
        if (loops.count > 0) {
            LoopNode.reportLoopCount(this, loops.count);
        }
    }

    private void checkBound(Frame frame, int index) {
        if (locals.isUnbound(frame, index)) {
            throw NameOps.unboundLocal(code.localsPlusNames[index]);
        }
    }

    /** RETURN_GENERATOR: the generator gets its own frame with this one's arguments, locals and cells. */
    @ExplodeLoop
    private Object newGenerator(Frame frame) {
        if (generatorBodyTarget == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            generatorBodyTarget = forGenerator(ByteRunLanguage.get(this), code).getCallTarget();
        }
        MaterializedFrame generatorFrame = Truffle.getRuntime().createMaterializedFrame(frame.getArguments(), getFrameDescriptor());
        for (int i = 0; i < stackBase; i++) {
            LocalSlots.copy(frame, generatorFrame, i);
        }
        Object fn = frame.getArguments()[FrameArgs.FUNCTION];
        String name = fn instanceof PyFunction f ? f.getName() : code.name;
        String qualname = fn instanceof PyFunction f ? f.getQualname() : code.qualname;
        return new PyGenerator(code, generatorFrame, generatorBodyTarget, name, qualname);
    }

    @ExplodeLoop
    private void copyFreeVars(Frame frame, int n) {
        PyCell[] closure = ((PyFunction) frame.getArguments()[FrameArgs.FUNCTION]).getClosure();
        int first = stackBase - n;
        for (int i = 0; i < n; i++) {
            frame.setObject(first + i, closure[i]);
        }
    }

    private Object loadDeref(Frame frame, int index) {
        Object value = ((PyCell) frame.getObject(index)).get();
        if (value == null) {
            throw NameOps.unboundDeref(code, index);
        }
        return value;
    }

    @TruffleBoundary
    private static PyException unsupportedOpcode(int op) {
        return PyErrors.systemError("ByteRun does not implement opcode " + name(op) + " (" + op + ") yet");
    }

    // ---- tracing ---------------------------------------------------------------------------

    @ExplodeLoop
    private Object[] stackSnapshot(Frame frame, int sp) {
        Object[] stack = new Object[sp - stackBase];
        for (int i = stackBase; i < sp; i++) {
            stack[i - stackBase] = frame.getObject(i);
        }
        return stack;
    }

    @TruffleBoundary
    private void traceInstruction(int bci, int op, int arg, Object[] stack) {
        Tracer.trace(ByteRunContext.get(this), code, bci, op, arg, targets[bci], stack);
    }
}
