package org.neiqin.contracts.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Block;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Paragraph;
import org.neiqin.contracts.internal.ContractsModule;
import org.neiqin.contracts.internal.ShipDateService;
import org.neiqin.kit.form.Forms;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The planning board (交期看板): the lines of sales orders and contracts in force that wait for a committed ship date
 * (the longest promised first, with the office's chases), the lines committed later than promised whose customer is
 * not yet told, and every committed date. Each line opens its document's ship dates, where planning commits and the
 * office chases.
 */
@Component
public class PlanningPage implements ConsolePage {
    static final String LABEL = "neiqin-planning";

    @Reference
    private ShipDateService shipDates;

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return 205; }

    @Override
    public String title() { return "Planning board"; }

    @Override
    public String permission() { return ContractsModule.READ; }

    @Override
    public Page render(PageRequest r) {
        ShipDateService.Show show = Forms.choice(ShipDateService.Show.class, "show", r.param("show"));
        show = show == null ? ShipDateService.Show.AWAITING : show;
        List<Link> tabs = new ArrayList<>();
        for (ShipDateService.Show s : ShipDateService.Show.values()) {
            tabs.add(new Link(r.msg("planning.show." + s.name()), LABEL + "?show=" + s.name()));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Links(tabs));
        ShipDateService.Board board = shipDates.board(show);
        blocks.add(new Paragraph(r.msg("planning.explain." + show.name())));
        if (board.total() > board.lines().size()) {
            blocks.add(new Paragraph(r.msg("planning.more", board.lines().size(), board.total())));
        }
        blocks.add(ShipDates.table(r, board.lines(), true, "planning-" + show.name().toLowerCase(java.util.Locale.ROOT)));
        return new Page(r.msg("planning.title") + " — " + r.msg("planning.show." + show.name()), blocks);
    }
}
