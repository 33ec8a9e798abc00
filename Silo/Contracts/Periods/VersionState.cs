namespace Collab.Contracts.Periods;

/// <summary>Where a version of a period's figures stands: concept, then vastgesteld (fixed after the MT), then gepubliceerd (open data).</summary>
public enum VersionState
{
    Concept,
    Fixed,
    Published,
}
