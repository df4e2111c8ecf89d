module org.byterun.language {
    requires org.graalvm.truffle;
    requires org.graalvm.polyglot;
    exports org.byterun;
    provides com.oracle.truffle.api.provider.TruffleLanguageProvider with org.byterun.ByteRunLanguageProvider;
}
