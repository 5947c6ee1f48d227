# Sourced (POSIX sh) by ./mvnw, ./interphase and .ci/run: makes JAVA_HOME point at a JDK >= 21.
# Order: an existing JAVA_HOME that is new enough, `java` on the PATH, then the JDKs under
# /usr/lib/jvm (newest first). Stops with a clear message when none qualifies.
interphase_java_major() {
  # the JDK's release file says it without starting a JVM (about 50 ms of every ./interphase command);
  # a JDK without one is asked
  if [ -f "$1/release" ]; then
    _v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" | head -n 1)
    if [ -n "$_v" ]; then
      echo "$_v"
      return 0
    fi
  fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}
interphase_select_jdk() {
  _min=21
  for _cand in "${JAVA_HOME-}" \
      "$(command -v java >/dev/null 2>&1 && dirname "$(dirname "$(readlink -f "$(command -v java)")")")" \
      $(find /usr/lib/jvm -mindepth 1 -maxdepth 1 2>/dev/null | sort -rV); do
    _cand=${_cand%/}
    [ -n "$_cand" ] && [ -x "$_cand/bin/java" ] && [ -x "$_cand/bin/javac" ] || continue
    _major=$(interphase_java_major "$_cand")
    if [ -n "$_major" ] && [ "$_major" -ge "$_min" ]; then
      JAVA_HOME=$_cand; export JAVA_HOME; return 0
    fi
  done
  echo "interphase: no JDK $_min or newer found (checked JAVA_HOME, PATH and /usr/lib/jvm)." >&2
  echo "interphase: install one (for example Temurin 25) and set JAVA_HOME to it." >&2
  return 1
}
interphase_select_jdk || exit 1
