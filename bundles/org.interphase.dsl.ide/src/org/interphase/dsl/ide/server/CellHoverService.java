package org.interphase.dsl.ide.server;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.interphase.dsl.ide.services.Descriptions;

/**
 * Hover: for a material (its name or a reference to it) its roles, description and every parameter
 * value with its source, for any other named element what it is and where it is declared; plain
 * text, one item a line.
 */
public class CellHoverService extends HoverService {

    /** A mechanism, a mechanism's parameter or a unit at the position (no element to resolve there), else Xtext's. */
    @Override
    public org.eclipse.lsp4j.Hover hover(org.eclipse.xtext.ide.server.Document document,
            org.eclipse.xtext.resource.XtextResource resource, org.eclipse.lsp4j.HoverParams params,
            org.eclipse.xtext.util.CancelIndicator cancel) {
        String named = org.interphase.dsl.ide.services.NameHovers.at(resource, document.getOffSet(params.getPosition()));
        if (named != null) {
            return new org.eclipse.lsp4j.Hover(new MarkupContent(MarkupKind.PLAINTEXT, named));
        }
        return super.hover(document, resource, params, cancel);
    }

    @Override
    public String getContents(EObject element) {
        if (element == null || element.eIsProxy()) {
            return null;
        }
        String documentation = super.getContents(element);
        String text = Descriptions.of(element, where(element));
        if (text == null) {
            return documentation;
        }
        return documentation == null || documentation.isBlank() ? text : text + "\n\n" + documentation;
    }

    @Override
    protected MarkupContent getMarkupContent(HoverContext context) {
        String contents = getContents(context.getElement());
        return contents == null ? null : new MarkupContent(MarkupKind.PLAINTEXT, contents);
    }

    private static String where(EObject element) {
        if (element.eResource() == null) {
            return null;
        }
        URI uri = element.eResource().getURI();
        if (uri.isFile()) {
            java.nio.file.Path path = java.nio.file.Path.of(java.net.URI.create(uri.toString()));
            if (path.startsWith(BuiltInLibrary.folder())) {
                return "built-in library (" + uri.lastSegment() + ")";
            }
            return "defined in " + path;
        }
        return "defined in " + uri;
    }
}
