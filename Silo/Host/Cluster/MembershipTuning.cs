using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace Collab.Silo.Cluster;

/// <summary>
/// How fast the cluster declares a killed silo dead, and why that is safe. Until then every call for a grain that silo held
/// is answered 503, so the default (probes of 5 s, three missed: 10–15 s) was the length of the outage. A killed process's
/// port refuses at once, so three missed probes of 1 s declare it dead in about 3 s. A silo that is alive but slow (a
/// loaded 2-core machine, a long GC pause) is protected three ways, all Orleans' own: the probe timeout adapts to the answers
/// seen, up to 4 s (<see cref="ClusterMembershipOptions.MaxProbeTimeout"/>); a prober that is itself degraded extends it;
/// and no vote is cast against a silo whose connection delivered messages within the window. A false verdict costs capacity,
/// never data: the silo stops, its grains activate on the other one and catch up from the ledger.
/// </summary>
public static class MembershipTuning
{
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(1);

    public static IServiceCollection AddQuickFailover(this IServiceCollection services) =>
        services.Configure<ClusterMembershipOptions>(options =>
        {
            options.ProbeTimeout = ProbeTimeout;
            options.MaxProbeTimeout = 4 * ProbeTimeout;
            options.NumMissedProbesLimit = 3;
            options.ExtendProbeTimeoutDuringDegradation = true;
            options.EnableConnectionLivenessCheck = true;
        });
}
