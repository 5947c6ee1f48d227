package org.interphase.dsl.parser;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.interphase.dsl.parser.antlr.InterphaseParser;

/**
 * The language's parser, reading what editors write as they mean it (issue 14): a UTF-8
 * byte-order mark (Windows editors) is white space, and old-Mac line ends (a lone CR) are line
 * ends. Both are replaced character for character, so every offset, line and column stays that of
 * the text as written. Blocks nested deeper than {@link #MAX_BRACE_DEPTH} are read as empty
 * (the parser descends recursively and would run out of stack on thousands of levels); the
 * validator reports steps nested beyond its much smaller limit at their place, so such a file
 * always has a located error.
 */
public class TolerantParser extends InterphaseParser {

    /** Braces deeper than this are read as empty blocks; well above the validator's nesting limit. */
    public static final int MAX_BRACE_DEPTH = 64;

    @Override
    protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder nodeModelBuilder,
            int initialLookAhead) {
        String text = in.size() == 0 ? "" : in.substring(0, in.size() - 1);
        String readable = readable(text);
        CharStream stream = readable == text ? in : new ANTLRStringStream(readable);
        return super.doParse(ruleName, stream, nodeModelBuilder, initialLookAhead);
    }

    /**
     * The text as the grammar reads it: same length, BOMs as spaces, lone CRs as LFs, blocks deeper
     * than {@link #MAX_BRACE_DEPTH} emptied (their line ends kept). The same string when nothing changes.
     */
    public static String readable(String text) {
        char[] c = null;
        int n = text.length();
        int braces = 0;
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (ch == '\uFEFF' || (ch == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                c = c == null ? text.toCharArray() : c;
                c[i] = ch == '\r' ? '\n' : ' ';
            } else if (ch == '{') {
                braces++;
            }
        }
        if (braces > MAX_BRACE_DEPTH) {
            String normalised = c == null ? text : new String(c);
            c = c == null ? text.toCharArray() : c;
            emptyDeepBlocks(normalised, c);
        }
        return c == null ? text : new String(c);
    }

    /** Blanks (into c) the inside of every block that opens deeper than the limit, keeping line ends. */
    private static void emptyDeepBlocks(String text, char[] c) {
        int depth = 0;
        int blankDepth = -1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (blankDepth >= 0) {
                if (ch == '{') {
                    depth++;
                } else if (ch == '}' && --depth < blankDepth) {
                    blankDepth = -1; // the closing brace of the emptied block stays
                    continue;
                }
                if (ch != '\n') {
                    c[i] = ' ';
                }
                continue;
            }
            switch (ch) {
                case '"', '\'' -> i = skipString(text, i, ch);
                case '/' -> i = skipComment(text, i);
                case '{' -> {
                    if (++depth > MAX_BRACE_DEPTH) {
                        blankDepth = depth;
                    }
                }
                case '}' -> depth = Math.max(0, depth - 1);
                default -> {
                }
            }
        }
    }

    private static int skipString(String text, int start, char quote) {
        for (int i = start + 1; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (ch == quote) {
                return i;
            }
        }
        return text.length();
    }

    /** The last character of a comment starting at i, or i when no comment starts there. */
    private static int skipComment(String text, int i) {
        if (i + 1 >= text.length()) {
            return i;
        }
        char next = text.charAt(i + 1);
        if (next == '/') {
            int j = i + 2;
            while (j < text.length() && text.charAt(j) != '\n') {
                j++;
            }
            return j - 1;
        }
        if (next == '*') {
            int end = text.indexOf("*/", i + 2);
            return end < 0 ? text.length() : end + 1;
        }
        return i;
    }
}
