using Microsoft.EntityFrameworkCore;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Pdf;
using RmtCases.Web.Features.Hosting;

namespace RmtCases.Web.Features.Exchange;

/// <summary>
/// GDPR art. 15: the participant's copy of everything held (categories a–g), to whom it was disclosed, and
/// which organisations viewed or changed it. Organisations, not staff: the right of access covers the
/// recipients, and staff names would be personal data of others.
/// </summary>
public static class SubjectAccessReport
{
    // What the participant recognises as an access; reading the audit trail, refusals and sign-ins are not
    // accesses to their data and stay out.
    private static readonly Dictionary<string, string> _activities = new(StringComparer.Ordinal)
    {
        [AuditActions.ParticipantViewed] = "Ingezien",
        [AuditActions.ParticipantCreated] = "Vastgelegd",
        [AuditActions.ParticipantChanged] = "Gewijzigd",
        [AuditActions.ParticipantWithdrawn] = "Gewijzigd",
        [AuditActions.ParticipantRestored] = "Gewijzigd",
        [AuditActions.InvolvementAdded] = "Gewijzigd",
        [AuditActions.ExportCreated] = "Verstrekt",
        [AuditActions.ExportDownloaded] = "Verstrekt",
        [AuditActions.SubjectAccessReport] = "Inzageverzoek uitgevoerd",
        [AuditActions.RecipientsNotified] = "Ontvangers geïnformeerd over een correctie",
    };

    /// <summary>From the audit trail: per organisation and kind of access, the first and last moment.</summary>
    public static async Task<IReadOnlyList<AccessByOrganisation>> AccessesAsync(RmtDbContext db, Guid participantId, CancellationToken cancellationToken)
    {
        var actions = _activities.Keys.ToList();
        var grouped = await db.AuditEvents.AsNoTracking()
            .Where(e => e.ParticipantId == participantId && e.OrganisationId != null
                && e.Outcome == AuditOutcomes.Success && actions.Contains(e.Action))
            .GroupBy(e => new { e.OrganisationId, e.Action })
            .Select(g => new { g.Key.OrganisationId, g.Key.Action, First = g.Min(e => e.OccurredAt), Last = g.Max(e => e.OccurredAt) })
            .ToListAsync(cancellationToken);
        var ids = grouped.Select(g => g.OrganisationId!.Value).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);

        return grouped
            .GroupBy(g => (Organisation: names.GetValueOrDefault(g.OrganisationId!.Value, "(verwijderde organisatie)"), Activity: _activities[g.Action]))
            .Select(g => new AccessByOrganisation(g.Key.Organisation, g.Key.Activity, g.Min(x => x.First), g.Max(x => x.Last)))
            .OrderBy(a => a.Organisation, StringComparer.Ordinal).ThenBy(a => a.First)
            .ToList();
    }

    public static PdfReport Build(
        string reference,
        string producedBy,
        DateTimeOffset createdAt,
        ExchangeContent content,
        IReadOnlyList<ExportSummary> disclosures,
        IReadOnlyList<AccessByOrganisation> accesses)
    {
        var blocks = new List<PdfBlock>
        {
            new PdfTitle("Inzage in uw persoonsgegevens"),
            new PdfParagraph(
                "U hebt gevraagd welke persoonsgegevens het regionaal mobiliteitsteam (RMT) over u verwerkt (artikel 15 "
                + "van de Algemene verordening gegevensbescherming). Dit overzicht bevat alle gegevens die over u zijn "
                + "vastgelegd, aan welke organisaties ze zijn verstrekt en welke organisaties ze hebben ingezien of gewijzigd."),
            new PdfKeyValues(
            [
                new("Opgesteld door", producedBy),
                new("Datum", DutchFormat.DateTime(createdAt)),
                new("Kenmerk", reference),
            ]),
            new PdfHeading("Uw gegevens"),
        };
        ExchangeReport.AddSections(blocks, content);

        blocks.Add(new PdfHeading("Aan wie uw gegevens zijn verstrekt"));
        if (disclosures.Count == 0)
        {
            blocks.Add(new PdfParagraph("Uw gegevens zijn aan geen enkele organisatie verstrekt."));
        }

        // One block per export rather than a table: the reference and the purpose must stay readable whole.
        foreach (var d in disclosures.OrderBy(d => d.CreatedAt))
        {
            blocks.Add(new PdfKeyValues(
            [
                new("Datum", DutchFormat.DateTime(d.CreatedAt)),
                new("Verstrekt door", d.SenderOrganisation),
                new("Verstrekt aan", d.RecipientOrganisation),
                new("Gegevens", ExchangeReport.Names(d.Categories)),
                new("Doel", d.Purpose),
                new("Exportkenmerk", d.Reference),
            ]));
            blocks.Add(new PdfSpacer(6));
        }

        blocks.Add(new PdfHeading("Wie uw gegevens heeft ingezien of gewijzigd"));
        blocks.Add(new PdfParagraph("Per organisatie van het RMT: wat medewerkers met uw gegevens deden, de eerste en de laatste dag."));
        blocks.Add(accesses.Count == 0
            ? new PdfParagraph("Niemand heeft uw gegevens ingezien of gewijzigd.")
            : new PdfTable(
                [new("Organisatie", 2.4f), new("Wat", 1.8f), new("Eerste keer", 1), new("Laatste keer", 1)],
                accesses.Select(a => (IReadOnlyList<string>)
                    [a.Organisation, a.Activity, Day(a.First), Day(a.Last)])
                    .ToList()));

        blocks.Add(new PdfHeading("Uw rechten"));
        blocks.Add(new PdfParagraph(
            "Kloppen uw gegevens niet, dan kunt u vragen ze te verbeteren; wij laten de organisaties die ze ontvingen "
            + "dan weten wat er is veranderd. U kunt ook vragen uw gegevens te wissen of uw deelname te beëindigen. "
            + "Noem het kenmerk van dit overzicht als u contact met ons opneemt. Bent u het niet eens met hoe wij met "
            + "uw gegevens omgaan, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens."));

        return new PdfReport($"Kenmerk {reference}", blocks);
    }

    private static string Day(DateTimeOffset moment) => DutchFormat.Date(DateOnly.FromDateTime(DutchFormat.InAmsterdam(moment).DateTime));
}
