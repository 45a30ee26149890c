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
