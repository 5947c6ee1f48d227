package org.interphase.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.resource.DerivedStateAwareResource;
import org.eclipse.xtext.resource.DerivedStateAwareResourceDescriptionManager;
import org.eclipse.xtext.resource.IDerivedStateComputer;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.interphase.dsl.conversion.InterphaseValueConverters;
import org.interphase.dsl.derived.CellInterfaceComputer;
import org.interphase.dsl.linking.InterphaseLinkingDiagnosticMessageProvider;
import org.interphase.dsl.naming.InterphaseQualifiedNameProvider;
import org.interphase.dsl.scoping.PackageImportScopeProvider;
import org.interphase.dsl.validation.RegisteredMechanisms;
import org.interphase.dsl.validation.MechanismCatalog;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/**
 * Runtime bindings of the cell language (used headless and, through the .ide module, by editors).
 */
public class InterphaseRuntimeModule extends AbstractInterphaseRuntimeModule {

    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return InterphaseValueConverters.class;
    }

    @Override
    public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
        return InterphaseQualifiedNameProvider.class;
    }

    @Override
    public void configureIScopeProviderDelegate(Binder binder) {
        binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
                .to(PackageImportScopeProvider.class);
    }

    public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return InterphaseLinkingDiagnosticMessageProvider.class;
    }

    // The interfaces of a cell are derived from its stack after parsing (see CellInterfaceComputer).
    @Override
    public Class<? extends XtextResource> bindXtextResource() {
        return DerivedStateAwareResource.class;
    }

    public Class<? extends IDerivedStateComputer> bindIDerivedStateComputer() {
        return CellInterfaceComputer.class;
    }

    public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
        return DerivedStateAwareResourceDescriptionManager.class;
    }

    /** Reads BOMs and lone CRs like editors mean them, and limits nesting (issue 14). */
    @Override
    public Class<? extends org.eclipse.xtext.parser.IParser> bindIParser() {
        return org.interphase.dsl.parser.TolerantParser.class;
    }

    /** Syntax errors without the grammar's token names. */
    public Class<? extends org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
        return org.interphase.dsl.parser.PlainSyntaxErrors.class;
    }

    /** Which mechanism ids studies may name: those the mechanism registry reads from the installed bundles. */
    public Class<? extends MechanismCatalog> bindMechanismCatalog() {
        return RegisteredMechanisms.class;
    }
}
