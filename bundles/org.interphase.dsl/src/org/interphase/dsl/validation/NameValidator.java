package org.interphase.dsl.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.interphase.model.Document;
import org.interphase.model.Element;
import org.interphase.model.Import;
import org.interphase.model.ModelPackage;

import com.google.inject.Inject;

/**
 * Names: no two declarations with one qualified name, in one file or across the files that see
 * each other; imports that name something.
 */
public class NameValidator extends TopicValidator {

    @Inject
    private ResourceDescriptionsProvider indexProvider;

    @Inject
    private IQualifiedNameProvider names;

    @Inject
    private IQualifiedNameConverter converter;

    @Check
    public void checkUniqueNames(Document document) {
        Map<String, Element> first = new HashMap<>();
        for (Element element : document.getElements()) {
            if (element.getName() == null) {
                continue;
            }
            Element earlier = first.putIfAbsent(element.getName(), element);
            if (earlier != null) {
                error("duplicate name '" + shown(element.getName()) + "': a " + kind(earlier) + " of that name is declared above",
                        element, ModelPackage.Literals.ELEMENT__NAME, IssueCodes.DUPLICATE_NAME);
            }
        }
        IResourceDescriptions index = indexProvider.getResourceDescriptions(document.eResource());
        for (Element element : first.values()) {
            QualifiedName name = names.getFullyQualifiedName(element);
            if (name == null) {
                continue;
            }
            for (IEObjectDescription other : index.getExportedObjects(ModelPackage.Literals.ELEMENT, name, false)) {
                Resource mine = element.eResource();
                if (!other.getEObjectURI().trimFragment().equals(mine.getURI())) {
                    error("duplicate " + kind(element) + " '" + name + "': also declared in "
                            + other.getEObjectURI().trimFragment().lastSegment(), element,
                            ModelPackage.Literals.ELEMENT__NAME, IssueCodes.DUPLICATE_NAME);
                    break;
                }
            }
        }
    }

    @Check
    public void checkImport(Import imp) {
        String namespace = imp.getImportedNamespace();
        if (namespace == null) {
            return;
        }
        boolean wildcard = namespace.endsWith(".*");
        String prefix = wildcard ? namespace.substring(0, namespace.length() - 2) : namespace;
        if (prefix.isBlank()) {
            return; // 'import .*' is a syntax error the parser reports where it is; there is no name to look up
        }
        QualifiedName name = converter.toQualifiedName(prefix);
        IResourceDescriptions index = indexProvider.getResourceDescriptions(imp.eResource());
        for (IEObjectDescription d : index.getExportedObjects()) {
            if (wildcard ? d.getName().startsWith(name) && d.getName().getSegmentCount() > name.getSegmentCount()
                    : d.getName().equals(name)) {
                return;
            }
        }
        warning("import '" + namespace + "' matches nothing"
                + (wildcard ? ": no file in this folder declares package " + name : ""), imp,
                ModelPackage.Literals.IMPORT__IMPORTED_NAMESPACE, IssueCodes.UNRESOLVED_IMPORT);
    }

    private static String kind(EObject element) {
        return element.eClass().getName().toLowerCase(java.util.Locale.ROOT);
    }
}
