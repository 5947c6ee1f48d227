package org.interphase.dsl.derived;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.DerivedStateAwareResource;
import org.eclipse.xtext.resource.IDerivedStateComputer;
import org.interphase.model.Cell;
import org.interphase.model.CellInterface;
import org.interphase.model.Document;
import org.interphase.model.Electrode;
import org.interphase.model.Electrolyte;
import org.interphase.model.Filler;
import org.interphase.model.InterfaceKind;
import org.interphase.model.ModelFactory;
import org.interphase.model.ModelPackage;

/**
 * Derives the interfaces of every cell from its stack once a file is parsed: cathode/electrolyte,
 * anode/electrolyte, and one filler/polymer interface per filler. They are first-class model
 * objects (transient, never written back to text) on which mechanisms keep their state.
 */
public class CellInterfaceComputer implements IDerivedStateComputer {

    @Override
    public void installDerivedState(DerivedStateAwareResource resource, boolean preLinkingPhase) {
        for (EObject root : resource.getContents()) {
            if (root instanceof Document document) {
                document.getElements().stream().filter(Cell.class::isInstance).map(Cell.class::cast)
                        .forEach(CellInterfaceComputer::derive);
            }
        }
    }

    @Override
    public void discardDerivedState(DerivedStateAwareResource resource) {
        for (EObject root : resource.getContents()) {
            if (root instanceof Document document) {
                document.getElements().stream().filter(Cell.class::isInstance).map(Cell.class::cast)
                        .forEach(cell -> cell.getInterfaces().clear());
            }
        }
    }

    /** Replaces the cell's interfaces by those its stack implies (also usable on cells built in code). */
    public static void derive(Cell cell) {
        List<CellInterface> interfaces = cell.getInterfaces();
        interfaces.clear();
        Electrolyte electrolyte = cell.getElectrolyte();
        if (electrolyte == null) {
            return;
        }
        if (cell.getCathode() != null) {
            interfaces.add(create(InterfaceKind.CATHODE_ELECTROLYTE, "cathode/electrolyte", cell.getCathode(),
                    electrolyte, null));
        }
        if (cell.getAnode() != null) {
            interfaces.add(create(InterfaceKind.ANODE_ELECTROLYTE, "anode/electrolyte", cell.getAnode(),
                    electrolyte, null));
        }
        for (Filler filler : electrolyte.getFillers()) {
            interfaces.add(create(InterfaceKind.FILLER_POLYMER, materialText(filler) + "/polymer", null, electrolyte,
                    filler));
        }
    }

    private static CellInterface create(InterfaceKind kind, String name, Electrode electrode, Electrolyte electrolyte,
            Filler filler) {
        CellInterface i = ModelFactory.eINSTANCE.createCellInterface();
        i.setKind(kind);
        i.setName(name);
        i.setElectrode(electrode);
        i.setElectrolyte(electrolyte);
        i.setFiller(filler);
        return i;
    }

    /** The material name as written, without resolving the reference (derivation runs before linking). */
    private static String materialText(Filler filler) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(filler, ModelPackage.Literals.COMPONENT__MATERIAL);
        if (!nodes.isEmpty()) {
            return NodeModelUtils.getTokenText(nodes.get(0));
        }
        return filler.getMaterial() != null && !filler.getMaterial().eIsProxy() ? filler.getMaterial().getName()
                : "filler";
    }
}
