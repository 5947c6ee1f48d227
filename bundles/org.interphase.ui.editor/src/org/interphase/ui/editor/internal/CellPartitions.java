package org.interphase.ui.editor.internal;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * The partitions of a cell text: comments and strings (which can span lines) apart from the code,
 * so that highlighting a multi-line comment survives edits inside it.
 */
public final class CellPartitions implements IDocumentSetupParticipant {

    public static final String PARTITIONING = "org.interphase.cell.partitioning";
    public static final String COMMENT = "__cell_comment";
    public static final String STRING = "__cell_string";
    public static final String[] TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING };

    @Override
    public void setup(IDocument document) {
        if (document instanceof IDocumentExtension3 ext && ext.getDocumentPartitioner(PARTITIONING) == null) {
            IDocumentPartitioner partitioner = new FastPartitioner(scanner(), new String[] { COMMENT, STRING });
            ext.setDocumentPartitioner(PARTITIONING, partitioner);
            partitioner.connect(document);
        }
    }

    static RuleBasedPartitionScanner scanner() {
        RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
        Token comment = new Token(COMMENT);
        Token string = new Token(STRING);
        scanner.setPredicateRules(new IPredicateRule[] {
                new MultiLineRule("/*", "*/", comment, (char) 0, true),
                new EndOfLineRule("//", comment),
                new MultiLineRule("\"", "\"", string, '\\', true),
                new MultiLineRule("'", "'", string, '\\', true) });
        return scanner;
    }
}
