package org.cruise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cruise.ui.CruisePerspective;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The CRUISE application starts a real workbench (under Xvfb in CI) on the CRUISE perspective. */
class WorkbenchStartTest {

    @Test
    void workbenchRunsTheCruiseProduct() {
        assertTrue(PlatformUI.isWorkbenchRunning(), "workbench is running");
        assertNotNull(Platform.getProduct(), "a product is defined");
        assertEquals("org.cruise.ui.product", Platform.getProduct().getId());
        assertEquals("org.cruise.ui.application", Platform.getProduct().getApplication());
    }

    @Test
    void firstWindowOpensOnTheCruisePerspective() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "a workbench window is open");
        IWorkbenchPage page = window.getActivePage();
        assertNotNull(page, "the window has a page");
        IPerspectiveDescriptor perspective = page.getPerspective();
        assertNotNull(perspective, "the page shows a perspective");
        assertEquals(CruisePerspective.ID, perspective.getId());
        assertEquals("CRUISE", perspective.getLabel());
        assertEquals("CRUISE", window.getShell().getText());
    }
}
