package fr.faireess.mobility.module.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.module.MaterialFileRule;
import fr.faireess.mobility.module.MaterialInfo;
import fr.faireess.mobility.module.MaterialUpload;
import fr.faireess.mobility.module.SessionMaterialService;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;
import fr.faireess.mobility.platform.web.PageAction;

/**
 * Backs the files part of {@code /trainer/module/session.xhtml?id=…}: the session's files, adding
 * one (its own multipart form, so a file is never lost with a refused session edit) and removing one.
 */
@Named
@ViewScoped
public class ModuleMaterialsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "material";

    @Inject private SessionMaterialService materials;
    @Inject private ModuleSessionEditBacking sessionPage;
    @Inject private CurrentUser currentUser;

    private List<MaterialInfo> list;
    private transient UploadedFile upload;

    public List<MaterialInfo> getMaterials() {
        if (list == null && sessionPage.getId() != null) {
            list = materials.materialsOf(sessionPage.getId(), currentUser.get());
        }
        return list == null ? List.of() : list;
    }

    public void add() {
        try {
            PageAction.attempt(FORM, () -> {
                MaterialUpload file = upload == null ? null : new MaterialUpload(upload.getFileName(), upload.getContent());
                MaterialInfo added = materials.add(sessionPage.getId(), file, currentUser.get());
                list = null;
                Messages.info("module.material.added", added.fileName());
            });
        } finally {
            upload = null;
        }
    }

    public void remove(long materialId) {
        PageAction.attempt(null, () -> {
            materials.remove(materialId, currentUser.get());
            list = null;
            Messages.info("module.material.removed");
        });
    }

    public int getMaxMegabytes() {
        return MaterialFileRule.MAX_MEGABYTES;
    }

    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }
}
