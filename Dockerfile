# SalesOps web app. Build: docker build -t salesops . (or docker compose build). Not run on the machine
# this was written on (no Docker engine there); see README "Team setup with Docker Compose".

# Build: restore from the project files first so code changes reuse that layer, then publish.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Graph/SalesOps.Graph.csproj src/Graph/
COPY src/Web/SalesOps.Web.csproj src/Web/
COPY seed/SalesOps.Seed.csproj seed/
RUN dotnet restore src/Web/SalesOps.Web.csproj
COPY src/Graph/ src/Graph/
COPY src/Web/ src/Web/
COPY seed/ seed/
RUN dotnet publish src/Web/SalesOps.Web.csproj -c Release --no-restore -o /app

# Run: the ASP.NET Core runtime only, as the image's non-root user "app".
FROM mcr.microsoft.com/dotnet/aspnet:10.0
# curl serves the HEALTHCHECK only: the runtime image has no HTTP client of its own. Map pictures as PNG
# are drawn by SkiaSharp, whose Linux library finds fonts through fontconfig: without a font the
# PNG's text is missing. DejaVu Sans is the one the picture's font list falls back to.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl fontconfig fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
# Where the SQLite file goes when SALESOPS_STORE stays sqlite (mount a volume there to keep it).
RUN mkdir -p /var/lib/salesops && chown "$APP_UID" /var/lib/salesops
WORKDIR /app
COPY --from=build /app ./
# ASPNETCORE_HTTP_PORTS=8080 comes with the base image; the app listens on it.
ENV SALESOPS_DATA=/var/lib/salesops
USER $APP_UID
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD curl -fsS http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "SalesOps.Web.dll"]
