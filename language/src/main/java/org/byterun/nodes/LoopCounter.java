package org.byterun.nodes;

/** Counts back-edges of one activation; a holder so that the count is not a loop-varying local. */
final class LoopCounter {
    int count;
}
