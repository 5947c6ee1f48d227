package org.interphase.ui.editor.internal;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;

/** The language's words, read from its grammar: keywords and unit symbols. */
public final class CellSyntax {

    private static Set<String> keywords;
    private static Set<String> units;

    private CellSyntax() {
    }

    /** Every keyword made of letters (material, cell, thickness, cathode, ...), units excluded. */
    public static synchronized Set<String> keywords() {
        load();
        return keywords;
    }

    /** Every unit atom of the grammar's UnitAtom rule (um, mAh, °C, wt%, ...). */
    public static synchronized Set<String> units() {
        load();
        return units;
    }

    private static void load() {
        if (keywords != null) {
            return;
        }
        var grammar = CellServices.injector().getInstance(IGrammarAccess.class).getGrammar();
        AbstractRule unitAtom = GrammarUtil.findRuleForName(grammar, "UnitAtom");
        Set<String> u = new TreeSet<>();
        GrammarUtil.containedKeywords(unitAtom).forEach(k -> u.add(k.getValue()));
        Set<String> k = new TreeSet<>();
        for (String word : GrammarUtil.getAllKeywords(grammar)) {
            if (!u.contains(word) && word.chars().allMatch(c -> Character.isLetter(c) || c == '_')) {
                k.add(word);
            }
        }
        units = Set.copyOf(u);
        keywords = Set.copyOf(k);
    }

    static boolean isKeyword(Keyword k) {
        return keywords().contains(k.getValue());
    }
}
