package org.interphase.dsl.ide.server;

import org.eclipse.xtext.ide.server.IProjectDescriptionFactory;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.workspace.IProjectConfig;

/**
 * A project's description with the projects it sees: Xtext's container manager makes the index of
 * a project's dependencies visible to it, and its builder rebuilds a project after what it depends
 * on changed (the workbench's referenced projects; the language server's folders have none).
 */
public final class CellProjectDescriptions implements IProjectDescriptionFactory {

    @Override
    public ProjectDescription getProjectDescription(IProjectConfig config) {
        ProjectDescription d = new ProjectDescription();
        d.setName(config.getName());
        d.setDependencies(CellWorkspaceConfigFactory.dependencies(config));
        return d;
    }
}
