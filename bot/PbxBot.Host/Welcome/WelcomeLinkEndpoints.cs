using Microsoft.AspNetCore.Mvc;
using PbxBot.Application.Mail;
using PbxBot.Application.PhoneSystem;
using PbxBot.Application.Stores;
using PbxBot.Domain;

namespace PbxBot.Host.Welcome;

/// <summary>
/// The one-time set-password link of the welcome e-mail: <c>GET /welcome/{pbxId}/{number}?token=…</c> shows a form,
/// <c>POST</c> stores the chosen password's hash and consumes the link. A link that is unknown, replaced by a
/// resend, already used or expired gets a 410 page telling what to do.
/// </summary>
/// <remarks>
/// GET never consumes the link: mail security scanners open links before the user does. The token is the only
/// credential and it travels in the form too, so the POST needs no antiforgery cookie (a forged POST would have
/// to know the token). The password is set on the 3CX itself (its XAPI) before the link is consumed, so a PBX that
/// does not answer leaves the link usable; PbxBot then keeps nothing of it. Only for the demo PBX, where there is no
/// 3CX to hold it, is a salted hash kept on the extension.
/// </remarks>
public static class WelcomeLinkEndpoints
{
    public static IEndpointRouteBuilder MapWelcomeLinks(this IEndpointRouteBuilder app)
    {
        var links = app.MapGroup("/welcome/{pbxId}/{number}").ExcludeFromDescription();
        links.MapGet("", ShowAsync);
        links.MapPost("", SetPasswordAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> ShowAsync(
        string pbxId, string number, [FromQuery] string? token, HttpContext http, IPbxStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var link = await WelcomeLink.LoadAsync(store, pbxId, number, cancellationToken);
        var language = link.LanguageFor(http.Request);
        if (link.Check(token, time.GetUtcNow()) != WelcomeLinkState.Valid)
        {
            return Page(http, StatusCodes.Status410Gone, WelcomePages.Gone(language));
        }
        return Page(http, StatusCodes.Status200OK, WelcomePages.Form(language, link.Settings!.DisplayName, number, link.Extension!.Value.DisplayName, token!, error: null));
    }

    private static async Task<IResult> SetPasswordAsync(
        string pbxId, string number, HttpContext http, IPbxStore store, IPhoneSystems phoneSystems, TimeProvider time, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(WelcomeLinkEndpoints));
        if (!http.Request.HasFormContentType)
        {
            return Results.BadRequest();
        }
        var form = await http.Request.ReadFormAsync(cancellationToken);
        string? token = form["token"];
        var password = form["password"].ToString();
        var confirm = form["confirm"].ToString();
        // Two tabs submitting at once: the ETag lets one win; the other re-reads and finds the link used.
        for (var round = 0; ; round++)
        {
            var link = await WelcomeLink.LoadAsync(store, pbxId, number, cancellationToken);
            var language = link.LanguageFor(http.Request);
            var state = link.Check(token, time.GetUtcNow());
            if (state != WelcomeLinkState.Valid)
            {
                logger.LogInformation("Set-password link of extension {Number} on {PbxId} refused: {State}", number, pbxId, state);
                return Page(http, StatusCodes.Status410Gone, WelcomePages.Gone(language));
            }
            var extension = link.Extension!;
            if (PasswordProblem(password, confirm) is { } problem)
            {
                var form400 = WelcomePages.Form(language, link.Settings!.DisplayName, number, extension.Value.DisplayName, token!, problem.Format(language, problem == WelcomePages.TooLong ? WebClientPasswords.MaxLength : WebClientPasswords.MinLength));
                return Page(http, StatusCodes.Status400BadRequest, form400);
            }
            var phone = phoneSystems.For(pbxId);
            if (!phone.IsDemo)
            {
                try
                {
                    var userId = extension.Value.PbxUserId ?? (await phone.FindUserAsync(number, cancellationToken))?.Id
                        ?? throw new PbxUnavailableException($"extension {number} is not on the PBX yet");
                    await phone.SetWebClientPasswordAsync(userId, password, cancellationToken);
                }
                catch (PbxRefusedException refused)
                {
                    var form400 = WelcomePages.Form(language, link.Settings!.DisplayName, number, extension.Value.DisplayName, token!, WelcomePages.PbxRefused.Format(language, refused.Reason));
                    return Page(http, StatusCodes.Status400BadRequest, form400);
                }
                catch (PhoneSystemException e)
                {
                    logger.LogWarning(e, "Web client password of extension {Number} on {PbxId} could not be set on the PBX", number, pbxId);
                    var form503 = WelcomePages.Form(language, link.Settings!.DisplayName, number, extension.Value.DisplayName, token!, WelcomePages.PbxUnavailable.In(language));
                    return Page(http, StatusCodes.Status503ServiceUnavailable, form503);
                }
            }
            // On a real PBX the password lives there only; the demo PBX has nowhere but here to keep (a hash of) it.
            var updated = extension.Value with { Credential = null, WebClientPasswordHash = phone.IsDemo ? WebClientPasswords.Hash(password) : null };
            var now = time.GetUtcNow();
            var audit = new AuditEntry
            {
                Id = Guid.NewGuid().ToString("N"),
                PbxId = pbxId,
                At = now,
                ActorId = $"welcome-link:{number}",
                ActorName = extension.Value.DisplayName,
                Action = "extension.web_password_set",
                Target = WelcomeEmailService.SubjectOf(number),
            };
            try
            {
                await store.CommitAsync(
                    pbxId,
                    [
                        ExtensionDocument.Replace(updated, extension.ETag),
                        new Change.Create(new PbxDocument(DocumentKinds.AuditId(audit.Id), DocumentKinds.Audit, audit) { Parent = audit.Target }),
                    ],
                    cancellationToken);
            }
            catch (StoreConcurrencyException) when (round < 3)
            {
                continue;
            }
            logger.LogInformation("Web client password of extension {Number} on {PbxId} set through the welcome link", number, pbxId);
            return Page(http, StatusCodes.Status200OK, WelcomePages.Done(language, link.Settings!.WebClientUrl));
        }
    }

    private static Text? PasswordProblem(string password, string confirm) =>
        password.Length < WebClientPasswords.MinLength ? WelcomePages.TooShort
        : password.Length > WebClientPasswords.MaxLength ? WelcomePages.TooLong
        : !string.Equals(password, confirm, StringComparison.Ordinal) ? WelcomePages.Mismatch
        : null;

    /// <summary>The token is in the address: never cache the page, never send it as a referrer, never frame it.</summary>
    private static IResult Page(HttpContext http, int status, string html)
    {
        var headers = http.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Content-Type-Options"] = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    /// <summary>What the link points at: the extension (with its ETag) and its PBX.</summary>
    private sealed record WelcomeLink(Stored<Extension>? Extension, PbxSettings? Settings)
    {
        public static async Task<WelcomeLink> LoadAsync(IPbxStore store, string pbxId, string number, CancellationToken cancellationToken)
        {
            var settings = await store.GetAsync<PbxSettings>(pbxId, DocumentKinds.SettingsId, cancellationToken);
            var extension = settings is null ? null : await store.GetAsync<Extension>(pbxId, DocumentKinds.ExtensionId(number), cancellationToken);
            return new WelcomeLink(extension, settings?.Value);
        }

        public WelcomeLinkState Check(string? token, DateTimeOffset now) =>
            Extension is null || Settings is null ? WelcomeLinkState.Invalid : WelcomeTokens.Check(Extension.Value.Credential, token, now);

        /// <summary>The PBX's language, as in the e-mail; the browser's when the PBX is unknown.</summary>
        public Language LanguageFor(HttpRequest request) =>
            Settings?.DefaultLanguage ?? Languages.FromLocale(request.Headers.AcceptLanguage.ToString());
    }
}
