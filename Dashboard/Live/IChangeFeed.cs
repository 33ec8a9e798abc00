using Collab.Contracts.Indicators;

namespace Collab.Dashboard.Live;

/// <summary>Change notices for the pages of this process.</summary>
public interface IChangeFeed
{
    /// <summary>Calls <paramref name="onChange"/> for every notice until the returned handle is disposed.</summary>
    IDisposable Subscribe(Func<ChangeNotice, Task> onChange);
}
