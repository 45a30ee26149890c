using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RmtCases.Web.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the application.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<RmtDbContext>
{
    public RmtDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RmtDbContext>()
            .UseNpgsql("Host=localhost;Database=design", npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .Options);
}
