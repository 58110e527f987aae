#!/usr/bin/env pwsh
<#
.SYNOPSIS
Build the softphone's pjsua2 wheel for Windows x64: upstream pjproject (pinned), TLS on
OpenSSL 3 and Opus from vcpkg (pinned), WMME sound devices, SRTP, no video.

.DESCRIPTION
Windows counterpart of installer/pjsua2/build-wheel.sh (see README.md, "## Windows").
Needs PowerShell 7, Visual Studio 2022 with the C++ tools, git, tar and a 64-bit
CPython 3.11 (all on GitHub's windows-2022 image). Steps:

  1. download the pjproject release tarball of windows/pjproject-windows.lock and check
     its sha256 (no checksum, no build);
  2. apply patches/series.upstream (a patch already upstream is skipped, as on Linux);
  3. pjlib/include/pj/config_site.h = config_site.h + windows/config_site_windows.h;
  4. vcpkg at the pinned commit: install openssl and opus (x64-windows, classic mode);
  5. msbuild libpjproject.vcxproj (the merged library of pjproject-vs14.sln) Release|x64,
     toolset v143;
  6. SWIG binding (-threads, -DPJMEDIA_HAS_OPUS_CODEC=1, like Linux), cl + link;
  7. mkwheel.py -> pjsua2_softphone-<ver>+<rev>-cp311-cp311-win_amd64.whl with
     pjsua2/_softphone_build.json, then delvewheel repair bundles the OpenSSL and Opus
     DLLs (and msvcp140.dll) into the wheel.

Output in -OutDir: the wheel, pjsua2-build.json (sha256, size, timings, bundled DLLs)
and pjsua2-build.log. The wheel's path is the script's only pipeline output.

It was written without a Windows machine: the first run is in CI (.github/workflows/windows.yml,
job pjsua2-wheel).

.PARAMETER OutDir
Where the wheel goes (default dist\pjsua2).

.PARAMETER Python
The CPython 3.11 x64 the wheel is for (default: python on PATH).

.PARAMETER WorkDir
Build tree and download cache (default C:\pjw: the Visual Studio projects nest deeply,
so keep it short).

.PARAMETER VcpkgRoot
vcpkg checkout to use or create at the pinned commit (default <WorkDir>\vcpkg).

.PARAMETER PjprojectUrl
Another pjproject tarball (URL or path) than the pinned one; needs -PjprojectSha256.

.PARAMETER PjprojectSha256
The sha256 of -PjprojectUrl, checked before anything is unpacked.
#>
[CmdletBinding()]
param(
    [string]$OutDir = 'dist\pjsua2',
    [string]$Python = 'python',
    [string]$WorkDir = '',
    [string]$VcpkgRoot = '',
    [string]$PjprojectUrl = '',
    [string]$PjprojectSha256 = '',
    [switch]$KeepBuild
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'  # Invoke-WebRequest is very slow with progress on

$Here = Split-Path -Parent $PSCommandPath          # installer\pjsua2\windows
$PjsuaDir = Split-Path -Parent $Here               # installer\pjsua2
$T0 = Get-Date
$Steps = [ordered]@{}
$script:LogFile = $null

# ------------------------------------------------------------------ helpers

function Write-Log([string]$Message) {
    $line = "[build-wheel $(Get-Date -Format HH:mm:ss)] $Message"
    Write-Host $line
    if ($script:LogFile) { Add-Content -LiteralPath $script:LogFile -Value $line }
}

function Start-Step([string]$Name) {
    $script:StepName = $Name
    $script:StepT0 = Get-Date
    Write-Log "$Name ..."
}

function Stop-Step {
    $seconds = [math]::Round(((Get-Date) - $script:StepT0).TotalSeconds, 1)
    $Steps[$script:StepName] = $seconds
    Write-Log "$($script:StepName) done in $seconds s"
}

# Run a native program; its output goes to the console and the log, never to the pipeline.
function Invoke-Native {
    param(
        [Parameter(Mandatory)][string]$Exe,
        [string[]]$Arguments = @(),
        [string]$WorkingDirectory = ''
    )
    Write-Log "> $Exe $($Arguments -join ' ')"
    $saved = $ErrorActionPreference
    $ErrorActionPreference = 'Continue'  # stderr lines are not errors; the exit code is
    if ($WorkingDirectory) { Push-Location -LiteralPath $WorkingDirectory }
    try {
        & $Exe @Arguments 2>&1 | ForEach-Object { "$_" } |
            Tee-Object -FilePath $script:LogFile -Append | Out-Host
        $code = $LASTEXITCODE
    } finally {
        if ($WorkingDirectory) { Pop-Location }
        $ErrorActionPreference = $saved
    }
    if ($code -ne 0) { throw "$Exe failed with exit code $code (full log: $script:LogFile)" }
}

# Run a native program and return its standard output lines.
function Get-NativeOutput {
    param(
        [Parameter(Mandatory)][string]$Exe,
        [string[]]$Arguments = @(),
        [switch]$AllowFailure
    )
    $saved = $ErrorActionPreference
    $ErrorActionPreference = 'Continue'
    try {
        $out = & $Exe @Arguments 2>$null
        $code = $LASTEXITCODE
    } finally {
        $ErrorActionPreference = $saved
    }
    if ($code -ne 0 -and -not $AllowFailure) { throw "$Exe $($Arguments -join ' ') failed with exit code $code" }
    return @($out | ForEach-Object { "$_" })
}

function Read-Lock([string]$Path) {
    $lock = @{}
    foreach ($line in Get-Content -LiteralPath $Path) {
        if ($line -match "^\s*([A-Z0-9_]+)='([^']*)'\s*$") { $lock[$Matches[1]] = $Matches[2] }
    }
    return $lock
}

function Get-Sha256([string]$Path) {
    return (Get-FileHash -Algorithm SHA256 -LiteralPath $Path).Hash.ToLowerInvariant()
}

function Assert-Sha256([string]$Path, [string]$Expected) {
    $got = Get-Sha256 $Path
    if ($got -ne $Expected.ToLowerInvariant()) {
        throw "checksum mismatch for ${Path}: got $got, expected $Expected"
    }
}

# A patch file with LF line endings, whatever git's autocrlf did to the checkout.
function Get-LfCopy([string]$Path, [string]$Directory) {
    $text = [IO.File]::ReadAllText($Path) -replace "`r`n", "`n"
    $copy = Join-Path $Directory (Split-Path -Leaf $Path)
    [IO.File]::WriteAllText($copy, $text, [Text.UTF8Encoding]::new($false))
    return $copy
}

function Test-GitApply([string]$Tree, [string]$Patch, [switch]$Reverse) {
    $arguments = @('-C', $Tree, 'apply', '--check', '-p1')
    if ($Reverse) { $arguments += '-R' }
    $arguments += $Patch
    $saved = $ErrorActionPreference
    $ErrorActionPreference = 'Continue'
    try { & git @arguments 2>$null | Out-Null; return ($LASTEXITCODE -eq 0) }
    finally { $ErrorActionPreference = $saved }
}

function Enter-VsDevShell64 {
    if ((Get-Command cl.exe -ErrorAction SilentlyContinue) -and $env:VSCMD_ARG_TGT_ARCH -eq 'x64') { return }
    $vswhere = Join-Path ${env:ProgramFiles(x86)} 'Microsoft Visual Studio\Installer\vswhere.exe'
    if (-not (Test-Path -LiteralPath $vswhere)) { throw 'vswhere.exe not found: install Visual Studio 2022 with the C++ tools' }
    $vs = Get-NativeOutput $vswhere @('-latest', '-products', '*', '-requires',
        'Microsoft.VisualStudio.Component.VC.Tools.x86.x64', '-property', 'installationPath') | Select-Object -First 1
    if (-not $vs) { throw 'Visual Studio with the C++ x64 tools is not installed' }
    Import-Module (Join-Path $vs 'Common7\Tools\Microsoft.VisualStudio.DevShell.dll')
    Enter-VsDevShell -VsInstallPath $vs -SkipAutomaticLocation -DevCmdArguments '-arch=x64 -host_arch=x64' | Out-Null
}

# ------------------------------------------------------------------ inputs

if (-not $IsWindows) { throw 'build-wheel.ps1 builds the Windows wheel and runs on Windows only (Linux: build-wheel.sh)' }

$Lock = Read-Lock (Join-Path $Here 'pjproject-windows.lock')
foreach ($key in 'PJPROJECT_VERSION', 'PJPROJECT_URL', 'PJPROJECT_SHA256', 'VCPKG_COMMIT', 'VCPKG_TRIPLET',
    'OPENSSL_VERSION', 'OPUS_VERSION', 'SWIG_PYPI_VERSION', 'DELVEWHEEL_VERSION', 'SOUND_BACKEND',
    'WIN_SP_REVISION', 'SOURCE_DATE_EPOCH') {
    if (-not $Lock.ContainsKey($key)) { throw "pjproject-windows.lock lacks $key" }
}
if ($Lock.SOUND_BACKEND -ne 'wmme') { throw "SOUND_BACKEND '$($Lock.SOUND_BACKEND)': only wmme is buildable from pjproject $($Lock.PJPROJECT_VERSION) on desktop Windows" }

if ($PjprojectUrl -and $PjprojectUrl -ne $Lock.PJPROJECT_URL) {
    if (-not $PjprojectSha256) {
        throw '-PjprojectUrl needs -PjprojectSha256 (the sha256 of that file; pin it in pjproject-windows.lock after the first verified build)'
    }
    $SourceUrl = $PjprojectUrl
    $SourceSha = $PjprojectSha256.ToLowerInvariant()
} else {
    $SourceUrl = $Lock.PJPROJECT_URL
    $SourceSha = $Lock.PJPROJECT_SHA256
    if ($PjprojectSha256 -and $PjprojectSha256.ToLowerInvariant() -ne $SourceSha) {
        throw "-PjprojectSha256 $PjprojectSha256 differs from the pinned $SourceSha"
    }
}
if ($SourceSha -notmatch '^[0-9a-f]{64}$') { throw "not a sha256: $SourceSha" }

if (-not $WorkDir) { $WorkDir = Join-Path $env:SystemDrive 'pjw' }
if (-not $VcpkgRoot) { $VcpkgRoot = Join-Path $WorkDir 'vcpkg' }
New-Item -ItemType Directory -Force -Path $OutDir, $WorkDir, (Join-Path $WorkDir 'src') | Out-Null
$OutDir = (Resolve-Path -LiteralPath $OutDir).Path
$WorkDir = (Resolve-Path -LiteralPath $WorkDir).Path
$script:LogFile = Join-Path $OutDir 'pjsua2-build.log'
Set-Content -LiteralPath $script:LogFile -Value "build-wheel.ps1 $(Get-Date -Format o)"

$env:SOURCE_DATE_EPOCH = $Lock.SOURCE_DATE_EPOCH   # mkwheel.py and delvewheel honour it
$env:PYTHONUTF8 = '1'
# git must never mistake the build tree for a part of an enclosing repository (git apply).
$env:GIT_CEILING_DIRECTORIES = $WorkDir

Start-Step 'prerequisites'
# Windows' own bsdtar: a GNU tar from Git's usr\bin would take "C:\..." for a remote host.
$Tar = Join-Path $env:SystemRoot 'System32\tar.exe'
if (-not (Test-Path -LiteralPath $Tar)) { $Tar = 'tar' }
foreach ($tool in 'git', $Tar, $Python) {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) { throw "missing build prerequisite: $tool" }
}
$pyInfo = Get-NativeOutput $Python @('-c', @'
import struct, sys, sysconfig
ok = sys.version_info[:2] == (3, 11) and struct.calcsize("P") == 8 and sys.implementation.name == "cpython"
print("ok" if ok else "bad " + sys.version)
print(f"cp{sys.version_info[0]}{sys.version_info[1]}")
print(sysconfig.get_paths()["include"])
print(sys.base_prefix)
print(sysconfig.get_config_var("EXT_SUFFIX"))
'@)
if ($pyInfo[0] -ne 'ok') { throw "the wheel is for 64-bit CPython 3.11, $Python is $($pyInfo[0])" }
$PyTag = $pyInfo[1]
$PyInclude = $pyInfo[2]
$PyLibs = Join-Path $pyInfo[3] 'libs'
$ExtSuffix = $pyInfo[4]
if (-not (Test-Path -LiteralPath (Join-Path $PyInclude 'Python.h'))) { throw "no Python.h in $PyInclude" }
if (-not (Test-Path -LiteralPath (Join-Path $PyLibs 'python311.lib'))) { throw "no python311.lib in $PyLibs" }
Enter-VsDevShell64
foreach ($tool in 'cl.exe', 'link.exe', 'lib.exe', 'dumpbin.exe', 'msbuild.exe') {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) { throw "missing after entering the VS developer shell: $tool" }
}
# Build tools from PyPI, pinned, in their own venv (not in the venv the wheel is tested in).
$ToolsVenv = Join-Path $WorkDir 'tools-venv'
if (-not (Test-Path -LiteralPath (Join-Path $ToolsVenv 'Scripts\python.exe'))) {
    Invoke-Native $Python @('-m', 'venv', $ToolsVenv)
}
$ToolsPy = Join-Path $ToolsVenv 'Scripts\python.exe'
Invoke-Native $ToolsPy @('-m', 'pip', 'install', '--no-input', '--disable-pip-version-check',
    "swig==$($Lock.SWIG_PYPI_VERSION)", "delvewheel==$($Lock.DELVEWHEEL_VERSION)")
$Swig = Join-Path $ToolsVenv 'Scripts\swig.exe'
$SwigVersion = (Get-NativeOutput $Swig @('-version') | Select-String -Pattern 'SWIG Version (\S+)').Matches[0].Groups[1].Value
Stop-Step

# ------------------------------------------------------------------ fetch + verify

$BuildRoot = Join-Path $WorkDir 'build'
if (Test-Path -LiteralPath $BuildRoot) { Remove-Item -Recurse -Force -LiteralPath $BuildRoot }
$Src = Join-Path $BuildRoot 'pjproject'
New-Item -ItemType Directory -Force -Path $Src | Out-Null

Start-Step 'fetch'
$Tarball = Join-Path $WorkDir "src\pjproject-$SourceSha.tar.gz"
if ((Test-Path -LiteralPath $Tarball) -and (Get-Sha256 $Tarball) -ne $SourceSha) { Remove-Item -Force -LiteralPath $Tarball }
if (-not (Test-Path -LiteralPath $Tarball)) {
    if ($SourceUrl -match '^https?://') {
        Invoke-WebRequest -Uri $SourceUrl -OutFile "$Tarball.part" -UseBasicParsing
    } else {
        Copy-Item -LiteralPath $SourceUrl -Destination "$Tarball.part"
    }
    Assert-Sha256 "$Tarball.part" $SourceSha   # a wrong download never reaches the cache
    Move-Item -Force -LiteralPath "$Tarball.part" -Destination $Tarball
}
Assert-Sha256 $Tarball $SourceSha
Invoke-Native $Tar @('-xzf', $Tarball, '-C', $Src, '--strip-components=1')
$versionMak = Get-Content -Raw -LiteralPath (Join-Path $Src 'version.mak')
$parts = foreach ($name in 'MAJOR', 'MINOR', 'REV') {
    if ($versionMak -match "(?m)^export PJ_VERSION_$name\s*:=\s*(\d*)") { $Matches[1] }
}
$PjVersion = (@($parts) | Where-Object { $_ -ne '' }) -join '.'
if ($PjVersion -notmatch '^\d+\.\d+(\.\d+)?$') { throw "cannot read PJ_VERSION from version.mak ($PjVersion)" }
if ($SourceUrl -eq $Lock.PJPROJECT_URL -and $PjVersion -ne $Lock.PJPROJECT_VERSION) {
    throw "version.mak says $PjVersion, the lock pins $($Lock.PJPROJECT_VERSION)"
}
$WheelVersion = "$PjVersion+$($Lock.WIN_SP_REVISION)"
$SourceDesc = "upstream pjproject $PjVersion, $SourceUrl (sha256 $SourceSha)"
Stop-Step
Write-Log "pjproject $PjVersion from $SourceUrl -> wheel $WheelVersion"

# ------------------------------------------------------------------ patches + config

Start-Step 'patch'
$PatchTmp = Join-Path $BuildRoot 'patches'
New-Item -ItemType Directory -Force -Path $PatchTmp | Out-Null
$Applied = [Collections.Generic.List[string]]::new()
$Upstream = [Collections.Generic.List[string]]::new()
foreach ($entry in Get-Content -LiteralPath (Join-Path $PjsuaDir 'patches\series.upstream')) {
    $name = $entry.Trim()
    if (-not $name -or $name.StartsWith('#')) { continue }
    $patch = Get-LfCopy (Join-Path $PjsuaDir "patches\$name") $PatchTmp
    if (Test-GitApply $Src $patch) {
        Invoke-Native 'git' @('-C', $Src, 'apply', '-p1', $patch)
        $Applied.Add($name)
        Write-Log "applied $name"
    } elseif (Test-GitApply $Src $patch -Reverse) {
        $Upstream.Add($name)
        Write-Log "already present upstream: $name"
    } else {
        throw "patch does not apply: $name (update patches/series.upstream)"
    }
}
$configSite = ([IO.File]::ReadAllText((Join-Path $PjsuaDir 'config_site.h')) -replace "`r`n", "`n") +
    "`n/* ---- Windows (installer/pjsua2/windows/config_site_windows.h) ---- */`n" +
    ([IO.File]::ReadAllText((Join-Path $Here 'config_site_windows.h')) -replace "`r`n", "`n")
[IO.File]::WriteAllText((Join-Path $Src 'pjlib\include\pj\config_site.h'), $configSite, [Text.UTF8Encoding]::new($false))
Stop-Step

# ------------------------------------------------------------------ vcpkg: OpenSSL + Opus

Start-Step 'vcpkg'
if (-not (Test-Path -LiteralPath (Join-Path $VcpkgRoot '.git'))) {
    New-Item -ItemType Directory -Force -Path $VcpkgRoot | Out-Null
    Invoke-Native 'git' @('-C', $VcpkgRoot, 'init', '--quiet')
    Invoke-Native 'git' @('-C', $VcpkgRoot, 'remote', 'add', 'origin', 'https://github.com/microsoft/vcpkg.git')
}
$head = Get-NativeOutput 'git' @('-C', $VcpkgRoot, 'rev-parse', 'HEAD') -AllowFailure | Select-Object -First 1
if ($head -ne $Lock.VCPKG_COMMIT) {
    Invoke-Native 'git' @('-C', $VcpkgRoot, 'fetch', '--depth', '1', 'origin', $Lock.VCPKG_COMMIT)
    Invoke-Native 'git' @('-C', $VcpkgRoot, 'checkout', '--quiet', '--force', '--detach', 'FETCH_HEAD')
    $head = Get-NativeOutput 'git' @('-C', $VcpkgRoot, 'rev-parse', 'HEAD') | Select-Object -First 1
}
if ($head -ne $Lock.VCPKG_COMMIT) { throw "vcpkg is at $head, not the pinned $($Lock.VCPKG_COMMIT)" }
$Vcpkg = Join-Path $VcpkgRoot 'vcpkg.exe'
if (-not (Test-Path -LiteralPath $Vcpkg)) {
    Invoke-Native (Join-Path $VcpkgRoot 'bootstrap-vcpkg.bat') @('-disableMetrics')
}
foreach ($port in @(@('openssl', $Lock.OPENSSL_VERSION), @('opus', $Lock.OPUS_VERSION))) {
    $manifest = Get-Content -Raw -LiteralPath (Join-Path $VcpkgRoot "ports\$($port[0])\vcpkg.json") | ConvertFrom-Json
    $portVersion = if ($manifest.PSObject.Properties['version']) { $manifest.version } else { $manifest.'version-semver' }
    if ($portVersion -ne $port[1]) { throw "vcpkg $($Lock.VCPKG_COMMIT) has $($port[0]) $portVersion, the lock expects $($port[1])" }
}
$env:VCPKG_ROOT = $VcpkgRoot
$Triplet = $Lock.VCPKG_TRIPLET
Invoke-Native $Vcpkg @('install', "openssl:$Triplet", "opus:$Triplet", '--classic',
    "--vcpkg-root=$VcpkgRoot", '--disable-metrics') -WorkingDirectory $WorkDir
$Installed = Join-Path $VcpkgRoot "installed\$Triplet"
foreach ($file in 'include\openssl\ssl.h', 'include\opus\opus.h', 'lib\libssl.lib', 'lib\libcrypto.lib', 'lib\opus.lib') {
    if (-not (Test-Path -LiteralPath (Join-Path $Installed $file))) { throw "vcpkg did not install $file" }
}
# pjmedia-codec/opus.c asks the MSVC linker for "libopus.a" (#pragma comment(lib)): give it
# vcpkg's import library under that name.
$Shim = Join-Path $BuildRoot 'shim-lib'
New-Item -ItemType Directory -Force -Path $Shim | Out-Null
Copy-Item -LiteralPath (Join-Path $Installed 'lib\opus.lib') -Destination (Join-Path $Shim 'libopus.a')
Stop-Step

# ------------------------------------------------------------------ msbuild

Start-Step 'msbuild'
$env:INCLUDE = "$(Join-Path $Installed 'include');$(Join-Path $Installed 'include\opus');$env:INCLUDE"
$env:LIB = "$(Join-Path $Installed 'lib');$Shim;$env:LIB"
$Solution = Join-Path $Src 'pjproject-vs14.sln'
if (-not (Test-Path -LiteralPath $Solution)) { throw "no pjproject-vs14.sln in $Src" }
# Only the merged library: pjproject-vs14.sln's libpjproject project (pjsip-apps\build),
# built directly so msbuild builds the projects it references (pjlib ... pjsua2-lib and the
# bundled third-party libraries) and nothing else: the solution also holds sample apps,
# UWP, Java and C# projects this build has no use for.
$PjProject = Join-Path $Src 'pjsip-apps\build\libpjproject.vcxproj'
$MsbuildArgs = @($PjProject, "/p:SolutionDir=$Src\", '/m', '/nologo', '/v:minimal',
    '/p:Configuration=Release', '/p:Platform=x64', '/p:PlatformToolset=v143', '/p:BuildToolset=v143',
    '/p:WindowsTargetPlatformVersion=10.0', '/p:UseEnv=true')
Invoke-Native 'msbuild.exe' $MsbuildArgs
$PjLib = Get-ChildItem -LiteralPath (Join-Path $Src 'lib') -Filter 'libpjproject-*-x64-vc14-Release.lib' |
    Select-Object -First 1
if (-not $PjLib) { throw "msbuild produced no lib\libpjproject-*-x64-vc14-Release.lib" }
$members = Get-NativeOutput 'lib.exe' @('/nologo', '/list', $PjLib.FullName)
# (pjsua2-lib's endpoint.obj: the C++ API the SWIG module wraps; sip_endpoint.obj differs.)
foreach ($needed in 'ssl_sock_ossl', 'opus', 'wmme_dev', 'transport_srtp', 'g722', 'endpoint') {
    if (-not ($members -match "(^|[\\/])$needed\.obj\s*$")) { throw "$needed.obj is missing from $($PjLib.Name)" }
}
# Python extensions use the DLL C runtime (/MD); a static-CRT (/MT) library would not mix.
$directives = Get-NativeOutput 'dumpbin.exe' @('/nologo', '/directives', $PjLib.FullName)
if ($directives | Select-String -SimpleMatch '/DEFAULTLIB:LIBCMT') { throw "$($PjLib.Name) uses the static C runtime (/MT)" }
Stop-Step

# ------------------------------------------------------------------ SWIG binding

Start-Step 'swig'
$SwigDir = Join-Path $Src 'pjsip-apps\src\swig\python'
$PjDefs = @('-DPJMEDIA_HAS_OPUS_CODEC=1', '-DPJMEDIA_HAS_VIDEO=0')
$Includes = foreach ($part in 'pjlib', 'pjlib-util', 'pjmedia', 'pjsip', 'pjnath') { Join-Path $Src "$part\include" }
Invoke-Native $Swig (@($Includes | ForEach-Object { "-I$_" }) + @('-c++', '-w312', '-threads',
        '-DSWIG_NO_EXPORT_ITERATOR_METHODS') + $PjDefs + @('-python', '-o', 'pjsua2_wrap.cpp', '..\pjsua2.i')) `
    -WorkingDirectory $SwigDir
Stop-Step

Start-Step 'compile_binding'
$Stage = Join-Path $BuildRoot 'stage'
$StagePkg = Join-Path $Stage 'pjsua2'
New-Item -ItemType Directory -Force -Path $StagePkg | Out-Null
$Pyd = Join-Path $StagePkg "_pjsua2$ExtSuffix"
$Obj = Join-Path $BuildRoot 'pjsua2_wrap.obj'
# The defines of pjproject's Release|x64 projects (build/vs/pjproject-vs14-common-config.props).
$ClArgs = @('/nologo', '/c', '/EHsc', '/MD', '/O2', '/bigobj', '/Brepro', '/W1',
    '/DNDEBUG', '/D_MBCS', '/DWIN64', '/DPJ_WIN64=1', '/DPJ_M_X86_64=1',
    '/DSWIG_NO_EXPORT_ITERATOR_METHODS') + $PjDefs +
    @($Includes | ForEach-Object { "/I$_" }) + @("/I$PyInclude", "/I$(Join-Path $Installed 'include')",
        (Join-Path $SwigDir 'pjsua2_wrap.cpp'), "/Fo$Obj")
Invoke-Native 'cl.exe' $ClArgs
# python311.lib comes through pyconfig.h's #pragma comment(lib); libopus.a through opus.c's.
$SystemLibs = 'ws2_32.lib', 'winmm.lib', 'ole32.lib', 'oleaut32.lib', 'uuid.lib', 'iphlpapi.lib',
    'advapi32.lib', 'user32.lib', 'gdi32.lib', 'crypt32.lib', 'dsound.lib'
$LinkArgs = @('/nologo', '/DLL', '/Brepro', '/OPT:REF', '/OPT:ICF', '/INCREMENTAL:NO', "/OUT:$Pyd",
    "/LIBPATH:$PyLibs", "/LIBPATH:$(Join-Path $Installed 'lib')", "/LIBPATH:$Shim",
    $Obj, $PjLib.FullName, 'libssl.lib', 'libcrypto.lib', 'opus.lib') + $SystemLibs
Invoke-Native 'link.exe' $LinkArgs
$RuntimeDlls = @(Get-NativeOutput (Join-Path $ToolsVenv 'Scripts\delvewheel.exe') @('needed', $Pyd) | Sort-Object)
Write-Log "direct DLL dependencies of $(Split-Path -Leaf $Pyd): $($RuntimeDlls -join ' ')"
foreach ($dll in 'libssl-3-x64.dll', 'libcrypto-3-x64.dll') {
    if ($RuntimeDlls -notcontains $dll) { throw "$(Split-Path -Leaf $Pyd) does not link ${dll}: TLS would not be vcpkg's OpenSSL" }
}
Stop-Step

# ------------------------------------------------------------------ stage + wheel

Start-Step 'wheel'
Copy-Item -LiteralPath (Join-Path $SwigDir 'pjsua2.py') -Destination (Join-Path $StagePkg 'pjsua2.py')
Copy-Item -LiteralPath (Join-Path $PjsuaDir 'pjsua2_init.py') -Destination (Join-Path $StagePkg '__init__.py')
$BuildJson = Join-Path $StagePkg '_softphone_build.json'
[ordered]@{
    dist              = 'pjsua2-softphone'
    version           = $WheelVersion
    pjproject         = $PjVersion
    platform          = 'win_amd64'
    source            = $SourceDesc
    source_url        = $SourceUrl
    source_sha256     = $SourceSha
    patches           = @($Applied)
    patches_upstream  = @($Upstream)
    configure         = "msbuild pjsip-apps/build/libpjproject.vcxproj Release|x64 v143; config_site.h + windows/config_site_windows.h"
    swig              = $SwigVersion
    msvc              = "$env:VCToolsVersion"
    openssl_build     = $Lock.OPENSSL_VERSION
    opus_build        = $Lock.OPUS_VERSION
    vcpkg_commit      = $Lock.VCPKG_COMMIT
    vcpkg_triplet     = $Triplet
    sound_backend     = $Lock.SOUND_BACKEND
    runtime_libs      = $RuntimeDlls
    source_date_epoch = [long]$Lock.SOURCE_DATE_EPOCH
} | ConvertTo-Json -Depth 4 | Set-Content -LiteralPath $BuildJson -Encoding utf8NoBOM
# Same layout as the Linux file: sorted keys, two-space indent.
Invoke-Native $ToolsPy @('-c', 'import json,sys; p=sys.argv[1]; d=json.load(open(p,encoding="utf-8")); json.dump(d,open(p,"w",encoding="utf-8"),indent=2,sort_keys=True)', $BuildJson)

$RawDir = Join-Path $BuildRoot 'raw-wheel'
Invoke-Native $ToolsPy @((Join-Path $PjsuaDir 'mkwheel.py'), '--stage', $Stage, '--name', 'pjsua2-softphone',
    '--version', $WheelVersion, '--tag', "$PyTag-$PyTag-win_amd64", '--out', $RawDir,
    '--summary', "pjsua2 (pjproject $PjVersion) for the softphone: WMME, Opus, G.722, OpenSSL $($Lock.OPENSSL_VERSION), SRTP",
    '--description', "Importable module: pjsua2. Built by installer/pjsua2/windows/build-wheel.ps1 from $SourceDesc.")
$RawWheel = Get-ChildItem -LiteralPath $RawDir -Filter '*.whl' | Select-Object -First 1
if (-not $RawWheel) { throw 'mkwheel.py wrote no wheel' }
Get-ChildItem -LiteralPath $OutDir -Filter 'pjsua2_softphone-*.whl' | Remove-Item -Force
# delvewheel copies libssl/libcrypto/opus (from vcpkg's bin) and msvcp140 into
# pjsua2_softphone.libs\ and makes pjsua2\__init__.py add that folder to the DLL search path.
# The OpenSSL names stay unmangled so softphone.sip.buildinfo finds the loaded libcrypto.
Invoke-Native (Join-Path $ToolsVenv 'Scripts\delvewheel.exe') @('repair', '--add-path', (Join-Path $Installed 'bin'),
    '--no-mangle', 'libssl-3-x64.dll;libcrypto-3-x64.dll', '-w', $OutDir, $RawWheel.FullName)
$Wheel = Get-ChildItem -LiteralPath $OutDir -Filter 'pjsua2_softphone-*.whl' | Select-Object -First 1
if (-not $Wheel) { throw 'delvewheel wrote no wheel' }
$Bundled = @(Get-NativeOutput $ToolsPy @('-c', @'
import sys, zipfile
for name in sorted(zipfile.ZipFile(sys.argv[1]).namelist()):
    if name.lower().endswith(".dll"):
        print(name)
'@, $Wheel.FullName))
Write-Log "bundled DLLs: $($Bundled -join ' ')"
foreach ($pattern in 'libssl-3-x64', 'libcrypto-3-x64', 'opus') {
    if (-not ($Bundled | Where-Object { (Split-Path -Leaf $_) -like "$pattern*.dll" })) {
        throw "the repaired wheel has no $pattern DLL"
    }
}
Stop-Step

$Total = [math]::Round(((Get-Date) - $T0).TotalSeconds, 1)
[ordered]@{
    wheel          = $Wheel.Name
    wheel_bytes    = $Wheel.Length
    wheel_sha256   = (Get-Sha256 $Wheel.FullName)
    build_seconds  = $Total
    steps_seconds  = $Steps
    cache_hit      = $false
    pjproject      = $PjVersion
    source         = $SourceDesc
    bundled_dlls   = $Bundled
    vcpkg_commit   = $Lock.VCPKG_COMMIT
} | ConvertTo-Json -Depth 4 | Set-Content -LiteralPath (Join-Path $OutDir 'pjsua2-build.json') -Encoding utf8NoBOM

if ($KeepBuild) { Write-Log "build tree kept: $BuildRoot" } else { Remove-Item -Recurse -Force -LiteralPath $BuildRoot }
Write-Log "wheel: $($Wheel.FullName)"
Write-Log "size: $($Wheel.Length) bytes, build time $Total s"
Write-Output $Wheel.FullName
