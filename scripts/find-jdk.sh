# Sourced by ./mvnw and ./coastwatch: finds a JDK of version 21 or newer and exports JAVA_HOME.
# Order: JAVA_HOME when it is a JDK 21+, else the newest JDK 21+ under /usr/lib/jvm (or
# COASTWATCH_JVM_DIR). Stops with a clear message when there is none.

coastwatch_jdk_major() {
  # Prints the major version of the JDK at $1 (empty when it is not a JDK).
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local release_file="$1/release" version
  if [ -f "$release_file" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$release_file")
  fi
  if [ -z "$version" ]; then
    version=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  version=${version#1.}
  printf '%s\n' "${version%%[.+-]*}"
}

coastwatch_find_jdk() {
  local required=21 candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(coastwatch_jdk_major "$JAVA_HOME") || major=0
    if [ "${major:-0}" -ge "$required" ] 2>/dev/null; then
      export JAVA_HOME
      return 0
    fi
  fi
  for candidate in "${COASTWATCH_JVM_DIR:-/usr/lib/jvm}"/*; do
    [ -d "$candidate" ] || continue
    [ -L "$candidate" ] && continue
    major=$(coastwatch_jdk_major "$candidate") || continue
    if [ "${major:-0}" -ge "$required" ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
      best=$candidate
      best_major=$major
    fi
  done
  if [ -z "$best" ]; then
    cat >&2 <<MSG
coastwatch: no JDK 21 or newer was found.
  JAVA_HOME is '${JAVA_HOME:-unset}'${JAVA_HOME:+ (not a JDK 21+)}, and ${COASTWATCH_JVM_DIR:-/usr/lib/jvm} holds none.
  Install one (for example Debian's openjdk-21-jdk, or a Temurin 21+ JDK) and run again,
  or point JAVA_HOME at it.
MSG
    return 1
  fi
  export JAVA_HOME=$best
}
