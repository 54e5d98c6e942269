namespace PbxBot.Csv;

/// <summary>
/// How big an uploaded file may be. The defaults fit a Teams attachment and a PBX of a few thousand users, and keep
/// one import within what the bot can validate and review in one go.
/// </summary>
public sealed record CsvLimits
{
    public const long DefaultMaxBytes = 2 * 1024 * 1024;
    public const int DefaultMaxRows = 2_000;

    /// <summary>The largest accepted file, in bytes (2 Mo by default). A larger one is refused after reading at most one byte more.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>The most extension rows one file may hold (2,000 by default); the header, empty and example rows do not count.</summary>
    public int MaxRows { get; init; } = DefaultMaxRows;

    public static CsvLimits Default { get; } = new();

    internal void ThrowIfInvalid()
    {
        // The whole file is held once in one array, so the size must fit one.
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBytes, 1, nameof(MaxBytes));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxBytes, Array.MaxLength - 1L, nameof(MaxBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRows, 1, nameof(MaxRows));
    }
}
