package org.interphase.ui.editor.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.templates.DocumentTemplateContext;
import org.eclipse.jface.text.templates.GlobalTemplateVariables;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.eclipse.jface.text.templates.TemplateProposal;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Templates for the three declarations one writes from scratch: a cell, a protocol, a study.
 * Offered by content assist at the start of a line when the word typed so far begins their name
 * ("pro" + Ctrl+Space); Tab goes from one field to the next. They are the VS Code extension's
 * snippets (editors/vscode/snippets/interphase.json, copied into the bundle's snippets/ by the
 * build): one file for both editors.
 */
public final class CellTemplates {

    static final TemplateContextType TYPE = new TemplateContextType("org.interphase.cell.templates", "Cell file");

    static {
        TYPE.addResolver(new GlobalTemplateVariables.Cursor());
    }

    /** Where the build puts the VS Code snippets in this bundle. */
    static final String SNIPPETS = "snippets/interphase.json";

    /** A VS Code tab stop with its placeholder: ${1:Name}. */
    private static final Pattern TAB_STOP = Pattern.compile("\\$\\{\\d+:([^}]*)\\}");

    static final List<Template> TEMPLATES = load();

    private static List<Template> load() {
        URL url = FrameworkUtil.getBundle(CellTemplates.class).getEntry(SNIPPETS);
        if (url == null) {
            throw new IllegalStateException("the bundle has no " + SNIPPETS + " (the build copies it from editors/vscode)");
        }
        try (InputStream in = url.openStream()) {
            List<Template> templates = new ArrayList<>();
            for (JsonNode snippet : new ObjectMapper().readTree(in)) {
                List<String> body = new ArrayList<>();
                snippet.get("body").forEach(line -> body.add(line.asText()));
                templates.add(new Template(snippet.get("prefix").asText(), snippet.get("description").asText(), TYPE.getId(),
                        pattern(String.join("\n", body)), true));
            }
            return List.copyOf(templates);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + SNIPPETS + ": " + e.getMessage(), e);
        }
    }

    /**
     * A snippet body as an Eclipse template pattern: a tab stop whose placeholder is a word becomes a
     * variable of that name (${1:Name} -> ${Name}); one whose placeholder is a number is that number
     * (template variables are names); the final stop $0 is the cursor.
     */
    static String pattern(String body) {
        Matcher m = TAB_STOP.matcher(body.replace("$", "$$").replace("$$0", "${cursor}").replace("$${", "${"));
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String placeholder = m.group(1);
            m.appendReplacement(b, Matcher.quoteReplacement(
                    placeholder.matches("[A-Za-z][A-Za-z0-9_]*") ? "${" + placeholder + "}" : placeholder));
        }
        return m.appendTail(b).toString();
    }

    private CellTemplates() {
    }

    /** The templates whose name begins with the word before the offset, when it starts a line. */
    public static List<TemplateProposal> proposals(IDocument document, int offset) {
        List<TemplateProposal> proposals = new ArrayList<>();
        try {
            IRegion line = document.getLineInformationOfOffset(offset);
            int start = offset;
            while (start > line.getOffset() && Character.isLetter(document.getChar(start - 1))) {
                start--;
            }
            if (!document.get(line.getOffset(), start - line.getOffset()).isBlank()) {
                return proposals; // a declaration starts a line
            }
            String prefix = document.get(start, offset - start);
            Region region = new Region(start, offset - start);
            for (Template t : TEMPLATES) {
                if (t.getName().startsWith(prefix)) {
                    DocumentTemplateContext context = new DocumentTemplateContext(TYPE, document, start, offset - start);
                    proposals.add(new TemplateProposal(t, context, region, null, 90));
                }
            }
        } catch (BadLocationException e) {
            // no templates outside the document
        }
        return proposals;
    }
}
