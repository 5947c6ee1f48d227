package org.interphase.ui.editor.internal;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.TextUtilities;
import org.interphase.dsl.ide.services.CellFormatter;

/**
 * Typing help: '{' is closed with '}' and '"' with '"', a '}' or '"' typed before its closing
 * twin steps over it, Return keeps the
 * line's indentation and indents one level after '{' (between '{' and '}' the closing brace goes
 * to a line of its own), and a '}' typed on a blank line goes back one level. One level is the
 * formatter's ({@link CellFormatter#INDENT}).
 */
public final class CellAutoEdit implements IAutoEditStrategy {

    @Override
    public void customizeDocumentCommand(IDocument d, DocumentCommand c) {
        try {
            if (c.length == 0 && c.text != null && TextUtilities.endsWith(d.getLegalLineDelimiters(), c.text) != -1
                    && c.text.strip().isEmpty()) {
                newline(d, c);
            } else if (c.length == 0 && "{".equals(c.text)) {
                open(d, c);
            } else if (c.length == 0 && "}".equals(c.text)) {
                close(d, c);
            } else if (c.length == 0 && "\"".equals(c.text)) {
                quote(d, c);
            }
        } catch (BadLocationException e) {
            // the command stays as typed
        }
    }

    private static void newline(IDocument d, DocumentCommand c) throws BadLocationException {
        IRegion line = d.getLineInformationOfOffset(c.offset);
        String before = d.get(line.getOffset(), c.offset - line.getOffset());
        String after = d.get(c.offset, line.getOffset() + line.getLength() - c.offset);
        String indent = leading(before);
        String delimiter = c.text;
        if (before.stripTrailing().endsWith("{")) {
            String inner = indent + CellFormatter.INDENT;
            if (after.strip().startsWith("}")) {
                // {|} -> the caret on an indented line, the brace on the next
                c.text = delimiter + inner + delimiter + indent;
                c.caretOffset = c.offset + delimiter.length() + inner.length();
                c.shiftsCaret = false;
                c.length = after.length() - after.stripLeading().length();
            } else {
                c.text = delimiter + inner;
            }
        } else {
            c.text = delimiter + indent;
        }
    }

    private static void open(IDocument d, DocumentCommand c) throws BadLocationException {
        IRegion line = d.getLineInformationOfOffset(c.offset);
        String after = d.get(c.offset, line.getOffset() + line.getLength() - c.offset);
        if (after.isBlank() && !insideStringOrComment(d, c.offset)) {
            c.text = "{}";
            c.caretOffset = c.offset + 1;
            c.shiftsCaret = false;
        }
    }

    private static void close(IDocument d, DocumentCommand c) throws BadLocationException {
        if (c.offset < d.getLength() && d.getChar(c.offset) == '}') {
            // step over the brace that '{' put there
            c.text = "";
            c.caretOffset = c.offset + 1;
            c.shiftsCaret = false;
            return;
        }
        IRegion line = d.getLineInformationOfOffset(c.offset);
        String before = d.get(line.getOffset(), c.offset - line.getOffset());
        if (before.isBlank() && before.length() >= CellFormatter.INDENT.length()) {
            // a '}' on a blank line closes the block one level out
            c.offset = line.getOffset();
            c.length = before.length();
            c.text = before.substring(CellFormatter.INDENT.length()) + "}";
        }
    }

    /**
     * '"' opens a string with its closing quote (before a blank, a brace or the end of the line),
     * and a '"' typed before the closing quote of a string steps over it.
     */
    private static void quote(IDocument d, DocumentCommand c) throws BadLocationException {
        if (c.offset > 0 && c.offset < d.getLength() && d.getChar(c.offset) == '"') {
            ITypedRegion p = TextUtilities.getPartition(d, CellPartitions.PARTITIONING, c.offset, false);
            if (CellPartitions.STRING.equals(p.getType()) && p.getOffset() < c.offset
                    && p.getOffset() + p.getLength() - 1 == c.offset) {
                c.text = "";
                c.caretOffset = c.offset + 1;
                c.shiftsCaret = false;
                return;
            }
        }
        if (insideStringOrComment(d, c.offset)) {
            return; // closing a string, or a quote in a comment: as typed
        }
        char next = c.offset < d.getLength() ? d.getChar(c.offset) : ' ';
        if (Character.isWhitespace(next) || next == '}') {
            c.text = "\"\"";
            c.caretOffset = c.offset + 1;
            c.shiftsCaret = false;
        }
    }

    /** Whether the offset is inside a comment or string, or right after an unterminated one. */
    private static boolean insideStringOrComment(IDocument d, int offset) throws BadLocationException {
        if (offset == 0) {
            return false;
        }
        ITypedRegion p = TextUtilities.getPartition(d, CellPartitions.PARTITIONING, offset - 1, false);
        boolean comment = CellPartitions.COMMENT.equals(p.getType());
        if (!comment && !CellPartitions.STRING.equals(p.getType())) {
            return false;
        }
        if (offset < p.getOffset() + p.getLength()) {
            return true;
        }
        String t = d.get(p.getOffset(), p.getLength());
        boolean closed = comment ? t.endsWith("\n") || t.endsWith("\r") || t.startsWith("/*") && t.length() >= 4 && t.endsWith("*/")
                : t.length() >= 2 && t.charAt(t.length() - 1) == t.charAt(0);
        return !closed; // a line comment runs to the end of its line
    }

    private static String leading(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(0, i);
    }
}
