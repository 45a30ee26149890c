using RmtCases.Domain.Casework;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Pdf;
using RmtCases.Web.Features.Hosting;

namespace RmtCases.Web.Features.Exchange;

/// <summary>Lays out an exchange export for <see cref="PdfRenderer"/>: A4, Dutch, the reference in every footer.</summary>
public static class ExchangeReport
{
    public static PdfReport Build(ExchangeCover cover, ExchangeContent content)
    {
        var blocks = new List<PdfBlock>
        {
            new PdfTitle("Vertrouwelijk"),
            new PdfParagraph("Persoonsgegevens van één deelnemer aan een regionaal mobiliteitsteam (RMT)."),
            new PdfKeyValues(
            [
                new("Afzender", cover.SenderOrganisation),
                new("Verstuurd door", cover.SenderUser),
                new("Ontvanger", cover.RecipientOrganisation),
                new("Doel", cover.Purpose),
                new("Datum", DutchFormat.DateTime(cover.CreatedAt)),
                new("Exportkenmerk", cover.Reference),
                new("Opgenomen gegevens", Names(cover.Included)),
                new("Niet opgenomen", cover.LeftOut.Count == 0 ? DutchFormat.Missing : Names(cover.LeftOut)),
            ]),
            new PdfHeading("Geheimhouding"),
            new PdfParagraph(
                "U ontvangt deze gegevens alleen voor het doel hierboven. U bent verplicht tot geheimhouding: "
                + "gebruik de gegevens niet voor iets anders en geef ze niet door aan anderen."),
            new PdfParagraph(
                "Verwijder dit bestand zodra u het niet meer nodig hebt voor dit doel. Vermeld het exportkenmerk "
                + "als u contact opneemt met de afzender over dit bestand."),
        };

        AddSections(blocks, content);
        return new PdfReport($"Exportkenmerk {cover.Reference}", blocks);
    }

    /// <summary>The participant's data, one section per category in the content; shared with the subject access report.</summary>
    public static void AddSections(List<PdfBlock> blocks, ExchangeContent content)
    {
        if (content.Person is { } person)
        {
            blocks.Add(new PdfHeading(Category.Person.DutchName()));
            blocks.Add(new PdfKeyValues(
            [
                new("Naam", person.FullName),
                new("Geboortedatum", DutchFormat.Date(person.DateOfBirth)),
                new("Adres", $"{person.Street} {person.HouseNumber}"),
                new("Postcode en woonplaats", $"{person.Postcode} {person.City}"),
                new("Telefoon", Domain.Validation.DutchPhone.Display(person.Phone) ?? DutchFormat.Missing),
                new("E-mailadres", DutchFormat.OrMissing(person.Email)),
            ]));
        }

        if (content.Education is { } education)
        {
            blocks.Add(new PdfHeading(Category.Education.DutchName()));
            blocks.Add(Table(
                education,
                [new("Niveau", 1.2f), new("Opleiding", 2), new("Instelling", 2), new("Periode", 1.2f), new("Diploma", 0.8f)],
                e => [e.Level.Label(), e.Programme, DutchFormat.OrMissing(e.Institution), DutchFormat.Years(e.StartYear, e.EndYear), DutchFormat.YesNo(e.DiplomaObtained)]));
        }

        if (content.WorkHistory is { } workHistory)
        {
            blocks.Add(new PdfHeading(Category.WorkHistory.DutchName()));
            blocks.Add(Table(
                workHistory,
                [new("Werkgever", 2), new("Functie", 2), new("Van", 1), new("Tot", 1), new("Uren per week", 1)],
                w => [w.Employer, w.JobTitle, DutchFormat.Date(w.StartDate), DutchFormat.Date(w.EndDate), DutchFormat.OrMissing(DutchFormat.Number(w.HoursPerWeek))]));
        }

        if (content.CurrentSituationIncluded)
        {
            blocks.Add(new PdfHeading(Category.CurrentSituation.DutchName()));
            blocks.Add(content.CurrentSituation is { } situation
                ? new PdfKeyValues(
                [
                    new("Situatie", situation.Status.Label()),
                    new("Werkgever", DutchFormat.OrMissing(situation.Employer)),
                    new("Functie", DutchFormat.OrMissing(situation.JobTitle)),
                    new("Uren per week", DutchFormat.OrMissing(DutchFormat.Number(situation.HoursPerWeek))),
                    new("Verwacht einde dienstverband", DutchFormat.Date(situation.ExpectedEndOfEmployment)),
                ])
                : new PdfParagraph("Niet vastgelegd."));
        }

        if (content.Mediation is { } mediation)
        {
            blocks.Add(new PdfHeading(Category.Mediation.DutchName()));
            blocks.Add(Table(
                mediation,
                [new("Datum", 1), new("Activiteit", 1.5f), new("Vacature", 2), new("Organisatie", 2), new("Resultaat", 1)],
                m => [DutchFormat.Date(m.Activity.Date), m.Activity.Kind.Label(), DutchFormat.OrMissing(m.Activity.Vacancy), DutchFormat.OrMissing(m.OrganisationName), m.Activity.Outcome.Label()]));
        }

        if (content.Route is { } route)
        {
            AddRoute(blocks, route);
        }

        if (content.ServiceDeliveries is { } deliveries)
        {
            blocks.Add(new PdfHeading(Category.ServiceDelivery.DutchName()));
            blocks.Add(Table(
                deliveries,
                [new("Dienst", 2), new("Aanbieder", 2), new("Periode", 1.6f), new("Kosten", 1)],
                s => [s.ServiceType.Label(), s.ProviderName, $"{DutchFormat.Date(s.StartDate)} t/m {DutchFormat.Date(s.EndDate)}", DutchFormat.Money(s.Cost)]));
        }

        if (content.BanenafspraakIncluded)
        {
            blocks.Add(new PdfHeading(Category.Banenafspraak.DutchName()));
            var inTargetGroup = content.Banenafspraak?.InTargetGroup ?? false;
            var text = $"Behoort tot de doelgroep banenafspraak: {DutchFormat.YesNo(inTargetGroup)}";
            if (inTargetGroup && content.Banenafspraak?.RegisteredOn is { } registeredOn)
            {
                text += $" (geregistreerd op {DutchFormat.Date(registeredOn)})";
            }

            blocks.Add(new PdfParagraph(text));
        }
    }

