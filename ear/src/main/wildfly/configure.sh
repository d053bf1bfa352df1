#!/usr/bin/env bash
# Configures the unpacked WildFly for THB Hub and deploys the EAR and the PostgreSQL driver.
# Always starts from the distribution's own standalone.xml, so running it twice is harmless.
# Usage: configure.sh <jboss-home> <thb-hub.ear> <postgresql.jar>
set -euo pipefail
jboss_home=$1 ear=$2 pg_driver=$3
here=$(cd "$(dirname "$0")" && pwd)
config_dir=$jboss_home/standalone/configuration

cp "$config_dir/standalone.xml" "$config_dir/thb-hub.xml"
rm -rf "$config_dir/thb-demo-realm" "$config_dir/standalone_xml_history/current"
"$jboss_home/bin/jboss-cli.sh" --file="$here/thb-hub.cli" > "$jboss_home/../wildfly-configure.log" 2>&1 || {
    cat "$jboss_home/../wildfly-configure.log" >&2
    exit 1
}

deployments=$jboss_home/standalone/deployments
rm -f "$deployments"/*.ear* "$deployments"/*.jar*
cp "$pg_driver" "$deployments/postgresql.jar"
cp "$ear" "$deployments/thb-hub.ear"
echo "WildFly configured in $jboss_home (thb-hub.xml); thb-hub.ear deployed."
