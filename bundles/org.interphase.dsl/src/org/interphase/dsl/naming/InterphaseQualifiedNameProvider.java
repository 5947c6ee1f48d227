package org.interphase.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.interphase.model.Document;
import org.interphase.model.Element;

/**
 * Only documents (packages) and top-level declarations have qualified names
 * ({@code package.Name}); parameters, report items and interfaces carry a name attribute too but
 * are not referable.
 */
public class InterphaseQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

    @Override
    public QualifiedName getFullyQualifiedName(EObject object) {
        if (object instanceof Element || object instanceof Document) {
            return super.getFullyQualifiedName(object);
        }
        return null;
    }
}
