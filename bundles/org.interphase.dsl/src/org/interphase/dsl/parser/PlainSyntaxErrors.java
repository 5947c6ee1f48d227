package org.interphase.dsl.parser;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Syntax errors in the words of the language, not of the grammar (issue 14): ANTLR's token names
 * ({@code RULE_ID}, {@code RULE_NUMERAL}, {@code EOF}) become "a name", "a number", "the end of
 * the file", and a value converter's internal complaint ("ValueConverter returned null for
 * primitive feature value") becomes "a number is missing here".
 */
public class PlainSyntaxErrors extends SyntaxErrorMessageProvider {

    private static final Map<String, String> WORDS = Map.of(
            "RULE_ID", "a name",
            "RULE_NUMERAL", "a number",
            "RULE_STRING", "a quoted text",
            "RULE_ML_COMMENT", "a comment",
            "RULE_SL_COMMENT", "a comment",
            "RULE_WS", "a space",
            "RULE_ANY_OTHER", "a character",
            "<EOF>", "the end of the file",
            "EOF", "the end of the file");

    private static final Pattern TOKEN = Pattern.compile("<EOF>|\\bEOF\\b|\\bRULE_[A-Z_]+\\b");

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        SyntaxErrorMessage m = super.getSyntaxErrorMessage(context);
        return new SyntaxErrorMessage(plain(m.getMessage()), m.getIssueCode(), m.getIssueData());
    }

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
        SyntaxErrorMessage m = super.getSyntaxErrorMessage(context);
        String text = m.getMessage();
        if (text == null || text.startsWith("ValueConverter returned null") || text.contains("NullPointerException")) {
            text = "a number is missing here";
        }
        return new SyntaxErrorMessage(plain(text), m.getIssueCode(), m.getIssueData());
    }

    /** A message with the grammar's token names replaced by words, and invisible characters named. */
    public static String plain(String message) {
        if (message == null) {
            return "this cannot be read here";
        }
        Matcher matcher = TOKEN.matcher(message);
        StringBuilder b = new StringBuilder();
        while (matcher.find()) {
            String word = WORDS.getOrDefault(matcher.group(), "a " + matcher.group().replace("RULE_", "").toLowerCase(
                    java.util.Locale.ROOT));
            matcher.appendReplacement(b, Matcher.quoteReplacement(word));
        }
        matcher.appendTail(b);
        return b.toString().replace("'<EOF>'", "the end of the file").replace("'the end of the file'", "the end of the file");
    }
}
