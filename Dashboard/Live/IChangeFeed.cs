using Collab.Contracts.Indicators;

namespace Collab.Dashboard.Live;

/// <summary>Change notices for the pages of this process.</summary>
public interface IChangeFeed
{
    /// <summary>False while the connection to the store is down: notices may be missed, so figures shown may not be current.</summary>
    bool IsCurrent { get; }

    /// <summary>
    /// Calls <paramref name="onChange"/> for every notice until the returned handle is disposed, and also when
    /// <see cref="IsCurrent"/> changes (with an empty notice): either way the page reads again.
    /// </summary>
    IDisposable Subscribe(Func<ChangeNotice, Task> onChange);
}
