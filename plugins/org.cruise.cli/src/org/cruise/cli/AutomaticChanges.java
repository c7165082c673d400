package org.cruise.cli;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.update.ChangeSet;
import org.cruise.core.update.ProgramImage;

/** The updated functions as a comparison of the two builds finds them (cruise diff). */
final class AutomaticChanges {

    private AutomaticChanges() {
    }

    static ChangeSet compare(ProgramImage oldImage, ProgramImage newImage) throws CruiseException {
        throw new CruiseException(ExitCode.USAGE, "the automatic comparison of " + oldImage.path() + " and "
                + newImage.path() + " is not available in this build: name the updated functions with --updated FILE");
    }
}
