using System.Globalization;
using System.Text;
using Garnet.common;
using Garnet.server;
using Tsavorite.core;

namespace Collab.AppHost.Store;

/// <summary>
/// The ledger append as a Garnet transaction in C#: the same keys, values and answers as the silo's Lua script,
/// without Garnet's per-call Lua cost. Arguments: ids, streams, count, where and stream keys, then (id, hash, entry)
/// triples. Garnet logs the call to the AOF and runs <see cref="Main"/> again at recovery, so it reads nothing but
/// its arguments and the store (no clock, no random), and it checks everything before its first write (no rollback).
/// </summary>
public sealed class LedgerAppendProcedure : CustomTransactionProcedure
{
    /// <summary>The command name; the silo's <c>ActivityLedger.ProcedureName</c> must be the same.</summary>
    public const string Name = "COLLAB.LEDGERAPPEND";

    private const int Keys = 5;

    /// <summary>The command's name plus at least the five keys.</summary>
    public static RespCommandsInfo CommandInfo => new() { Name = Name, Arity = -(Keys + 1) };

    public override bool Prepare<TGarnetReadApi>(TGarnetReadApi api, ref CustomProcedureInput procInput)
    {
        var count = procInput.parseState.Count;
        if (count < Keys || (count - Keys) % 3 != 0)
        {
            return false;
        }

        var offset = 0;
        AddKey(GetNextArg(ref procInput, ref offset), LockType.Exclusive, StoreType.Object);
        AddKey(GetNextArg(ref procInput, ref offset), LockType.Exclusive, StoreType.Object);
        AddKey(GetNextArg(ref procInput, ref offset), LockType.Exclusive, StoreType.Main);
        AddKey(GetNextArg(ref procInput, ref offset), LockType.Exclusive, StoreType.Object);
        AddKey(GetNextArg(ref procInput, ref offset), LockType.Exclusive, StoreType.Object);
        for (var i = Keys; i < count; i += 3)
        {
            // An empty id or hash would be a record the Lua script cannot write either: refuse before anything is written.
            if (GetNextArg(ref procInput, ref offset).Length == 0 || GetNextArg(ref procInput, ref offset).Length == 0)
            {
                return false;
            }

            offset++;
        }

        return true;
    }

    public override void Main<TGarnetApi>(TGarnetApi api, ref CustomProcedureInput procInput, ref MemoryResult<byte> output)
    {
        var offset = 0;
        var ids = GetNextArg(ref procInput, ref offset);
        var streams = GetNextArg(ref procInput, ref offset);
        var total = GetNextArg(ref procInput, ref offset);
        var where = GetNextArg(ref procInput, ref offset);
        var stream = GetNextArg(ref procInput, ref offset);
        var records = (procInput.parseState.Count - Keys) / 3;

        var length = api.ListLength(stream, out int existing) == GarnetStatus.OK ? existing : 0;
        var inThisCall = new Dictionary<string, (string Hash, long Position)>(StringComparer.Ordinal);
        var entries = new List<PinnedSpanByte>(records);
        var idPairs = new List<(PinnedSpanByte, PinnedSpanByte)>(records);
        var wherePairs = new List<(PinnedSpanByte, PinnedSpanByte)>(records);
        var answer = new StringBuilder(records * 8);
        for (var r = 0; r < records; r++)
        {
            var id = GetNextArg(ref procInput, ref offset);
            var hash = Encoding.UTF8.GetString(GetNextArg(ref procInput, ref offset).ReadOnlySpan);
            var entry = GetNextArg(ref procInput, ref offset);
            var idText = Encoding.UTF8.GetString(id.ReadOnlySpan);
            if (inThisCall.TryGetValue(idText, out var earlier) || TryFind(api, ids, id, out earlier))
            {
                Answer(answer, earlier.Hash == hash ? 0 : -1, earlier.Position);
                continue;
            }

            var position = length + entries.Count;
            inThisCall[idText] = (hash, position);
            entries.Add(entry);
            idPairs.Add((id, CreateArgSlice(string.Create(CultureInfo.InvariantCulture, $"{hash}|{position}"))));
            wherePairs.Add((id, stream));
            Answer(answer, 1, position);
        }

        if (entries.Count > 0)
        {
            api.ListRightPush(stream, [.. entries], out _);
            api.HashSet(ids, [.. idPairs], out _);
            api.HashSet(where, [.. wherePairs], out _);
            api.SetAdd(streams, stream, out _);
            api.Increment(total, out _, out _, entries.Count);
        }

        WriteBulkString(ref output, Encoding.ASCII.GetBytes(answer.ToString().TrimEnd()));
    }

    /// <summary>The id's earlier (hash, position) as the ids hash holds it: <c>hash|position</c>.</summary>
    private static bool TryFind<TGarnetApi>(TGarnetApi api, PinnedSpanByte ids, PinnedSpanByte id, out (string Hash, long Position) seen)
        where TGarnetApi : IGarnetApi
    {
        seen = default;
        if (api.HashGet(ids, id, out var value) != GarnetStatus.OK || value.Length == 0)
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(value.ReadOnlySpan);
        var separator = text.IndexOf('|', StringComparison.Ordinal);
        seen = (text[..separator], long.Parse(text[(separator + 1)..], CultureInfo.InvariantCulture));
        return true;
    }

    private static void Answer(StringBuilder answer, int status, long position) =>
        answer.Append(CultureInfo.InvariantCulture, $"{status} {position} ");
}
