package org.interphase.data.bpx;

/** A BPX file that cannot be imported: the message names the file (and line, for JSON syntax). */
public final class BpxException extends Exception {

    private static final long serialVersionUID = 1L;

    public BpxException(String message) {
        super(message);
    }
}
