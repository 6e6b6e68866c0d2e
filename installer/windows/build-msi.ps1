# Builds target\installer\Pulsewall-VERSION.msi on Windows (JDK 17+ and the WiX Toolset 3.x on
# the PATH). JavaFX comes from the -win jars Maven resolves on Windows; they stay on the class path.
#   mvn -Pinstaller-windows package        or, after mvn -DskipTests package:
#   powershell -ExecutionPolicy Bypass -File installer\windows\build-msi.ps1 -Version 0.1.0
param([string]$Version = "0.1.0")
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $root
$out = "target\installer"
$appInput = "$out\input"
Remove-Item -Recurse -Force $out -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$appInput\lib" | Out-Null
Copy-Item target\pulsewall.jar $appInput
Copy-Item target\lib\*.jar "$appInput\lib"
# the default configuration, copied to %ProgramData%\Pulsewall by install-config.ps1
New-Item -ItemType Directory -Force "$appInput\config" | Out-Null
Copy-Item installer\config\wall.yaml, installer\config\bootstrap.yaml.example "$appInput\config"
Copy-Item -Recurse playlists, themes, media "$appInput\config"
Copy-Item installer\windows\*.ps1 $appInput
jpackage "@installer\windows\jpackage-msi.txt" --input $appInput --dest $out --app-version $Version
if ($LASTEXITCODE -ne 0) { throw "jpackage failed with $LASTEXITCODE" }
Write-Host "msi: $out\Pulsewall-$Version.msi"
