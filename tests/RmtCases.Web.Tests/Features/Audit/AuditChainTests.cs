using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Features.Audit;

[Collection(WebCollection.Name)]
public sealed class AuditChainTests(WebFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private AuditChainVerifier Verifier => fixture.Factory.Services.GetRequiredService<AuditChainVerifier>();

    private async Task WriteEventsAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await fixture.InScopeAsync(async (services, _) =>
                await services.GetRequiredService<AuditLog>().RecordAsync(AuditActions.ParticipantViewed, participantId: Guid.NewGuid(), categories: [Domain.Participants.Category.Person]));
        }

        await fixture.SealAuditAsync();
    }

    private const string InsertAsApplication = $"INSERT INTO audit_events (action, outcome) VALUES ('{AuditActions.ParticipantViewed}', '{AuditOutcomes.Success}') RETURNING id";

    private Task<long> ChainSequenceAsync(long id) => fixture.Database.ScalarAsync<long>($"SELECT chain_sequence FROM audit_events WHERE id = {id}");

    [Fact]
    public async Task A_row_committed_late_is_sealed_after_the_rows_sealed_meanwhile_not_skipped()
    {
        await using var late = new NpgsqlConnection(fixture.Database.AppConnectionString);
        await late.OpenAsync();
        await using var transaction = await late.BeginTransactionAsync();
        await using var insert = new NpgsqlCommand(InsertAsApplication, late, transaction);
        var lateId = (long)(await insert.ExecuteScalarAsync())!;

        await WriteEventsAsync(2);
        (await fixture.Database.ScalarAsync<long>("SELECT max(chain_sequence) FROM audit_events WHERE chain_sequence < rmt_audit_unsealed_from()")).Should().Be(2);
        await transaction.CommitAsync();
        await fixture.SealAuditAsync();

        (await ChainSequenceAsync(lateId)).Should().Be(3, "the late row joins the chain after the rows sealed while it was open");
        var result = await Verifier.VerifyAsync(CancellationToken.None);
        result.Intact.Should().BeTrue();
        result.RowsChecked.Should().Be(3);
    }

    [Fact]
    public async Task A_sealed_row_altered_afterwards_is_found_and_sealing_goes_on_after_it()
    {
        await WriteEventsAsync(3);
        var second = await fixture.Database.ScalarAsync<long>("SELECT id FROM audit_events WHERE chain_sequence = 2");
        await fixture.Database.ExecuteAsync($"UPDATE audit_events SET fields = 'name' WHERE id = {second}");
        await WriteEventsAsync(1);

        var result = await Verifier.VerifyAsync(CancellationToken.None);

        result.Intact.Should().BeFalse();
        result.FirstBrokenId.Should().Be(second);
        (await fixture.Database.ScalarAsync<long>("SELECT max(chain_sequence) FROM audit_events WHERE chain_sequence < rmt_audit_unsealed_from()")).Should().Be(4);
    }

    [Fact]
    public async Task A_committed_row_left_unsealed_for_seconds_is_a_fault()
    {
        await WriteEventsAsync(1);
        // Holding the sealing call's lock stops every sealer, as a broken one would.
        await using var holder = new NpgsqlConnection(fixture.Database.OwnerConnectionString);
        await holder.OpenAsync();
        await using var hold = await holder.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_xact_lock(7513)", holder, hold))
        {
            await take.ExecuteNonQueryAsync();
        }

        var stuck = await fixture.Database.ScalarAsync<long>(InsertAsApplication);
        await fixture.Database.ExecuteAsync($"UPDATE audit_events SET occurred_at = occurred_at - interval '1 minute' WHERE id = {stuck}");

        var result = await Verifier.VerifyAsync(CancellationToken.None);
        var lag = await fixture.Factory.Services.GetRequiredService<AuditSealer>().SealingLagAsync(CancellationToken.None);
        await hold.RollbackAsync();

        result.Intact.Should().BeFalse();
        result.FirstBrokenId.Should().Be(stuck);
        lag.Should().BeGreaterThan(TimeSpan.FromSeconds(59));
    }

    [Fact]
    public async Task One_instance_seals_rows_within_a_second_and_a_second_instance_stands_by()
    {
        await using var second = new RmtAppFactory(fixture.Database, fixture.Clock);
        _ = second.Server;
        var sealers = new[] { fixture.Factory, second }.Select(f => f.Services.GetRequiredService<AuditSealer>()).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(1));
        var id = await fixture.Database.ScalarAsync<long>(InsertAsApplication);

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await ChainSequenceAsync(id) >= long.MaxValue / 2 && waited.Elapsed < TimeSpan.FromSeconds(1))
        {
            await Task.Delay(20);
        }

        (await ChainSequenceAsync(id)).Should().Be(1, "the sealer chains a committed row within a second, unasked");
        sealers.Count(s => s.IsSealing).Should().Be(1);
        (await sealers[0].SealingLagAsync(CancellationToken.None)).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public async Task Each_row_is_chained_to_the_previous_one_by_the_database()
    {
        await WriteEventsAsync(5);

        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM audit_events WHERE hash IS NULL OR length(hash) <> 64")).Should().Be(0);
        (await fixture.Database.ScalarAsync<long>("""
            SELECT count(*) FROM audit_events a JOIN audit_events b ON b.chain_sequence = a.chain_sequence + 1 WHERE b.previous_hash = a.hash
            """)).Should().Be(4);
        var result = await Verifier.VerifyAsync(CancellationToken.None);
        result.Intact.Should().BeTrue();
        result.RowsChecked.Should().Be(5);
    }

    [Theory]
    [InlineData("UPDATE audit_events SET outcome = 'refused'")]
    [InlineData("DELETE FROM audit_events")]
    [InlineData("TRUNCATE audit_events")]
    public async Task The_application_role_cannot_alter_the_audit_trail(string sql)
    {
        await WriteEventsAsync(1);
        await using var connection = new NpgsqlConnection(fixture.Database.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);

        var alter = () => command.ExecuteNonQueryAsync();

        (await alter.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task A_row_altered_by_the_owner_is_found_by_the_verifier()
    {
        await WriteEventsAsync(4);
        var third = await fixture.Database.ScalarAsync<long>("SELECT id FROM audit_events WHERE chain_sequence = 3");

        await fixture.Database.ExecuteAsync($"UPDATE audit_events SET outcome = 'refused' WHERE id = {third}");
        var result = await Verifier.VerifyAsync(CancellationToken.None);

        result.Intact.Should().BeFalse();
        result.FirstBrokenId.Should().Be(third);
    }

    [Fact]
    public async Task A_rehashed_row_breaks_the_link_of_the_next_one()
    {
        await WriteEventsAsync(4);
        var second = await fixture.Database.ScalarAsync<long>("SELECT id FROM audit_events WHERE chain_sequence = 2");
        var next = await fixture.Database.ScalarAsync<long>("SELECT id FROM audit_events WHERE chain_sequence = 3");

        await fixture.Database.ExecuteAsync($"""
            UPDATE audit_events SET outcome = 'refused' WHERE id = {second};
            UPDATE audit_events a SET hash = encode(sha256(convert_to(rmt_audit_canonical(a), 'UTF8')), 'hex') WHERE id = {second};
            """);
        var result = await Verifier.VerifyAsync(CancellationToken.None);

        result.FirstBrokenId.Should().Be(next);
    }

    [Fact]
    public async Task A_deleted_row_is_found_as_a_gap()
    {
        await WriteEventsAsync(4);
        await fixture.Database.ExecuteAsync("DELETE FROM audit_events WHERE chain_sequence = 2");

        var result = await Verifier.VerifyAsync(CancellationToken.None);

        result.Intact.Should().BeFalse();
        result.FirstBrokenSequence.Should().Be(3);
    }
}
