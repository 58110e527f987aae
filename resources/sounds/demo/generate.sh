#!/usr/bin/env bash
# Regenerate the demo customer's voice lines (espeak-ng + sox; 16 kHz mono 16-bit).
set -euo pipefail
cd "$(dirname "$0")"
say(){ espeak-ng -v "$1" -s 160 -w /tmp/softphone-demo-raw.wav "$2"; sox /tmp/softphone-demo-raw.wav -r 16000 -c 1 -b 16 "$3" gain -n -3; }
say "en-us+f3" "Hello, this is about my last invoice. I was charged twice for the same month and I would like a refund, please." caller-en.wav
say "it+f3" "Buongiorno, chiamo per la mia ultima fattura. Mi avete addebitato due volte lo stesso mese e vorrei un rimborso." caller-it.wav
say "de+f3" "Guten Tag, es geht um meine letzte Rechnung. Mir wurde derselbe Monat zweimal berechnet, ich hätte gern eine Erstattung." caller-de.wav
say "ru+f3" "Здравствуйте, я звоню по поводу последнего счёта. С меня дважды списали деньги за один месяц, верните, пожалуйста." caller-ru.wav
say "cmn+f3" "你好，我打电话是关于我上个月的账单。同一个月被扣了两次费，我想申请退款。" caller-zh.wav
rm -f /tmp/softphone-demo-raw.wav
