#!/usr/bin/env bash
# Makes sure LibreOffice is installed and that its CSV import without options reads UTF-8, as the
# two LibreOffice checks of .ci/run need (see docs/testing.md). Does nothing when that is so already.
#
# Debian 12's own LibreOffice (7.4) reads a CSV opened without filter options as Windows-1252,
# whatever the byte-order mark says, so on bookworm this installs the current release from Debian's
# bookworm-backports (25.2 when written); elsewhere the distribution's libreoffice-calc.
set -euo pipefail

# True when soffice opens a UTF-8 CSV with a byte-order mark, given no filter options, as UTF-8.
reads_utf8() {
    command -v soffice >/dev/null 2>&1 || return 1
    local work
    work="$(mktemp -d)"
    printf '\xef\xbb\xbfname\n\xc3\x97 \xe6\x97\xa5\xe6\x9c\xac\n' >"$work/probe.csv"
    soffice --headless --norestore "-env:UserInstallation=file://$work/profile" \
        --convert-to "csv:Text - txt - csv (StarCalc):44,34,76" --outdir "$work/out" "$work/probe.csv" \
        >/dev/null 2>&1 || true
    local found=1
    if grep -q "$(printf '\xc3\x97 \xe6\x97\xa5\xe6\x9c\xac')" "$work/out/probe.csv" 2>/dev/null; then found=0; fi
    rm -rf "$work"
    return "$found"
}

if reads_utf8; then
    echo "install-libreoffice: $(soffice --version | head -n 1) reads UTF-8 CSV by default"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
    echo "install-libreoffice: needs apt-get as root to install a LibreOffice that reads UTF-8 CSV" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
codename="$(. /etc/os-release && echo "${VERSION_CODENAME:-}")"
if [ "$codename" = bookworm ]; then
    if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
        cat >/etc/apt/sources.list.d/llmcost-bookworm-backports.sources <<'SOURCES'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
    fi
    apt-get update -qq
    apt-get install -y -qq -t bookworm-backports libreoffice-calc >/dev/null
else
    apt-get update -qq
    apt-get install -y -qq libreoffice-calc >/dev/null
fi
if ! reads_utf8; then
    echo "install-libreoffice: $(soffice --version | head -n 1) still reads CSV without options as another character set" >&2
    exit 1
fi
echo "install-libreoffice: installed $(soffice --version | head -n 1)"
