package org.interphase.ui.editor.internal;

import java.util.Set;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;

/** Lexical highlighting of code: the grammar's keywords, and numbers with their units (50 um, 1.5 mAh/cm2). */
public final class CellCodeScanner extends RuleBasedScanner {

    private final ReportAwareWordRule words;

    public CellCodeScanner() {
        IToken keyword = new Token(new TextAttribute(CellColors.KEYWORD, null, org.eclipse.swt.SWT.BOLD));
        IToken quantity = new Token(new TextAttribute(CellColors.QUANTITY));
        // a name (with its package: my_lab.cells.*) is one word, so that neither a keyword inside
        // a qualified name nor the digit of lab3 is coloured; a word that is no keyword is plain
        words = new ReportAwareWordRule(new IWordDetector() {
            @Override
            public boolean isWordStart(char c) {
                return Character.isLetter(c) || c == '_' || c == '^';
            }

            @Override
            public boolean isWordPart(char c) {
                return Character.isLetterOrDigit(c) || c == '_' || c == '.';
            }
        }, new Token(null), keyword);
        CellSyntax.keywords().forEach(k -> words.addWord(k, keyword));
        setRules(new IRule[] { whitespace(words), new QuantityRule(quantity, CellSyntax.units()),
                words });
    }

    /** A scan starts at a line start (the damager repairs whole lines): no report line yet. */
    @Override
    public void setRange(org.eclipse.jface.text.IDocument document, int offset, int length) {
        super.setRange(document, offset, length);
        words.inReport = false;
    }

    /**
     * Words as keywords or plain, except on a {@code report} line: its items (capacity retention,
     * voltage profiles, gas evolution) are names of results, all plain, whether or not the grammar
     * spells one of their words as a keyword; {@code every} stays a keyword.
     */
    static final class ReportAwareWordRule extends WordRule {

        private final IToken plain;
        private final IToken keyword;
        private final IToken report;
        private boolean inReport;

        /** {@code report} and {@code every} get tokens of their own (same look) to be told apart. */
        ReportAwareWordRule(IWordDetector detector, IToken plain, IToken keyword) {
            super(detector, plain);
            this.plain = plain;
            this.keyword = keyword;
            this.report = new Token(keyword.getData());
        }

        @Override
        public void addWord(String word, IToken token) {
            super.addWord(word, word.equals("report") ? report
                    : word.equals("every") && token == keyword ? new Token(keyword.getData()) : token);
        }

        @Override
        public IToken evaluate(ICharacterScanner scanner) {
            IToken token = super.evaluate(scanner);
            if (token == report) {
                inReport = true;
            } else if (token == keyword && inReport) {
                return plain;
            }
            return token;
        }
    }

    /** Whitespace; at a line break the report line, if any, is over. */
    private static IRule whitespace(ReportAwareWordRule words) {
        return scanner -> {
            int c = scanner.read();
            if (c == ICharacterScanner.EOF || !Character.isWhitespace(c)) {
                scanner.unread();
                return Token.UNDEFINED;
            }
            while (c != ICharacterScanner.EOF && Character.isWhitespace(c)) {
                if (c == '\n' || c == '\r') {
                    words.inReport = false;
                }
                c = scanner.read();
            }
            scanner.unread();
            return Token.WHITESPACE;
        };
    }

    /**
     * A number and, if one follows, its unit: atoms of the grammar's units joined by '/', '*', '·'
     * or a space (ohm cm2). Stops before a word that is not a unit (0 nm to 40 nm).
     */
    static final class QuantityRule implements IRule {

        private final IToken token;
        private final Set<String> units;

        QuantityRule(IToken token, Set<String> units) {
            this.token = token;
            this.units = units;
        }

        @Override
        public IToken evaluate(ICharacterScanner scanner) {
            int c = scanner.read();
            int read = 1;
            if (c == '-') {
                c = scanner.read();
                read++;
            }
            if (c == ICharacterScanner.EOF || !Character.isDigit(c)) {
                unread(scanner, read);
                return Token.UNDEFINED;
            }
            // the number: digits, a fraction, an exponent
            StringBuilder b = new StringBuilder();
            while (c != ICharacterScanner.EOF && (Character.isDigit(c) || c == '.' || c == 'e' || c == 'E'
                    || ((c == '+' || c == '-') && (last(b) == 'e' || last(b) == 'E')))) {
                b.append((char) c);
                c = scanner.read();
                read++;
            }
            scanner.unread();
            read--;
            int accepted = read;
            // units: [space] atom ([space|/|*|·] atom)*
            while (true) {
                int extra = 0;
                c = scanner.read();
                extra++;
                while (c == ' ' || c == '\t' || c == '/' || c == '*' || c == '·') {
                    c = scanner.read();
                    extra++;
                }
                StringBuilder atom = new StringBuilder();
                while (c != ICharacterScanner.EOF && !Character.isWhitespace(c) && c != '/' && c != '*' && c != '·'
                        && c != '{' && c != '}' && c != ',' && c != ';') {
                    atom.append((char) c);
                    c = scanner.read();
                    extra++;
                }
                scanner.unread();
                extra--;
                if (atom.isEmpty() || !units.contains(atom.toString())) {
                    unread(scanner, extra);
                    break;
                }
                accepted += extra;
                read = accepted;
            }
            return token;
        }

        private static char last(StringBuilder b) {
            return b.isEmpty() ? 0 : b.charAt(b.length() - 1);
        }

        private static void unread(ICharacterScanner scanner, int n) {
            for (int i = 0; i < n; i++) {
                scanner.unread();
            }
        }
    }
}
