; Inno Setup script for ЭЖ-Десктоп: wraps the PyInstaller folder dist\ejournal\ into one installer.
;   1. bash packaging/build.sh   (or the same steps on Windows)  ->  dist\ejournal\ejournal.exe
;   2. iscc /DAppVersion=0.1.0 packaging\ejournal.iss            ->  dist\installer\ejournal-desktop-0.1.0-setup.exe
; AppVersion must be the version in pyproject.toml (build.sh prints it with `ejournal --version`).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "ЭЖ-Десктоп"
#define AppExe "ejournal.exe"

[Setup]
AppId={{6D3C2E1A-8B7F-4C59-9E0A-3F1D2B4C5E61}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ЭЖ-Десктоп
DefaultDirName={autopf}\ejournal-desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; installs for the current user without administrator rights, or for all users when run as admin
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist\installer
OutputBaseFilename=ejournal-desktop-{#AppVersion}-setup
SetupIconFile=..\build\ejournal.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\resources\fonts\LICENSE-DejaVu.txt

[Languages]
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\ejournal\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
