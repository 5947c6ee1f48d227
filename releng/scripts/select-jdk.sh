# Sourced (POSIX sh) by ./mvnw, ./interphase and .ci/run: makes JAVA_HOME point at a JDK >= 21.
# Order: an existing JAVA_HOME that is new enough, `java` on the PATH, then the JDKs under
# /usr/lib/jvm (newest first). Stops with a clear message when none qualifies.
interphase_java_major() {
  # the JDK's release file says it without starting a JVM (about 50 ms of every ./interphase command);
  # a JDK without one is asked
  # (read by the shell itself: no sed per command)
  if [ -f "$1/release" ]; then
    while IFS= read -r _l; do
      case $_l in
        JAVA_VERSION=\"[0-9]*)
          _v=${_l#JAVA_VERSION=\"}
          echo "${_v%%[!0-9]*}"
          return 0 ;;
      esac
    done < "$1/release"
  fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}
# the first candidate that qualifies: JAVA_HOME; else `java` on the PATH; else the JDKs under /usr/lib/jvm,
# newest first. Each candidate is looked at only when the ones before it did not qualify (with JAVA_HOME set,
# a command of the launcher starts no other program here); INTERPHASE_JAVA_MAJOR is its major version
interphase_jdk_ok() {
  _cand=${1%/}
  [ -n "$_cand" ] && [ -x "$_cand/bin/java" ] && [ -x "$_cand/bin/javac" ] || return 1
  _major=$(interphase_java_major "$_cand")
  [ -n "$_major" ] && [ "$_major" -ge 21 ] || return 1
  JAVA_HOME=$_cand; export JAVA_HOME; INTERPHASE_JAVA_MAJOR=$_major
}
interphase_select_jdk() {
  interphase_jdk_ok "${JAVA_HOME-}" && return 0
  if command -v java >/dev/null 2>&1 \
      && interphase_jdk_ok "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"; then
    return 0
  fi
  for _cand in $(find /usr/lib/jvm -mindepth 1 -maxdepth 1 2>/dev/null | sort -rV); do
    interphase_jdk_ok "$_cand" && return 0
  done
  echo "interphase: no JDK 21 or newer found (checked JAVA_HOME, PATH and /usr/lib/jvm)." >&2
  echo "interphase: install one (for example Temurin 25) and set JAVA_HOME to it." >&2
  return 1
}
interphase_select_jdk || exit 1
