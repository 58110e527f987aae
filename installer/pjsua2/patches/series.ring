# Patches applied, in order, to the pjproject tree from the Debian ring source package.
0001-CVE-2023-27585-dns-parser-overflow.patch
0002-tls-restore-upstream-transport-selection.patch
0003-pjsua2-ExtraAudioDevice-open-raises-Error.patch
0004-swig-export-jb-discard-algo.patch
