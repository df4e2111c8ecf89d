module org.byterun.launcher {
    requires org.graalvm.polyglot;
    exports org.byterun.launcher;
}
