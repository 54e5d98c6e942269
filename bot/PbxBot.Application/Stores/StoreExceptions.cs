namespace PbxBot.Application.Stores;

/// <summary>Base of the three ways a store can refuse or fail; implementations map their own errors onto them.</summary>
public abstract class StoreException(string message, Exception? inner) : Exception(message, inner);

/// <summary>A document with this id already exists (HTTP 409): e.g. the extension number was just taken.</summary>
public sealed class StoreConflictException(string documentId, Exception? inner = null)
    : StoreException($"Document '{documentId}' already exists.", inner)
{
    public string DocumentId { get; } = documentId;
}

/// <summary>The document changed since it was read (HTTP 412), or vanished: re-read and retry, or tell the user.</summary>
public sealed class StoreConcurrencyException(string documentId, Exception? inner = null)
    : StoreException($"Document '{documentId}' was changed by someone else.", inner)
{
    public string DocumentId { get; } = documentId;
}

/// <summary>The store could not be reached or timed out: nothing was written; the user should retry.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : StoreException(message, inner);
