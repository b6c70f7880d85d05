; Inno Setup (6.3 or newer) script: the Windows installer for the one-folder build in dist\porchlight.
;
; Built by packaging\build_dist.py when Inno Setup's compiler is on PATH, which passes the
; name, id and version from the app's sources (packaging\project.py):
;
;   iscc /DAppVersion=0.1.0 /DAppName=Porchlight /DAppId=org.porchlight.Porchlight packaging\windows\porchlight.iss
;
; Output: dist\porchlight-VERSION-windows-setup.exe. It asks whether to install for
; the current user, with no administrator rights (a leader's own laptop, a church
; office computer), or for everyone. The reader's library lives in their AppData
; and is never touched by the uninstaller.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (packaging\build_dist.py does this)
#endif
#ifndef AppName
  #define AppName "Porchlight"
#endif
#ifndef AppId
  #define AppId "org.porchlight.Porchlight"
#endif
#define Dist "..\..\dist"
#define Exe AppName + ".exe"

[Setup]
; Windows finds an earlier installation by this GUID, so it must never change: it is
; uuid5(NAMESPACE_DNS, "org.porchlight.Porchlight"), checked by tests/packaging.
AppId={{9A0B3F04-0663-5064-BD4D-D46A3752E62C}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Porchlight team
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\COPYING
SetupIconFile=porchlight.ico
UninstallDisplayIcon={app}\{#Exe}
OutputDir={#Dist}
OutputBaseFilename=porchlight-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Dist}\porchlight\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#Exe}"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#Exe}"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#Exe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
