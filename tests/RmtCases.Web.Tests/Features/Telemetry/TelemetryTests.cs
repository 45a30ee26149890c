using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Retention;
using RmtCases.Web.Tests.Infrastructure;
using RmtCases.Web.Tests.Participants;
using Xunit.Abstractions;

namespace RmtCases.Web.Tests.Features.Telemetry;

/// <summary>
/// Metrics and traces switched on, as a deployment would: a participant with canary values is registered, viewed,
/// refused once and purged; the Prometheus endpoint is scraped over HTTP and every exported span is read, and no
/// canary is anywhere in them. The metrics the README names are there: request durations, pool use, purge progress.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string CanarySurname = "Kanarievangst";
    private const string CanaryGivenNames = "Pietronella";
    private const string CanaryStreet = "Kanariestraatje";
    private const string CanaryPostcode = "9718QZ";
    private const string CanaryEmail = "canary.x7q@example.nl";
    private const string CanaryPhone = "06-98765432";

    private readonly int _metricsPort = FreePort();
    private readonly List<Activity> _spans = [];
    private WebFixture? _web;

    private WebFixture Web => _web ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        _web = new WebFixture(
            TestDatabase.CreateAsync,
            new Dictionary<string, string?>
            {
                ["Telemetry:MetricsPort"] = _metricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                // Nothing listens there: the OTLP exporter fails quietly; the test reads what it was handed.
                ["Telemetry:OtlpEndpoint"] = "http://127.0.0.1:9",
            },
            services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans)));
        await _web.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_web is not null)
        {
            await _web.DisposeAsync();
        }
    }

    [Fact]
    public async Task Metrics_and_spans_show_requests_pool_and_purge_and_hold_no_personal_data()
    {
        var arrange = await CaseFileArrange.CreateAsync(Web);
        var client = await arrange.MunicipalityAsync();
        var form = CaseFileArrange.RegisterForm();
        form["Person.Surname"] = CanarySurname;
        form["Person.GivenNames"] = CanaryGivenNames;
        form["Person.Street"] = CanaryStreet;
        form["Person.Postcode"] = CanaryPostcode;
        form["Person.Email"] = CanaryEmail;
        form["Person.Phone"] = CanaryPhone;
        var registered = await WebFixture.PostFormAsync(client, "/deelnemers/nieuw", form);
        registered.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var id = Guid.Parse(registered.Headers.Location!.OriginalString.Split('/').Last());
        (await WebFixture.GetHtmlAsync(client, $"/deelnemers/{id}")).Should().Contain(CanarySurname);
        // Refused input goes back to the page with the field's message: the canaries travel once more.
        var refused = await WebFixture.PostFormAsync(client, "/deelnemers/nieuw", CaseFileArrange.With(form, "Person.DateOfBirth", "1800-01-01"));
        refused.StatusCode.Should().Be(HttpStatusCode.OK);

        await Web.Database.ExecuteAsync($"UPDATE participants SET status = {(int)ParticipantStatus.Withdrawn}, withdrawn_on = DATE '2021-01-01' WHERE id = '{id}'");
        var engine = Web.Factory.Services.GetRequiredService<PurgeEngine>();
        var outcome = await engine.ExecuteAsync(engine.CurrentSettings(), null, null, automatic: false, null, CancellationToken.None);
        outcome.Rows.GetValueOrDefault(PurgeEngine.ParticipantsTable).Should().Be(1);

        using var scraper = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var metrics = await scraper.GetStringAsync(new Uri($"http://127.0.0.1:{_metricsPort}/metrics"));
        Web.Factory.Services.GetRequiredService<TracerProvider>().ForceFlush(5000).Should().BeTrue();
        List<Activity> spans;
        lock (_spans)
        {
            spans = [.. _spans];
        }

        var spanText = string.Join('\n', spans.Select(Describe));
        output.WriteLine($"{metrics.Length} characters of metrics, {spans.Count} spans");

        // What the README says is there. (The listener sees every host of this test process by meter name, so a purge
        // test running alongside may add to the counts: at least this test's one.)
        metrics.Should().Contain("http_server_request_duration_seconds_bucket{").And.Contain("http_route=\"deelnemers/{id:guid}\"")
            .And.Contain("db_client_connection_count{").And.Contain("db_client_connection_max")
            .And.MatchRegex("rmt_purge_erased_total\\{[^}]*kind=\"rmt\"[^}]*\\} [1-9][0-9]*\n")
            .And.MatchRegex("rmt_purge_batches_total\\{[^}]*kind=\"rmt\"[^}]*\\} [1-9][0-9]*\n")
            .And.MatchRegex("rmt_purge_runs_total\\{[^}]*kind=\"rmt\",outcome=\"completed\"\\} [1-9][0-9]*\n")
            .And.MatchRegex("rmt_purge_running\\{[^}]*kind=\"rmt\"\\} [0-9]+\n")
            .And.MatchRegex("rmt_audit_sealing_lag_seconds(\\{[^}]*\\})? [0-9.eE+-]+\n");
        spans.Should().Contain(s => s.Source.Name == "Npgsql").And.Contain(s => s.Source.Name == "Microsoft.AspNetCore");
        spanText.Should().Contain("INSERT INTO participants", "the statements are in the spans, so the search below reads them");

        foreach (var canary in new[] { CanarySurname, CanaryGivenNames, CanaryStreet, CanaryPostcode, "9718 QZ", CanaryEmail, CanaryPhone, "kanarievangst" })
        {
            metrics.Should().NotContainEquivalentOf(canary, "no personal data in any metric");
            spanText.Should().NotContainEquivalentOf(canary, "no personal data in any span");
            spanText.Should().NotContainEquivalentOf(Uri.EscapeDataString(canary));
        }

        // The caseworker's address and browser are theirs: not exported either.
        spanText.Should().NotContain("user_agent.original").And.NotContain("client.address").And.NotContain("10.11.");
    }

    [Fact]
    public async Task Without_configuration_nothing_is_exported_and_the_application_serves_no_metrics()
    {
        var plain = new WebFixture(TestDatabase.CreateAsync);
        try
        {
            await plain.InitializeAsync();
            plain.Factory.Services.GetService<MeterProvider>().Should().BeNull();
            plain.Factory.Services.GetService<TracerProvider>().Should().BeNull();
            // Not a page either: an anonymous visitor is sent to sign in, as for any unknown address.
            var page = await plain.CreateClient().GetAsync("/metrics");
            page.StatusCode.Should().NotBe(HttpStatusCode.OK);
            (await page.Content.ReadAsStringAsync()).Should().NotContain("# TYPE");
        }
        finally
        {
            await plain.DisposeAsync();
        }
    }

    private static string Describe(Activity span) =>
        $"{span.Source.Name} {span.DisplayName} {span.StatusDescription} " +
        string.Join(' ', span.TagObjects.Select(t => $"{t.Key}={t.Value}")) + " " +
        string.Join(' ', span.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}:{t.Key}={t.Value}"))) + " " +
        string.Join(' ', span.Baggage.Select(b => $"{b.Key}={b.Value}"));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
