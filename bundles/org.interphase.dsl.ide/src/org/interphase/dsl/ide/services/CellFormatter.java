package org.interphase.dsl.ide.services;

/**
 * Formats a cell text by layout only: each line indented by its brace depth (4 spaces a level),
 * no trailing whitespace, at most one blank line in a row, one newline at the end. It changes
 * whitespace outside strings and comments only, so the model a text parses into never changes
 * (the language has no Xtext formatter; this is the editor's own). Lines inside a multi-line
 * string or comment are kept as written.
 */
public final class CellFormatter {

    /** One level of indentation. */
    public static final String INDENT = "    ";

    private enum State { CODE, STRING_DQ, STRING_SQ, BLOCK_COMMENT }

    private CellFormatter() {
    }

    public static String format(String text) {
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        String[] lines = text.split("\r?\n", -1);
        StringBuilder out = new StringBuilder(text.length() + 64);
        State state = State.CODE;
        int depth = 0;
        int blanks = 0;
        boolean started = false;
        for (String line : lines) {
            State atStart = state;
            // scan the line: braces in code, where strings and comments begin and end
            int opened = 0;
            int leadingClosers = 0;
            boolean sawCode = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
                switch (state) {
                    case CODE -> {
                        if (c == '/' && next == '/') {
                            i = line.length(); // rest of the line is a comment
                        } else if (c == '/' && next == '*') {
                            state = State.BLOCK_COMMENT;
                            i++;
                        } else if (c == '"') {
                            state = State.STRING_DQ;
                        } else if (c == '\'') {
                            state = State.STRING_SQ;
                        } else if (c == '{') {
                            opened++;
                        } else if (c == '}') {
                            if (opened > 0) {
                                opened--;
                            } else if (!sawCode) {
                                leadingClosers++;
                            } else {
                                opened--;
                            }
                        }
                        if (!Character.isWhitespace(c) && c != '}') {
                            sawCode = true;
                        }
                    }
                    case STRING_DQ, STRING_SQ -> {
                        if (c == '\\') {
                            i++;
                        } else if ((c == '"' && state == State.STRING_DQ) || (c == '\'' && state == State.STRING_SQ)) {
                            state = State.CODE;
                        }
                    }
                    case BLOCK_COMMENT -> {
                        if (c == '*' && next == '/') {
                            state = State.CODE;
                            i++;
                        }
                    }
                }
            }
            boolean endsInString = state == State.STRING_DQ || state == State.STRING_SQ;
            String formatted;
            if (atStart != State.CODE) {
                formatted = endsInString ? line : stripTrailing(line, atStart == State.BLOCK_COMMENT);
            } else {
                String body = line.strip();
                if (endsInString) {
                    body = line.stripLeading();
                }
                int level = Math.max(0, depth - leadingClosers);
                formatted = body.isEmpty() ? "" : INDENT.repeat(level) + body;
            }
            depth = Math.max(0, depth - leadingClosers + opened);
            if (formatted.isEmpty() && atStart == State.CODE) {
                blanks++;
                continue;
            }
            if (started && blanks > 0) {
                out.append(newline);
            }
            blanks = 0;
            if (started) {
                out.append(newline);
            }
            out.append(formatted);
            started = true;
        }
        if (started) {
            out.append(newline);
        }
        return out.toString();
    }

    private static String stripTrailing(String line, boolean inComment) {
        return inComment ? line.stripTrailing() : line;
    }
}
