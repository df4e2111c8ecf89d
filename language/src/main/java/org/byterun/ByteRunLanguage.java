package org.byterun;

import org.byterun.loader.CodeObject;
import org.byterun.loader.Compiled;
import org.byterun.loader.Frontend;
import org.byterun.loader.FrontendSyntaxError;
import org.byterun.loader.FrontendUnavailableException;
import org.byterun.loader.Marshal;
import org.byterun.loader.Pyc;
import org.byterun.loader.PycFormatException;
import org.byterun.nodes.ModuleRootNode;
import org.byterun.runtime.PyException;
import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.LanguageReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;

/**
 * ByteRun: CPython 3.13 bytecode on Truffle. A {@code text/x-python} source is compiled by CPython
 * 3.13 (see {@link Frontend}); an {@code application/x-python-code} source is a .pyc file.
 * Evaluating a source runs it as a module and returns the module.
 */
@TruffleLanguage.Registration(id = ByteRunLanguage.ID, name = "ByteRun", implementationName = "ByteRun",
                version = "0.1.0", defaultMimeType = ByteRunLanguage.SOURCE_MIME,
                characterMimeTypes = ByteRunLanguage.SOURCE_MIME, byteMimeTypes = ByteRunLanguage.PYC_MIME,
                fileTypeDetectors = PythonFileDetector.class, website = "https://github.com/byterun")
public final class ByteRunLanguage extends TruffleLanguage<ByteRunContext> {
    public static final String ID = "byterun";
    public static final String SOURCE_MIME = "text/x-python";
    public static final String PYC_MIME = "application/x-python-code";

    private static final LanguageReference<ByteRunLanguage> REFERENCE = LanguageReference.create(ByteRunLanguage.class);

    static {
        org.byterun.builtins.BuiltinsPrewarm.start();
    }

    @Option(help = "Run as the main program, as the python command does: print uncaught exceptions with their traceback to stderr and exit the context with status 1.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> Main = new OptionKey<>(false);

    @Option(help = "Print each bytecode instruction, its argument and the operand stack before it runs.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> Trace = new OptionKey<>(false);

    @Option(help = "Print Java stack traces of internal errors (for debugging ByteRun itself).",
                    category = OptionCategory.INTERNAL, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> JavaStacktraces = new OptionKey<>(false);

    @Option(help = "Record which opcodes execute (for the test corpus's coverage report).",
                    category = OptionCategory.INTERNAL, stability = OptionStability.EXPERIMENTAL) //
    public static final OptionKey<Boolean> OpcodeCoverage = new OptionKey<>(false);

    private boolean trace;
    private boolean opcodeCoverage;
    private boolean javaStacktraces;

    public static ByteRunLanguage get(Node node) {
        return REFERENCE.get(node);
    }

    @Override
    protected ByteRunContext createContext(Env env) {
        trace = env.getOptions().get(Trace);
        javaStacktraces = env.getOptions().get(JavaStacktraces);
        opcodeCoverage = env.getOptions().get(OpcodeCoverage);
        return new ByteRunContext(this, env);
    }

    @Override
    protected void finalizeContext(ByteRunContext context) {
        context.flush();
    }

    @Override
    protected boolean areOptionsCompatible(org.graalvm.options.OptionValues firstOptions, org.graalvm.options.OptionValues newOptions) {
        return firstOptions.get(Trace).equals(newOptions.get(Trace)) && firstOptions.get(JavaStacktraces).equals(newOptions.get(JavaStacktraces))
                        && firstOptions.get(OpcodeCoverage).equals(newOptions.get(OpcodeCoverage));
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new ByteRunLanguageOptionDescriptors();
    }

    /** False once the engine may run several contexts: nodes must not then cache context values. */
    private volatile boolean singleContext = true;

    @Override
    protected void initializeMultipleContexts() {
        singleContext = false;
    }

    /** Whether nodes may cache functions, classes and modules (one context only, see ARCHITECTURE.md). */
    public boolean isSingleContext() {
        return singleContext;
    }

    public boolean isTrace() {
        return trace;
    }

    public boolean isOpcodeCoverage() {
        return opcodeCoverage;
    }

    public boolean isJavaStacktraces() {
        return javaStacktraces;
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        String filename = source.getPath() != null ? source.getPath() : source.getName();
        CodeObject code;
        String warnings = "";
        try {
            if (source.hasBytes()) {
                code = Pyc.load(source.getBytes().toByteArray(), filename);
            } else {
                Compiled compiled = Frontend.compileFile(source.getCharacters().toString(), filename);
                code = Marshal.loadCode(compiled.code(), 0, filename);
                warnings = compiled.warnings();
            }
        } catch (FrontendSyntaxError e) {
            // reported when the module runs, so that main mode prints it as CPython does
            PyException syntaxError = CompileErrors.toPython(e);
            return new ModuleRootNode(this, null, filename, "", syntaxError).getCallTarget();
        } catch (PycFormatException | FrontendUnavailableException e) {
            throw new LoadError(e.getMessage());
        }
        return new ModuleRootNode(this, code, filename, warnings, null).getCallTarget();
    }
}
