module org.byterun.launcher {
    requires org.graalvm.polyglot;
}
