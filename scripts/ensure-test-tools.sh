#!/usr/bin/env bash
# Brings what the tests need on a fresh Debian machine: Chromium for the browser tests, a CJK font
# (else every Chinese character renders as a box), the OpenSSL command line (an independent SM2 verifier
# for the assistance protocol's interoperability test), and a running PostgreSQL server on 127.0.0.1:5432.
set -euo pipefail

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
fc-list 2>/dev/null | grep -qiE 'wenquanyi|wqy|noto.*cjk' || need_apt+=(fonts-wqy-zenhei)
command -v openssl >/dev/null 2>&1 || need_apt+=(openssl)
command -v pg_ctlcluster >/dev/null 2>&1 || need_apt+=(postgresql)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "[test tools] installing ${need_apt[*]} from Debian's packages"
  if [ "$(id -u)" -ne 0 ]; then echo "[test tools] need root to install ${need_apt[*]}" >&2; exit 1; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "[test tools] starting PostgreSQL"
  version=$(ls /etc/postgresql | sort -V | tail -1)
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
pg_isready -h 127.0.0.1 -p 5432
