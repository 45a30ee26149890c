using RmtCases.Domain.Exchange;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Figures;

/// <summary>Generated participants for the figures tests: random registrations, routes, services and exchanges in 2022.</summary>
internal sealed class GeneratedFigures(WebFixture fixture)
{
    public const int Region = 11;
    public const int OtherRegion = 35;

    public Organisation Municipality { get; private set; } = null!;
    public Organisation Union { get; private set; } = null!;
    public Organisation[] Providers { get; private set; } = [];

    public async Task ArrangeAsync(int participants, int seed = 18)
    {
        Municipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, Region, "Gemeente Cijferstad");
        Union = await fixture.CreateOrganisationAsync(OrganisationType.Union, Region, "Bond Cijferstad");
        Providers =
        [
            await fixture.CreateOrganisationAsync(OrganisationType.ExternalProvider, Region, "Aanbieder Alfa"),
            await fixture.CreateOrganisationAsync(OrganisationType.ExternalProvider, Region, "Aanbieder Beta"),
        ];
        var recipients = new[] { Municipality, Union, await fixture.CreateOrganisationAsync(OrganisationType.Uwv, Region), Providers[0] };
        var otherMunicipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, OtherRegion);
        var otherProvider = await fixture.CreateOrganisationAsync(OrganisationType.ExternalProvider, OtherRegion);
        var random = new Random(seed);
        await fixture.InScopeAsync(async (_, db) =>
        {
            for (var i = 0; i < participants; i++)
            {
                var own = i % 5 != 0;
                var participant = Sample.Full(own ? Region : OtherRegion, own ? Municipality.Id : otherMunicipality.Id, own ? Providers[0].Id : otherProvider.Id, surname: $"Cijfer{i}");
                // Registered some time in 2022 (and a few in late 2021), at any hour, so month edges in Dutch time count.
                participant.RegisteredAt = new DateTimeOffset(2021, 11, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 60 * 24 * 420));
                participant.ServiceDeliveries.Clear();
                var services = random.Next(0, 3);
                for (var s = 0; s < services; s++)
                {
                    var start = new DateOnly(2022, 1, 1).AddDays(random.Next(0, 365));
                    participant.ServiceDeliveries.Add(new ServiceDelivery
                    {
                        ServiceType = (ServiceType)random.Next(1, 4),
                        ProviderOrganisationId = own ? Providers[random.Next(0, 2)].Id : otherProvider.Id,
                        StartDate = start,
                        EndDate = start.AddDays(60),
                        Cost = random.Next(10_000, 500_000) / 100m,
                    });
                }

                var phase = (RoutePhase)random.Next(1, 7);
                if (phase != RoutePhase.Registered)
                {
                    participant.RoutePhase = phase;
                    participant.RoutePhaseSince = participant.RegisteredAt.AddHours(random.Next(1, 24 * 200));
                    participant.RouteOutcome = phase == RoutePhase.Completed ? (RouteOutcome)random.Next(1, 7) : null;
                    participant.RouteAbortReason = phase == RoutePhase.Aborted ? (RouteAbortReason)random.Next(1, 7) : null;
                }
                else
                {
                    participant.RoutePhaseSince = participant.RegisteredAt;
                }

                if (random.Next(0, 10) == 0)
                {
                    participant.Withdraw(DateOnly.FromDateTime(participant.RegisteredAt.UtcDateTime).AddDays(random.Next(1, 200)), WithdrawalReason.FoundWork);
                }

                db.Participants.Add(participant);
                db.BanenafspraakIndications.Add(new BanenafspraakIndication
                {
                    ParticipantId = participant.Id, RegionId = participant.RegionId, InTargetGroup = true, RecordedByOrganisationId = participant.RegisteredByOrganisationId,
                });
                if (own && random.Next(0, 2) == 0)
                {
                    db.ExportRecords.Add(new ExportRecord
                    {
                        Reference = $"RMT-CIJFER-{i:0000}", Kind = ExportKind.Exchange, SenderOrganisationId = Municipality.Id,
                        RecipientOrganisationId = recipients[random.Next(0, recipients.Length)].Id, ParticipantId = participant.Id, RegionId = Region,
                        Purpose = "Test", Categories = "ae", CreatedAt = new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 60 * 24 * 365)),
                        Sha256 = new string('0', 64),
                    });
                }
            }

            await db.SaveChangesAsync();
        });
    }
}
