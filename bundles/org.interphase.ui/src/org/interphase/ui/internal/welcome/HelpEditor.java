package org.interphase.ui.internal.welcome;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;


import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;




import org.osgi.framework.Bundle;

/**
 * The documentation reader: the pages of the Interphase table of contents (help/toc.xml, contributed
 * to the help system through org.eclipse.help.toc; the pages are the repository's README and docs/,
 * copied into the bundle by its build) on the left, the chosen page's text on the right, headings in
 * bold. No browser and no help server: the text is the Markdown the pages are written in.
 */
public final class HelpEditor extends PageEditor {

    public static final String ID = "org.interphase.ui.help";

    /** The label of the Interphase table of contents in help/toc.xml. */
    public static final String TOC_LABEL = "Interphase Workbench";

    /** A page of the table of contents: its title and its href ({@code /org.interphase.ui/help/x.md}). */
    public record Page(String title, String href) {
    }

    private List<Page> pages = List.of();
    private org.eclipse.swt.widgets.List list;
    private StyledText text;
    private String shown;

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        list = new org.eclipse.swt.widgets.List(sash, SWT.SINGLE | SWT.V_SCROLL);
        text = new StyledText(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setFont(JFaceResources.getTextFont());
        text.setMargins(12, 8, 12, 8);
        sash.setWeights(1, 4);
        pages = pages();
        for (Page p : pages) {
            list.add(p.title());
        }
        list.addListener(SWT.Selection, e -> {
            int i = list.getSelectionIndex();
            if (i >= 0) {
                show(pages.get(i).href());
            }
        });
        String first = getEditorInput() instanceof PageInput p && p.href() != null ? p.href()
                : pages.isEmpty() ? null : pages.get(0).href();
        if (first != null) {
            show(first);
        } else {
            text.setText("The documentation is not in this installation (help/toc.xml lists no pages).");
        }
    }

    /** The pages of the Interphase table of contents, in its order. */
    public static List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        for (IToc toc : HelpSystem.getTocs()) {
            if (TOC_LABEL.equals(toc.getLabel())) {
                collect(toc.getTopics(), pages);
            }
        }
        return pages;
    }

    private static void collect(ITopic[] topics, List<Page> into) {
        for (ITopic t : topics) {
            if (t.getHref() != null) {
                into.add(new Page(t.getLabel(), t.getHref()));
            }
            collect(t.getSubtopics(), into);
        }
    }

    /** Reads a page of a bundle by its help href {@code /bundle/path}; null when it is not there. */
    public static String read(String href) {
        String h = href.startsWith("/") ? href.substring(1) : href;
        int slash = h.indexOf('/');
        Bundle bundle = slash < 0 ? null : Platform.getBundle(h.substring(0, slash));
        URL url = bundle == null ? null : bundle.getEntry(h.substring(slash + 1));
        if (url == null) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** Shows a page by its href. */
    public void show(String href) {
        String page = read(href);
        shown = href;
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).href().equals(href)) {
                list.setSelection(i);
            }
        }
        text.setText(page == null ? href + " is not in this installation." : reflow(page));
        text.setStyleRanges(headings(text.getText()));
        text.setTopIndex(0);
    }

    /** The href of the page shown. */
    public String shown() {
        return shown;
    }

    /** The text shown. */
    public String text() {
        return text.getText();
    }

    /**
     * The page with the lines of each paragraph and list item joined, so that the text wraps at the
     * view's width instead of at the source's 100 columns; headings, tables, code blocks, images and
     * blank lines stay as they are.
     */
    static String reflow(String page) {
        StringBuilder out = new StringBuilder();
        boolean code = false;
        boolean text = false;
        for (String line : page.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("```")) {
                code = !code;
                text = false;
                out.append('\n').append(line);
                continue;
            }
            boolean block = code || t.isEmpty() || t.startsWith("#") || t.startsWith("|") || t.startsWith("!")
                    || t.startsWith(">");
            boolean item = t.matches("([-*+]|\\d+\\.)\\s.*");
            if (text && !block && !item) {
                out.append(' ').append(t);
            } else {
                out.append('\n').append(line);
            }
            text = !block;
        }
        return out.length() > 0 ? out.substring(1) : "";
    }

    private static StyleRange[] headings(String page) {
        List<StyleRange> ranges = new ArrayList<>();
        int start = 0;
        for (String line : page.split("\n", -1)) {
            if (line.startsWith("#")) {
                ranges.add(new StyleRange(start, line.length(), null, null, SWT.BOLD));
            }
            start += line.length() + 1;
        }
        return ranges.toArray(StyleRange[]::new);
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }
}
