# escape=`
# A Windows image: PowerShell SHELL, drive-letter paths, a named user.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
WORKDIR C:\app
RUN Invoke-WebRequest -Uri https://example.com/app.zip -OutFile app.zip | Out-Null; `
    Expand-Archive app.zip -DestinationPath C:\app; `
    Remove-Item app.zip
COPY config.json C:\app\config.json
# expect: DL3066
USER ContainerUser
ENTRYPOINT ["C:\\app\\app.exe"]
