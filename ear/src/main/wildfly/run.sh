#!/usr/bin/env bash
# Runs the configured WildFly in the foreground. SIGTERM, SIGINT or SIGHUP to this script stops
# WildFly. Maven does not pass its own SIGTERM on to the processes it started, so a watchdog
# also stops WildFly as soon as the parent (Maven) is gone: no server JVM is ever left behind.
# Usage: run.sh <jboss-home>
set -uo pipefail
THB_ADMIN_PASSWORD=${THB_ADMIN_PASSWORD:-}
jboss_home=$1

# The datasource's driver follows THB_DB_URL (see thb-hub.cli): H2 unless it names PostgreSQL.
driver=h2
# The sign-in mode (design.md section 7a): checked here too, so that a wrong configuration stops
# the run command with a message instead of a failed deployment in the server log.
case "${THB_AUTH:-demo}" in
    demo) echo "WARNING: THB_AUTH=demo: the demo users (password = user name) are active" >&2 ;;
    jdbc)
        if (( ${#THB_ADMIN_PASSWORD} < 12 )); then
            echo "THB_AUTH=jdbc needs THB_ADMIN_PASSWORD (the first administrator's password) of at least 12 characters" >&2
            exit 2
        fi ;;
    oidc)
        for key in THB_OIDC_PROVIDER_URL THB_OIDC_CLIENT_ID; do
            if [[ -z ${!key:-} ]]; then
                echo "THB_AUTH=oidc needs $key" >&2
                exit 2
            fi
        done ;;
    *) echo "THB_AUTH must be demo, jdbc or oidc, not ${THB_AUTH}" >&2; exit 2 ;;
esac

case "${THB_DB_URL:-}" in
    jdbc:postgresql:*) driver=postgresql.jar ;;
    "") ;;
    *) echo "THB_DB_URL must be a jdbc:postgresql: URL (or unset for the embedded H2)" >&2; exit 2 ;;
esac

# THB_NODE_NAME (default: the host name) names this node; WildFly's transaction node identifier
# takes at most 23 bytes of it, so a longer (or non-ASCII) name is replaced by a hash of it, the
# same as NodeName.txNodeId computes (docs/adr/0015).
node_name=${THB_NODE_NAME:-$(hostname)}
export THB_NODE_NAME=$node_name
node_bytes=$(printf %s "$node_name" | wc -c)
if [[ $node_bytes -le 23 && $node_name =~ ^[!-~]+$ ]]; then
    tx_node_id=$node_name
else
    tx_node_id=n$(printf %s "$node_name" | sha256sum | cut -c1-22)
fi

export LAUNCH_JBOSS_IN_BACKGROUND=1
export JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx1g -Djava.awt.headless=true -Djava.net.preferIPv4Stack=true}"
"$jboss_home/bin/standalone.sh" -c thb-hub.xml -Dthb.db.driver="$driver" -Djboss.tx.node.id="$tx_node_id" &
server=$!
parent=$PPID
(
    while kill -0 "$parent" 2>/dev/null && kill -0 "$server" 2>/dev/null; do sleep 1; done
    kill -TERM "$server" 2>/dev/null
) &
stop() {
    kill -TERM "$server" 2>/dev/null
    wait "$server"
    exit 0
}
trap stop TERM INT HUP
wait "$server"
