using Npgsql;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Retention;
using RmtCases.Web.Features.Retention;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Features.Retention;

/// <summary>
/// The retention rule lives once in meaning: the purge's SQL (<see cref="PurgeEngine.DueCondition"/>) selects
/// exactly the participants <see cref="RetentionRules.IsDue"/> calls due, over a table of participants and days
/// at every boundary (the end date, the grace period's last day and the day after, a grace of zero).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class DueConditionTests(WebFixture fixture) : IAsyncLifetime
{
    private static readonly DateOnly _end = new(2023, 1, 1);

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_purge_sql_selects_exactly_whom_the_domain_rule_calls_due()
    {
        var municipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11);
        var provider = await fixture.CreateOrganisationAsync(OrganisationType.ExternalProvider, 11);
        var withdrawals = new DateOnly?[]
        {
            null, null,
            new(2022, 6, 1), new(2022, 6, 2), new(2022, 6, 3),
            new(2022, 12, 3), new(2022, 12, 4), new(2022, 12, 5), new(2022, 12, 31), new(2023, 1, 1),
        };
        var participants = new List<Participant>();
        for (var i = 0; i < withdrawals.Length; i++)
        {
            var participant = Sample.Full(11, municipality.Id, provider.Id, surname: $"Grens{i}");
            if (withdrawals[i] is { } on)
            {
                participant.Withdraw(on, WithdrawalReason.OwnRequest);
            }

            participants.Add(await fixture.InsertAsync(participant));
        }

        var days = new DateOnly[] { new(2022, 6, 29), new(2022, 6, 30), new(2022, 7, 1), new(2022, 12, 31), new(2023, 1, 1), new(2023, 1, 2), new(2023, 1, 29) };
        var checkedCases = 0;
        foreach (var grace in new[] { 0, 1, 28 })
        {
            foreach (var today in days)
            {
                var settings = new PurgeSettings(today, _end, grace, BatchSize: 10);
                var expected = participants
                    .Where(p => RetentionRules.IsDue(today, _end, grace, p.Status, p.WithdrawnOn))
                    .Select(p => p.Id).ToHashSet();

                (await DueInSqlAsync(settings)).Should().BeEquivalentTo(expected, $"today {today:yyyy-MM-dd}, grace {grace}");
                checkedCases++;
            }
        }

        checkedCases.Should().Be(21);
    }

    private async Task<HashSet<Guid>> DueInSqlAsync(PurgeSettings settings)
    {
        var due = new HashSet<Guid>();
        await using var connection = new NpgsqlConnection(fixture.Database.AllRegionsConnectionString);
        await connection.OpenAsync();
        await using var command = PurgeEngine.Command(connection, null, PurgeEngine.DueParticipants, settings);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            due.Add(reader.GetGuid(0));
        }

        return due;
    }
}
