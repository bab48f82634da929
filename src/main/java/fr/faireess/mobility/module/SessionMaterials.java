package fr.faireess.mobility.module;

import java.util.List;

/** A session with its materials (the link and the files), as a student's page lists them. */
public record SessionMaterials(ModuleSession session, List<MaterialInfo> files) {
}