    /// <summary>The route under category e: phase, steps, plan and casehouders, each a table of its own.</summary>
    private static void AddRoute(List<PdfBlock> blocks, RouteContent route)
    {
        blocks.Add(new PdfHeading("Traject"));
        var phase = route.Phase.Label()
            + (route.Outcome is { } outcome ? $" ({outcome.Label()})" : "")
            + (route.AbortReason is { } reason ? $" ({reason.Label()})" : "");
        blocks.Add(new PdfKeyValues(
        [
            new("Fase", phase),
            new("Sinds", DutchFormat.DateTime(route.Since)),
            new("Doel van het trajectplan", route.Goal?.Label() ?? DutchFormat.Missing),
        ]));
        blocks.Add(new PdfParagraph("Verloop van het traject"));
        blocks.Add(Table(
            route.Steps,
            [new("Datum", 1.2f), new("Van", 1), new("Naar", 1.8f), new("Organisatie", 2)],
            s => [DutchFormat.DateTime(s.At), s.From.Label(), s.To.Label() + (s.Outcome is { } o ? $" ({o.Label()})" : "") + (s.AbortReason is { } r ? $" ({r.Label()})" : ""), s.Organisation]));
        blocks.Add(new PdfParagraph("Acties in het trajectplan"));
        blocks.Add(Table(
            route.Actions,
            [new("Actie", 2.4f), new("Eigenaar", 2), new("Klaar op", 1), new("Status", 1)],
            a => [a.Name, a.OwnerOrganisation, DutchFormat.Date(a.DueOn), a.Status.Label()]));
        blocks.Add(new PdfParagraph("Casehouders"));
        blocks.Add(Table(
            route.Casehouders,
            [new("Organisatie", 2.4f), new("Casehouder sinds", 1.2f)],
            h => [h.Organisation, DutchFormat.DateTime(h.Since)]));
    }

    public static string Names(IEnumerable<Category> categories) =>
        string.Join(", ", categories.Order().Select(c => c.DutchName()));

    public static PdfBlock Table<T>(IReadOnlyList<T> rows, IReadOnlyList<PdfColumn> columns, Func<T, IReadOnlyList<string>> cells) =>
        rows.Count == 0
            ? new PdfParagraph("Niets vastgelegd.")
            : new PdfTable(columns, rows.Select(cells).ToList());
}
