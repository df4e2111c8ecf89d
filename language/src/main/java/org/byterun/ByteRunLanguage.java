package org.byterun;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

@TruffleLanguage.Registration(id = "byterun", name = "ByteRun", defaultMimeType = "text/x-python",
        characterMimeTypes = "text/x-python", byteMimeTypes = "application/x-python-code")
public final class ByteRunLanguage extends TruffleLanguage<Object> {
    @Override protected Object createContext(Env env) { return new Object(); }
    @Override protected CallTarget parse(ParsingRequest request) {
        return new RootNode(this) {
            @Override public Object execute(VirtualFrame frame) {
                long s = 0;
                for (long i = 0; i < 100000; i++) s += i ^ (s >> 3);
                return s;
            }
        }.getCallTarget();
    }
}
