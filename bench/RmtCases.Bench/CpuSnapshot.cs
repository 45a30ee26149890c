using System.Diagnostics;
using System.Globalization;

namespace RmtCases.Bench;

/// <summary>
/// Where a scenario's CPU goes: the application, this load generator, and the rest of the machine (PostgreSQL,
/// on a machine running nothing else), from Linux's /proc counters taken around the measured run. The machine's
/// two cores are shared by all three, so the application's share alone says what it costs per page.
/// </summary>
internal sealed record CpuSnapshot(double Machine, double Application, double Self)
{
    private const double TicksPerSecond = 100; // USER_HZ: 100 on every Linux architecture .NET runs on.

    public static CpuSnapshot Take(string? applicationPid)
    {
        if (applicationPid is null || !File.Exists("/proc/stat"))
        {
            return new CpuSnapshot(double.NaN, double.NaN, double.NaN);
        }

        // cpu  user nice system idle iowait irq softirq steal ...: busy is everything but idle and iowait.
        var machine = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var busy = machine.Take(8).Sum() - machine[3] - machine[4];

        // /proc/PID/stat: the name in parentheses may hold spaces; utime and stime are the 12th and 13th fields after it.
        var stat = File.ReadAllText($"/proc/{applicationPid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var application = double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture);

        return new CpuSnapshot(busy / TicksPerSecond, application / TicksPerSecond, Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds);
    }

    public string? PerRequestSince(CpuSnapshot before, int requests)
    {
        if (double.IsNaN(Machine) || requests == 0)
        {
            return null;
        }

        double Ms(double seconds) => seconds * 1000 / requests;
        var application = Ms(Application - before.Application);
        var self = Ms(Self - before.Self);
        var total = Ms(Machine - before.Machine);
        return $"application {application:F2} ms, load generator {self:F2} ms, PostgreSQL and the rest {total - application - self:F2} ms (machine {total:F2} ms)";
    }
}
