# expect-none
# .NET: restore and publish in the SDK image, run on the ASP.NET runtime as its app user.
FROM mcr.microsoft.com/dotnet/sdk:8.0.201-bookworm-slim AS build
ARG TARGETARCH
WORKDIR /source
COPY *.csproj ./
RUN dotnet restore -a "$TARGETARCH"
COPY . .
RUN dotnet publish -a "$TARGETARCH" --no-restore -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:8.0.2-bookworm-slim
LABEL org.opencontainers.image.source="https://github.com/example/api" \
      org.opencontainers.image.licenses="MIT"
ENV ASPNETCORE_HTTP_PORTS=8080 DOTNET_RUNNING_IN_CONTAINER=true
WORKDIR /app
COPY --link --from=build /app .
USER 1654:1654
EXPOSE 8080/tcp
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s CMD ["dotnet", "Api.dll", "--healthcheck"]
ENTRYPOINT ["dotnet", "Api.dll"]
