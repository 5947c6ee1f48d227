package org.interphase.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.interphase.materials.MaterialLibrary;
import org.interphase.model.Document;

/**
 * Java-like visibility: a file sees its own declarations, everything in its own package (in any
 * file), what it imports, and the built-in material library, which needs no import. Closer
 * declarations shadow farther ones (own file, then imports, then the library).
 */
public class PackageImportScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

    @Override
    protected List<ImportNormalizer> getImplicitImports(boolean ignoreCase) {
        List<ImportNormalizer> imports = new ArrayList<>(super.getImplicitImports(ignoreCase));
        imports.add(createImportedNamespaceResolver(MaterialLibrary.PACKAGE + ".*", ignoreCase));
        return imports;
    }

    @Override
    protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
        List<ImportNormalizer> resolvers = new ArrayList<>(super.internalGetImportedNamespaceResolvers(context,
                ignoreCase));
        if (context instanceof Document document && document.getName() != null && !document.getName().isBlank()) {
            // the rest of the package, declared in other files, is visible without an import
            resolvers.add(0, createImportedNamespaceResolver(document.getName() + ".*", ignoreCase));
        }
        return resolvers;
    }
}
