using System.Net;
using System.Text.Json;
using PbxBot.Playground.SampleData;

namespace PbxBot.Playground.Page;

/// <summary>
/// The page at <c>/</c>: the official Web Chat client on the same-origin Direct Line, with a user picker (the sample
/// users) and a locale switch. Switching back to a user resumes their conversation (kept in the tab's session
/// storage), so a request sent by the manager can be found in the admin's chat.
/// </summary>
internal static class PlaygroundPage
{
    public static string Html(string webChatScriptUrl, string? sampleNotice)
    {
        var users = JsonSerializer.Serialize(PlaygroundUsers.All.Select(u => new { id = u.Id, name = u.Name }));
        var options = string.Concat(PlaygroundUsers.All.Select(u =>
            $"<option value=\"{WebUtility.HtmlEncode(u.Id)}\">{WebUtility.HtmlEncode($"{u.Name} — {u.RoleFr} / {u.RoleEn}")}</option>"));
        var notice = sampleNotice is null ? string.Empty : $"<span class=\"sample\">{WebUtility.HtmlEncode(sampleNotice)}</span>";
        return Template
            .Replace("{{options}}", options, StringComparison.Ordinal)
            .Replace("{{notice}}", notice, StringComparison.Ordinal)
            .Replace("{{script}}", WebUtility.HtmlEncode(webChatScriptUrl), StringComparison.Ordinal)
            .Replace("{{users}}", users, StringComparison.Ordinal);
    }

    private const string Template = """
        <!DOCTYPE html>
        <html lang="fr">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>PbxBot — playground</title>
        <style>
          html, body { height: 100%; margin: 0; font-family: "Segoe UI", "DejaVu Sans", system-ui, sans-serif; }
          body { display: flex; flex-direction: column; background: #f3f2f1; }
          header { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; padding: .5rem 1rem; background: #464775; color: #fff; }
          header h1 { font-size: 1.1rem; margin: 0; }
          header label { font-size: .9rem; }
          header select, header button { font: inherit; margin-left: .35rem; }
          .sample { background: #ffd335; color: #000; padding: .1rem .5rem; border-radius: .25rem; font-size: .8rem; }
          main { flex: 1; min-height: 0; display: flex; justify-content: center; }
          #webchat { width: 100%; max-width: 960px; height: 100%; background: #fff; }
        </style>
        </head>
        <body>
        <header>
          <h1>PbxBot — playground</h1>
          {{notice}}
          <label>Utilisateur · user<select id="user">{{options}}</select></label>
          <label>Langue · locale<select id="locale"><option value="fr-FR">Français (fr-FR)</option><option value="en-US">English (en-US)</option></select></label>
          <button id="restart" type="button">Nouvelle conversation · new chat</button>
        </header>
        <main><div id="webchat"></div></main>
        <script src="{{script}}"></script>
        <script>
        (() => {
          const users = {{users}};
          const params = new URLSearchParams(location.search);
          const userSelect = document.getElementById('user');
          const localeSelect = document.getElementById('locale');
          if (users.some(u => u.id === params.get('user'))) userSelect.value = params.get('user');
          if (['fr-FR', 'en-US'].includes(params.get('locale'))) localeSelect.value = params.get('locale');
          // ?poll=250 polls faster than Web Chat's default second (the browser tests use it).
          const pollingInterval = Math.max(200, Number(params.get('poll')) || 1000);
          let directLine;

          const key = userId => 'pbxbot.playground.' + userId;
          const saved = userId => { try { return JSON.parse(sessionStorage.getItem(key(userId))); } catch { return null; } };

          function start(resume) {
            if (directLine) directLine.end();
            const user = users.find(u => u.id === userSelect.value) || users[0];
            const locale = localeSelect.value;
            document.documentElement.lang = locale.slice(0, 2);
            const url = new URL(location.href);
            url.searchParams.set('user', user.id);
            url.searchParams.set('locale', locale);
            history.replaceState(null, '', url);

            const previous = resume ? saved(user.id) : null;
            const line = window.WebChat.createDirectLine({
              domain: '/v3/directline',
              webSocket: false,
              pollingInterval,
              conversationStartProperties: { locale },
              ...(previous ? { conversationId: previous.conversationId, token: previous.token } : {})
            });
            directLine = line;
            line.connectionStatus$.subscribe(status => {
              if (status === 2) sessionStorage.setItem(key(user.id), JSON.stringify({ conversationId: line.conversationId, token: line.token }));
              // Ended (404: the bot restarted) or refused: start over with a new conversation.
              if ((status === 4 || status === 5) && previous && line === directLine) { sessionStorage.removeItem(key(user.id)); start(false); }
            });

            const old = document.getElementById('webchat');
            const host = old.cloneNode(false);
            old.replaceWith(host);
            const initials = user.name.split(' ').map(w => w[0]).join('').slice(0, 2);
            window.WebChat.renderWebChat({
              directLine: line,
              userID: user.id,
              username: user.name,
              locale,
              // Wider bubbles than Web Chat's 480 px: the wizards' cards are laid out for Teams' full-width cards.
              styleOptions: { bubbleMaxWidth: 760, botAvatarInitials: 'PB', userAvatarInitials: initials }
            }, host);
          }

          userSelect.addEventListener('change', () => start(true));
          localeSelect.addEventListener('change', () => start(true));
          document.getElementById('restart').addEventListener('click', () => start(false));
          start(true);
        })();
        </script>
        </body>
        </html>
        """;
}
