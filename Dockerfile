# syntax=docker/dockerfile:1
# PbxBot in a container: built with the .NET SDK, run on the ASP.NET Core runtime as the image's non-root user.
#   docker build -t pbxbot .
#   docker run -d -p 8080:8080 -v pbxbot-data:/data --env-file pbxbot.env pbxbot
# Settings come from environment variables: see docs/deploy.md. The image runs in Production, where the bot refuses to
# start without its identity — Bot__MicrosoftAppId (or the SDK's MicrosoftAppId), Bot__MicrosoftAppPassword (unless
# UserAssignedMSI), Bot__MicrosoftAppType, Bot__MicrosoftAppTenantId — unless Bot__AllowAnonymous=true is set on purpose.
# Then Cosmos__Endpoint + Cosmos__Key, Smtp__Host…, Mail__PublicBaseUrl, Access__BootstrapOwners__0.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Only what the Host needs: the shared build settings, the bot and the cards (tests and tools stay out).
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY cards/ cards/
COPY bot/ bot/
# The NuGet cache mount keeps packages between builds without putting them in a layer.
RUN --mount=type=cache,id=pbxbot-nuget,target=/root/.nuget/packages \
    dotnet publish bot/PbxBot.Host/PbxBot.Host.csproj --configuration Release --output /app -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl only serves the health check below (the runtime image has neither curl nor wget).
RUN apt-get update \
    && apt-get install --yes --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# The defaults keep state under ./data (the SQLite database, the .eml pickup folder): point it at a volume that the
# non-root user owns, so it survives a new image.
RUN mkdir /data && chown "$APP_UID" /data && ln -s /data /app/data
VOLUME /data
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080
USER $APP_UID
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD curl --fail --silent --output /dev/null http://127.0.0.1:8080/healthz || exit 1
ENTRYPOINT ["dotnet", "PbxBot.dll"]
