package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.EcoreUtil2;
import org.interphase.dsl.services.InterphaseGrammarAccess;
import org.interphase.dsl.workspace.CellWorkspace;
import org.interphase.model.units.Units;
import org.junit.jupiter.api.Test;

/** Consistency of the grammar with the unit table and with the words allowed in names. */
class GrammarTest {

    private final InterphaseGrammarAccess grammar = CellWorkspace.injector().getInstance(InterphaseGrammarAccess.class);

    private static Set<String> keywords(ParserRule rule) {
        Set<String> k = new TreeSet<>();
        EcoreUtil2.getAllContentsOfType(rule, Keyword.class).forEach(kw -> k.add(kw.getValue()));
        return k;
    }

    @Test
    void everyUnitKeywordIsAKnownUnit() {
        Set<String> units = keywords(grammar.getUnitAtomRule());
        assertEquals(new TreeSet<>(Units.atoms()), units, "the grammar's unit atoms and Units must list the same units");
        for (String u : units) {
            assertTrue(Units.parse(u).isPresent(), u);
        }
    }

    /**
     * Every word of the language may appear in a parameter name or path (Word), except the ones
     * that end a phrase. A new keyword must be added to Word or to this list on purpose.
     */
    @Test
    void everyWordKeywordIsUsableInPhrasesOrDeliberatelyExcluded() {
        Set<String> excluded = Set.of("package", "import", "material", "cell", "cells", "protocol", "study",
                "mechanisms", "mechanism", "report", "all", "at", "every", "description", "range", "source",
                "vary", "based", "on", "compare", "uncertainty");
        Set<String> inWord = keywords(grammar.getWordKeywordRule());
        Set<String> units = keywords(grammar.getUnitAtomRule());
        Set<String> missing = new TreeSet<>();
        for (String k : GrammarUtil.getAllKeywords(grammar.getGrammar())) {
            if (k.matches("[a-z_]+") && !inWord.contains(k) && !excluded.contains(k) && !units.contains(k)) {
                missing.add(k);
            }
        }
        assertEquals(Set.of(), missing);
    }
}
