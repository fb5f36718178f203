# Sourced by ./mvnw: makes sure Maven runs on a JDK 21 or newer (Vaadin 25 and Spring Boot 4 need it).
# Keeps JAVA_HOME when it already points at a JDK >= 21; otherwise looks at `java` on PATH and at the
# usual install locations and picks the newest JDK >= 21. See docs/adr/0002-jdk-discovery.md.
citypeers_java_major() {
  # prints the feature version of the java binary given as $1 (17, 21, 25 ...), or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
citypeers_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(citypeers_java_major "$JAVA_HOME/bin/java")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then return 0; fi
  fi
  best="" bestv=0
  set +f  # mvnw runs with globbing off; the search below needs it
  onpath=$(command -v javac 2>/dev/null || true)
  if [ -n "$onpath" ]; then
    onpath=$(readlink -f "$onpath" 2>/dev/null || printf %s "$onpath")
    set -- "$(dirname "$(dirname "$onpath")")"
  else
    set --
  fi
  for d in "$@" /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /opt/*jdk* "$HOME"/.sdkman/candidates/java/* \
           "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$d/bin/javac" ] || continue
    v=$(citypeers_java_major "$d/bin/java")
    [ -n "$v" ] || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best=$d bestv=$v; fi
  done
  set -f
  if [ -z "$best" ]; then
    echo "CityPeers needs a JDK 21 or newer, and none was found (JAVA_HOME=${JAVA_HOME-unset})." >&2
    echo "Install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21/25 from adoptium.net," >&2
    echo "or point JAVA_HOME at it, then run the command again." >&2
    exit 1
  fi
  JAVA_HOME=$best
  export JAVA_HOME
  [ "${MVNW_VERBOSE-}" = "" ] || echo "Using JDK $bestv at $JAVA_HOME" >&2
}
citypeers_find_jdk
