package org.cruise.cli;

import java.util.ArrayList;
import java.util.List;

import org.cruise.core.CruiseException;
import org.cruise.core.diff.ProgramDiffResult;
import org.cruise.core.diff.ProgramDiffer;
import org.cruise.model.ChangeKind;
import org.cruise.core.update.ChangeSet;
import org.cruise.core.update.ProgramImage;

/** The updated functions as the comparison of the two builds finds them (what `cruise diff` prints). */
final class AutomaticChanges {

    private AutomaticChanges() {
    }

    static ChangeSet compare(ProgramImage oldImage, ProgramImage newImage) throws CruiseException {
        ProgramDiffResult diff = ProgramDiffer.diff(oldImage.path(), newImage.path());
        List<String> keys = new ArrayList<>();
        for (ProgramDiffResult.Change c : diff.functions(ChangeKind.MODIFIED)) {
            // By address: the comparison and the update engine then agree on which symbol is meant,
            // whatever scope notation each uses for statics.
            oldImage.functionAt(c.old().address()).ifPresent(f -> keys.add(ProgramImage.key(f)));
        }
        return ChangeSet.of(keys, oldImage, newImage);
    }
}
