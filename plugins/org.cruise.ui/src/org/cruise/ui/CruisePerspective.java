package org.cruise.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The CRUISE perspective: the place where snapshots are inspected and updates prepared. It
 * holds only the editor area until the snapshot, call-chain and diff views exist; they will be
 * added here as they land.
 */
public final class CruisePerspective implements IPerspectiveFactory {
    public static final String ID = "org.cruise.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
    }
}
