using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using PbxBot.Application.Import;
using PbxBot.Application.Mail;
using PbxBot.Application.Stores;
using PbxBot.Csv;
using PbxBot.Domain;

namespace PbxBot.Application.Downloads;

/// <summary>Makes the links of import templates, error reports and exports, and the files behind them (<c>GET /files/{pbxId}/{id}</c>).</summary>
public sealed class DownloadLinks(IPbxStore store, PbxRepository repository, ImportJobs jobs, IOptions<MailOptions> options, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>Most extensions one export holds (a 10,000-user PBX exports in one file of about 1 MB).</summary>
    public const int MaxExported = 50_000;

    public async Task<Uri> CreateAsync(string pbxId, DownloadKind kind, Language language, string requestedBy, CancellationToken ct,
        string? jobId = null, IReadOnlyList<string>? departments = null)
    {
        var link = new DownloadLink
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            PbxId = pbxId,
            Kind = kind,
            Language = language,
            RequestedBy = requestedBy,
            ExpiresAt = time.GetUtcNow() + Lifetime,
            JobId = jobId,
            Departments = departments,
        };
        await store.CommitAsync(pbxId, [new Change.Create(new PbxDocument(DocumentKinds.DownloadId(link.Id), DocumentKinds.Download, link))], ct);
        return UrlOf(link);
    }

    public Uri UrlOf(DownloadLink link) =>
        new($"{options.Value.PublicBaseUrl.AbsoluteUri.TrimEnd('/')}/files/{Uri.EscapeDataString(link.PbxId)}/{link.Id}");

    /// <summary>The file behind a link; null when the link is unknown or expired (the page then says so).</summary>
    public async Task<DownloadFile?> OpenAsync(string pbxId, string linkId, CancellationToken ct)
    {
        if (linkId.Length != 32 || !linkId.All(Uri.IsHexDigit))
        {
            return null;
        }
        var link = (await store.GetAsync<DownloadLink>(pbxId, DocumentKinds.DownloadId(linkId), ct))?.Value;
        if (link is null || link.ExpiresAt <= time.GetUtcNow())
        {
            return null;
        }
        using var output = new MemoryStream();
        string name;
        switch (link.Kind)
        {
            case DownloadKind.Template:
                ExtensionCsvWriter.WriteTemplate(output, link.Language);
                name = link.Language == Language.English ? "extensions-template.csv" : "modele-extensions.csv";
                break;
            case DownloadKind.ErrorReport:
                var rejects = link.JobId is null ? null : await jobs.GetRejectsAsync(pbxId, link.JobId, ct);
                if (rejects is null)
                {
                    return null;
                }
                var source = new ExtensionCsvFile { Format = rejects.Format, Encoding = CsvEncoding.Utf8, Delimiter = rejects.Delimiter, HeaderLine = 1, Rows = [] };
                ExtensionCsvWriter.WriteErrorReport(output, source, rejects.Rows.Select(r => new ExtensionCsvRowErrors(r.Row, r.Messages)), link.Language);
                name = link.Language == Language.English ? "import-errors.csv" : "erreurs-import.csv";
                break;
            default:
                await WriteExportAsync(output, link, ct);
                name = $"extensions-{pbxId}-{time.GetUtcNow():yyyyMMdd-HHmm}.csv";
                break;
        }
        return new DownloadFile(name, "text/csv; charset=utf-8", output.ToArray());
    }

    private async Task WriteExportAsync(Stream output, DownloadLink link, CancellationToken ct)
    {
        var snapshot = await repository.LoadSnapshotAsync(link.PbxId, ct);
        var extensions = await store.QueryAsync<Extension>(link.PbxId, new DocumentQuery(DocumentKinds.Extension) { Max = MaxExported }, ct);
        var rows = extensions
            .Select(e => e.Value)
            .Where(e => link.Departments is null || link.Departments.Contains(e.Department, StringComparer.OrdinalIgnoreCase))
            .OrderBy(e => e.Number.Length).ThenBy(e => e.Number, StringComparer.Ordinal)
            .Select(e => ExtensionCsvRow.From(e, snapshot.FindDepartment(e.Department)?.Name ?? e.Department));
        ExtensionCsvWriter.WriteExport(output, rows, link.Language == Language.French ? ';' : ',');
    }
}
