using PbxBot.Application.Commands;
using PbxBot.Application.Stores;
using PbxBot.Domain;

namespace PbxBot.Application.Mail;

/// <summary>
/// How an extension is stored: id <c>ext-{number}</c>, kind <see cref="DocumentKinds.Extension"/>, and the
/// search text (lower-case, accent-free "number first last email") the helpdesk's look-up matches. Every
/// replace of an extension goes through it so that the search text follows the extension.
/// </summary>
public static class ExtensionDocument
{
    public static PbxDocument Of(Extension extension) =>
        new(DocumentKinds.ExtensionId(extension.Number), DocumentKinds.Extension, extension)
        {
            SearchText = SearchTextOf(extension),
        };

    public static string SearchTextOf(Extension extension) =>
        TextNormalizer.Normalize($"{extension.Number} {extension.FirstName} {extension.LastName} {extension.EmailAddress}");

    /// <summary>Replaces the stored extension if it is unchanged since it was read.</summary>
    public static Change Replace(Extension extension, string etag) => new Change.Replace(Of(extension), etag);
}
