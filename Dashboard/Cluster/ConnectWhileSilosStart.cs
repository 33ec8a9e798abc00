using Orleans;

namespace Collab.Dashboard.Cluster;

/// <summary>
/// The dashboard starts beside the silos, not after them (it saves their start-up time on every run): until a silo's gateway
/// answers, the cluster client tries again every half second, for at most two minutes, instead of Orleans' default of
/// 1.5 s, 3 s, 4.5 s … between attempts. The dashboard answers healthy only once connected.
/// </summary>
public sealed class ConnectWhileSilosStart(TimeProvider clock) : IClientConnectionRetryFilter
{
    public static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(500);
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly long started = clock.GetTimestamp();

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested || clock.GetElapsedTime(started) > Patience)
        {
            return false;
        }

        await Task.Delay(Pause, clock, cancellationToken);
        return true;
    }
}
