package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.interphase.dsl.ide.InterphaseIdeSetup;
import org.interphase.dsl.workspace.CellWorkspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * The language's .ide content assist, as the workbench editor will call it: keywords, units,
 * materials with their roles, mechanism ids, report items and parameter names.
 */
class ContentAssistTest {

    private static final Injector IDE = new InterphaseIdeSetup().createInjector();
    private static final ExecutorService POOL = Executors.newSingleThreadExecutor();

    @AfterAll
    static void shutdown() {
        POOL.shutdownNow();
    }

    /** Proposals at the '|' in the text. */
    private static List<ContentAssistEntry> proposals(String textWithCursor) throws Exception {
        int offset = textWithCursor.indexOf('|');
        String text = textWithCursor.substring(0, offset) + textWithCursor.substring(offset + 1);
        CellWorkspace ws = new CellWorkspace();
        XtextResource resource = IDE.getInstance(XtextResource.class);
        resource.setURI(URI.createURI("inmemory:/assist.cell"));
        ws.resourceSet().getResources().add(resource);
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
        ContentAssistContextFactory factory = IDE.getInstance(ContentAssistContextFactory.class);
        factory.setPool(POOL);
        ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
        IdeContentProposalAcceptor acceptor = IDE.getInstance(IdeContentProposalAcceptor.class);
        IDE.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
        List<ContentAssistEntry> entries = new ArrayList<>();
        acceptor.getEntries().forEach(entries::add);
        return entries;
    }

    private static List<String> texts(List<ContentAssistEntry> entries) {
        return entries.stream().map(ContentAssistEntry::getProposal).toList();
    }

    private static Optional<ContentAssistEntry> find(List<ContentAssistEntry> entries, String proposal) {
        return entries.stream().filter(e -> proposal.equals(e.getProposal())).findFirst();
    }

    @Test
    void materialsComeWithTheirRolesAndKeyValues() throws Exception {
        List<ContentAssistEntry> entries = proposals("cell C {\n    cathode |\n}\n");
        ContentAssistEntry lco = find(entries, "LCO").orElseThrow(() -> new AssertionError(texts(entries)));
        // roles, then the first two values without a condition (bundles/org.interphase.materials/library/cathodes.cell)
        assertEquals("cathode · theoretical capacity 274 mAh/g, density 5.05 g/cm3", lco.getDescription());
        assertTrue(lco.getDocumentation().contains("LiCoO2"), lco.getDocumentation());
        // library/ceramics.cell: the ionic conductivity is given at 25 °C, so it is not a key value;
        // LAGP is a filler and a coating, offered where a coating goes (not after 'cathode', issue 16)
        assertTrue(find(entries, "LAGP").isEmpty(), "a coating material offered as a cathode");
        List<ContentAssistEntry> coatings = proposals("cell C {\n    cathode LCO { coating | }\n}\n");
        assertEquals("filler, coating · density 3.56 g/cm3, activation energy 0.38 eV",
                find(coatings, "LAGP").orElseThrow(() -> new AssertionError(texts(coatings))).getDescription());
    }

    @Test
    void unitsAfterANumberFitTheProperty() throws Exception {
        List<String> area = texts(proposals("cell C {\n    area 1 |\n}\n"));
        assertTrue(area.containsAll(List.of("cm2", "mm2")), area.toString());
        assertFalse(area.contains("V"), "a voltage unit is not offered for an area: " + area);
        List<String> rate = texts(proposals("protocol P {\n    sweep from 3 V to 5 V at 0.1 |\n}\n"));
        assertTrue(rate.contains("mV/s"), rate.toString());
    }

    @Test
    void mechanismIds() throws Exception {
        List<String> texts = texts(proposals("study S {\n    mechanisms |\n}\n"));
        // the product's eight mechanisms, as the plugin.xml of its four mechanism bundles contribute them
        // (the test runtime holds those bundles; the language learns the ids from the registry only)
        assertTrue(texts.containsAll(List.of("polymer_oxidation", "acid_crosstalk", "cathode_surface_damage", "cei_growth",
                "delamination", "anode_reduction", "dendrite_growth", "filler_interface")), texts.toString());
        assertTrue(texts.contains("all"), texts.toString());
    }

    @Test
    void reportItems() throws Exception {
        List<String> texts = texts(proposals("study S {\n    report |\n}\n"));
        assertTrue(texts.containsAll(List.of("capacity retention", "onset potential", "time to short")),
                texts.toString());
    }

    @Test
    void parameterNamesForTheMaterialsRoles() throws Exception {
        List<String> texts = texts(proposals("material X : cathode {\n    |\n}\n"));
        assertTrue(texts.containsAll(List.of("specific capacity", "open circuit voltage", "catalytic activity")),
                texts.toString());
        assertFalse(texts.contains("melting point"), "a polymer parameter is not offered for a cathode");
    }

    @Test
    void keywordsOfACell() throws Exception {
        List<String> texts = texts(proposals("cell C {\n    |\n}\n"));
        assertTrue(texts.containsAll(List.of("area", "cathode", "electrolyte", "anode", "pressure")), texts.toString());
    }
}
