package org.interphase.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.templates.DocumentTemplateContext;
import org.eclipse.jface.text.templates.GlobalTemplateVariables;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.eclipse.jface.text.templates.TemplateProposal;

/**
 * Templates for the three declarations one writes from scratch: a cell, a protocol, a study.
 * Offered by content assist at the start of a line when the word typed so far begins their name
 * ("pro" + Ctrl+Space); Tab goes from one field to the next. The same skeletons as the VS Code
 * extension's snippets (editors/vscode/snippets/interphase.json).
 */
public final class CellTemplates {

    static final TemplateContextType TYPE = new TemplateContextType("org.interphase.cell.templates", "Cell file");

    static {
        TYPE.addResolver(new GlobalTemplateVariables.Cursor());
    }

    static final List<Template> TEMPLATES = List.of(
            new Template("cell", "a cell: cathode, electrolyte, anode", TYPE.getId(), """
                    cell ${Name} {
                        area 1 cm2
                        cathode ${LCO} {
                            loading 1.5 mAh/cm2
                        }
                        electrolyte {
                            polymer ${PEO} { end group hydroxyl }
                            salt ${LiTFSI} { ratio EO:Li 20 }
                            thickness 50 um
                        }
                        anode ${Li} { thickness 50 um }
                    }
                    ${cursor}""", true),
            new Template("protocol", "a cycling protocol", TYPE.getId(), """
                    protocol ${Name} {
                        temperature 60 °C
                        repeat 100 {
                            charge at C/5 until 4.2 V
                            rest for 10 min
                            discharge at C/5 until 3.0 V
                            rest for 10 min
                        }
                    }
                    ${cursor}""", true),
            new Template("study", "a study: cells under a protocol, with the mechanisms and the report", TYPE.getId(), """
                    study ${Name} {
                        cells ${Cell}
                        protocol ${Protocol}
                        mechanisms all
                        report capacity retention, voltage profiles every 50 cycles
                    }
                    ${cursor}""", true));

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
