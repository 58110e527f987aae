# Shared by the config and postinst scripts (build-deb.sh pastes it at #TOML_EDIT#):
# read and change one `[section] name = "value"` line of /etc/softphone/provisioning.toml
# without touching anything else in the file (comments, other keys, IT's own sections).
# POSIX sh and awk only (mawk, gawk and busybox awk): the frozen app has no Python for us.

SOFTPHONE_CONF=/etc/softphone/provisioning.toml
SOFTPHONE_STATE=/var/lib/softphone/debconf-applied
# question  section  name  (the keys debconf owns)
SOFTPHONE_KEYS="server_url:general:server_url
sip_domain:sip:domain
sip_proxy:sip:proxy
sip_transport:sip:transport
supervisor_uri:calls:supervisor_uri
default_language:general:language"

# toml_get FILE SECTION NAME: print the key's value (strings unquoted and unescaped);
# exit status 1 when the key is not set (a missing file counts as not set).
toml_get() {
    [ -r "$1" ] || return 1
    # (No awk functions and no double brackets: lintian's bashism check reads awk as shell.)
    SECTION="$2" NAME="$3" awk '
    BEGIN { section = ENVIRON["SECTION"]; name = ENVIRON["NAME"]; found = 0; q = "\047" }
    /^[ \t]*\[/ {
        h = $0; sub(/^[ \t]*\[( |\t)*/, "", h); sub(/( |\t)*\].*$/, "", h); gsub(/["\047]/, "", h)
        inside = (h == section); next
    }
    inside && match($0, "^[ \t]*" name "[ \t]*=") {
        v = substr($0, RLENGTH + 1); sub(/^[ \t]+/, "", v); c = substr(v, 1, 1)
        if (c == q) {
            v = substr(v, 2); sub(/\047.*$/, "", v)
        } else if (c != "\"") {
            sub(/[ \t]*#.*$/, "", v); sub(/[ \t]+$/, "", v)
        } else {
            out = ""
            for (i = 2; i <= length(v); i++) {
                c = substr(v, i, 1)
                if (c == "\"") break
                if (c == "\\") {
                    i++; c = substr(v, i, 1)
                    if (c == "t") c = "\t"; else if (c == "n") c = "\n"
                }
                out = out c
            }
            v = out
        }
        print v; found = 1; exit
    }
    END { exit found ? 0 : 1 }
    ' "$1"
}

# toml_set FILE SECTION NAME VALUE: set the key to the string VALUE, in place. An existing
# line is replaced; a new one goes under the commented example of the template
# (`# name = ...`) or right after the [section] header; a missing section is appended.
# An empty VALUE removes the key (the setting is no longer locked).
toml_set() {
    _file="$1"
    _escaped=$(printf '%s' "$4" | sed 's/\\/\\\\/g; s/"/\\"/g')
    _tmp="$_file.softphone-tmp"
    SECTION="$2" NAME="$3" VALUE="$_escaped" UNSET="$([ -n "$4" ] || echo 1)" awk '
    BEGIN {
        section = ENVIRON["SECTION"]; name = ENVIRON["NAME"]
        line = name " = \"" ENVIRON["VALUE"] "\""; unset = ENVIRON["UNSET"] != ""
        key = "^[ \t]*" name "[ \t]*="; example = "^#[ \t]*" name "[ \t]*="
    }
    # First pass: where is the key, its commented example, the section header?
    NR == FNR {
        if ($0 ~ /^[ \t]*\[/) {
            h = $0; sub(/^[ \t]*\[( |\t)*/, "", h); sub(/( |\t)*\].*$/, "", h); gsub(/["\047]/, "", h)
            inside = (h == section); if (inside && !head) head = FNR; next
        }
        if (inside && !at && $0 ~ key) at = FNR
        if (inside && !hint && $0 ~ example) hint = FNR
        next
    }
    # Second pass: write the file with the one change.
    FNR == at { if (!unset) print line; done = 1; next }
    { print }
    !at && !unset && !done && FNR == (hint ? hint : head) { print line; done = 1 }
    END {
        if (!at && !unset && !done) { print ""; print "[" section "]"; print line }
    }
    ' "$_file" "$_file" > "$_tmp"
    chmod --reference="$_file" "$_tmp" 2>/dev/null || chmod 644 "$_tmp"
    chown --reference="$_file" "$_tmp" 2>/dev/null || true
    mv -f "$_tmp" "$_file"
}

# state_get QUESTION: the value postinst last wrote for this question (empty if none).
state_get() {
    [ -r "$SOFTPHONE_STATE" ] || return 0
    Q="$1" awk -F '\t' '$1 == ENVIRON["Q"] { print substr($0, length($1) + 2); exit }' \
        "$SOFTPHONE_STATE"
}

# debconf_to_file QUESTION VALUE: the file value a debconf answer stands for ("none" in the
# select questions means "not set").
debconf_to_file() {
    case "$1:$2" in
        default_language:none | sip_transport:none) echo "" ;;
        *) printf '%s\n' "$2" ;;
    esac
}

# file_to_debconf QUESTION VALUE: the debconf answer for a value found in the file.
file_to_debconf() {
    case "$1:$2" in
        default_language: | sip_transport:) echo "none" ;;
        *) printf '%s\n' "$2" ;;
    esac
}

# adopt_manual_edits: a key IT edited by hand since postinst last wrote it wins over the
# stored debconf answer (Debian policy: never overwrite the admin's changes), so the
# questions show what the file really says.
adopt_manual_edits() {
    [ -e "$SOFTPHONE_CONF" ] || return 0
    for _entry in $SOFTPHONE_KEYS; do
        _q=${_entry%%:*}; _rest=${_entry#*:}; _section=${_rest%%:*}; _name=${_rest#*:}
        _in_file=$(toml_get "$SOFTPHONE_CONF" "$_section" "$_name" || true)
        _applied=$(state_get "$_q")
        if [ "$_in_file" != "$_applied" ]; then
            db_set "softphone/$_q" "$(file_to_debconf "$_q" "$_in_file")"
        fi
    done
}
