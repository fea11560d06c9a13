package org.neiqin.contracts.internal.console;

import java.util.List;

import org.neiqin.api.console.Block;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.security.SecurityService;
import org.neiqin.api.time.CompanyClock;
import org.neiqin.contracts.internal.ContractsModule;
import org.neiqin.contracts.internal.DocumentView;
import org.neiqin.kit.console.PageActions;

/** The forms of a document's steps on its page; the page handles what they send. */
final class DocumentSteps {
    private DocumentSteps() {
    }

    /** The steps the document's state allows the reader: edit and submit a draft, convert a quotation, record the
     *  signed copy, amend or close what is in force. */
    static void forms(PageRequest r, DocumentView v, SecurityService security, CompanyClock clock, PageActions actions,
            List<Block> blocks) {
        boolean write = security.isPermitted(r.actor(), ContractsModule.WRITE);
        String id = String.valueOf(v.id());
        String version = String.valueOf(v.version());
        if (write && v.state() == DocumentState.DRAFT) {
            blocks.add(new Links(List.of(new Link(r.msg("action.edit"), EditPage.LABEL + "?id=" + id))));
            blocks.add(Form.action(r.msg("action.submit"), List.of(actions.field(DocumentPage.SUBMIT),
                    Field.hidden("id", id), Field.hidden("version", version))));
        }
        if (write && v.kind() == DocumentKind.QUOTATION && v.state() == DocumentState.APPROVED) {
            blocks.add(new Links(List.of(new Link(r.msg("action.revise"), EditPage.LABEL + "?id=" + id + "&amend=1"))));
            blocks.add(Form.action(r.msg("action.convert"), List.of(actions.field(DocumentPage.CONVERT),
                    Field.hidden("id", id), Field.hidden("version", version))));
        }
        if (v.state() == DocumentState.EFFECTIVE) {
            if (write && v.pendingRevision() == null) {
                blocks.add(new Links(List.of(new Link(r.msg("action.amend"), EditPage.LABEL + "?id=" + id + "&amend=1"))));
            }
            if (write) {
                blocks.add(new Heading(r.msg("action.signed")));
                blocks.add(Form.action(r.msg("action.signed"), List.of(actions.field(DocumentPage.SIGNED),
                        Field.hidden("id", id), Field.hidden("version", version),
                        new Field("signedOn", r.msg("field.signedOn"), Field.Type.DATE, clock.today().toString(),
                                List.of(), true),
                        new Field("signedCopy", r.msg("field.signedCopy"), Field.Type.TEXT, v.signedCopy(), List.of(),
                                true))));
            }
            if (security.isPermitted(r.actor(), ContractsModule.CLOSE)) {
                blocks.add(new Heading(r.msg("action.close")));
                blocks.add(Form.action(r.msg("action.close"), List.of(actions.field(DocumentPage.CLOSE),
                        Field.hidden("id", id), Field.hidden("version", version),
                        new Field("reason", r.msg("field.reason"), Field.Type.TEXT, null, List.of(), true))));
            }
        }
    }

}
