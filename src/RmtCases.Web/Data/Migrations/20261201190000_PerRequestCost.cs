using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace RmtCases.Web.Data.Migrations;

/// <summary>
/// Every deleted session is announced to every instance on commit (sign-out, disabling an account, a role change,
/// a password reset, the user's deletion): the instances cache validated tickets and drop one when told
/// (SessionCache, SessionRevocationListener). The payload is the session and user id, nothing else.
/// </summary>
[DbContext(typeof(RmtDbContext))]
[Migration("20261201190000_PerRequestCost")]
public sealed class PerRequestCost : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            CREATE FUNCTION rmt_auth_session_revoked() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('rmt_session_revoked', OLD.id::text || ' ' || OLD.user_id::text);
                    RETURN NULL;
                END $$;
            CREATE TRIGGER auth_sessions_revoked AFTER DELETE ON auth_sessions
                FOR EACH ROW EXECUTE FUNCTION rmt_auth_session_revoked();
            """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DROP TRIGGER IF EXISTS auth_sessions_revoked ON auth_sessions;
            DROP FUNCTION IF EXISTS rmt_auth_session_revoked();
            """);
}
