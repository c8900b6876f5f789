package dev.tifa.cli;

import dev.tifa.app.Workspace;
import dev.tifa.model.Document;

/** Finding what the user named, with an error that says what to do instead. */
final class Lookup {
    private Lookup() {
    }

    static Document document(Workspace ws, String keyOrId) {
        return ws.store().document(keyOrId).orElseThrow(() -> new UserError(new dev.tifa.app.ExternalTexts(ws).missing(keyOrId,
                "no document '" + keyOrId + "' in " + ws.dataDir() + " (see `tifa docs` for keys)")));
    }
}
