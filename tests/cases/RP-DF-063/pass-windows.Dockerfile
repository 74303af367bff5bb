# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
WORKDIR C:\app
WORKDIR C:\\tools
WORKDIR c:/inetpub/wwwroot
COPY . .
