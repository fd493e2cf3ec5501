using System.Reflection;
using System.Runtime.Loader;

namespace IopCurriculum.Scheduling;

/// <summary>
/// Chooses the clock <c>iop scheduler run</c> runs on: the engine's, unless <see cref="Variable"/> names a
/// testing assembly that provides another through an <see cref="ISchedulerClockSource"/>. The assembly
/// is never referenced by production code: the test projects that run the scheduler as a process put it
/// beside <c>iop</c>, and nothing else does.
/// </summary>
public static class SchedulerClocks
{
    /// <summary>The environment variable that names the assembly, such as <c>IopCurriculum.Testing.Clocks</c>.</summary>
    public const string Variable = "IOP_SCHEDULER_CLOCK";

    /// <summary>The clock <see cref="Variable"/> selects, else <paramref name="clock"/> at real time.</summary>
    public static SchedulerClock FromEnvironment(TimeProvider clock) =>
        Select(Environment.GetEnvironmentVariable(Variable), clock);

    /// <summary>The clock the assembly named <paramref name="assemblyName"/> provides, else <paramref name="clock"/> at real time.</summary>
    public static SchedulerClock Select(string? assemblyName, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (string.IsNullOrWhiteSpace(assemblyName)) return new SchedulerClock(clock, TimerScale.RealTime);
        var source = Load(assemblyName.Trim());
        return source.Create();
    }

    private static ISchedulerClockSource Load(string name)
    {
        // A bare assembly name, looked for only beside the application: the setting cannot load a file from elsewhere.
        if (name.IndexOfAny(['/', '\\', ':']) >= 0 || name.StartsWith('.'))
            throw new InvalidOperationException($"{Variable} must be an assembly name such as IopCurriculum.Testing.Clocks, not '{name}'");
        var path = Path.Combine(AppContext.BaseDirectory, name + ".dll");
        if (!File.Exists(path))
            throw new InvalidOperationException(
                $"{Variable} names {name}, which is not beside the application in {AppContext.BaseDirectory}: it is a testing aid that only test builds carry");
        var assembly = LoadBeside(name, path);
        var sources = assembly.GetExportedTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(ISchedulerClockSource).IsAssignableFrom(t))
            .ToList();
        if (sources.Count != 1)
            throw new InvalidOperationException($"{name} must hold exactly one {nameof(ISchedulerClockSource)}, not {sources.Count}");
        return (ISchedulerClockSource)Activator.CreateInstance(sources[0])!;
    }

    private static Assembly LoadBeside(string name, string path)
    {
        try
        {
            // A process that references the assembly (a test) resolves it by name, and may have loaded it already.
            return AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(name));
        }
        catch (FileNotFoundException)
        {
            // iop itself does not list it among its dependencies: load the file it was given.
            return AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
        }
    }
}
