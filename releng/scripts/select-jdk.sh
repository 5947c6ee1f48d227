# Sourced (POSIX sh) by ./mvnw, ./interphase and .ci/run: makes JAVA_HOME point at a JDK >= 21.
# Order: an existing JAVA_HOME that is new enough, `java` on the PATH, then the JDKs under /usr/lib/jvm
# (newest first). Stops with a clear message when none qualifies.
#
# Every ./interphase command sources this before it starts java, so it starts as few programs as it can
# (docs/engine.md, "Start-up"): with JAVA_HOME set, none; without, `readlink` (where `java` on the PATH
# leads) and nothing else: the JDKs' versions are read from their `release` files by the shell itself,
# and /usr/lib/jvm is listed by a glob, not by find and sort.

# _major: the JDK's major version; its release file says it without starting a JVM (about 50 ms of every
# ./interphase command), read by the shell itself; a JDK without one is asked
interphase_java_major() {
  _major=
  if [ -f "$1/release" ]; then
    while IFS= read -r _l; do
      case $_l in
        JAVA_VERSION=\"[0-9]*)
          _major=${_l#JAVA_VERSION=\"}
          _major=${_major%%[!0-9]*}
          return 0 ;;
      esac
    done < "$1/release"
  fi
  _major=$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1)
}
# the first candidate that qualifies: JAVA_HOME; else `java` on the PATH; else the JDKs under /usr/lib/jvm,
# newest first. Each candidate is looked at only when the ones before it did not qualify (with JAVA_HOME set,
# a command of the launcher starts no other program here); INTERPHASE_JAVA_MAJOR is its major version
interphase_jdk_is_one() {
  [ -n "$1" ] && [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ]
}
interphase_jdk_ok() {
  _cand=${1%/}
  interphase_jdk_is_one "$_cand" || return 1
  interphase_java_major "$_cand"
  [ -n "$_major" ] && [ "$_major" -ge 21 ] || return 1
  JAVA_HOME=$_cand; export JAVA_HOME; INTERPHASE_JAVA_MAJOR=$_major
}
# the JDKs under /usr/lib/jvm, newest first: the highest major version of those with a release file
# (on a tie, the last name: temurin-25-jdk before java-25-openjdk, as `sort -rV` of the names had it);
# then, if none of those qualifies, the others (no release file: each asked) in that order of names
interphase_jvm_dirs() {
  _best=; _bestmajor=0; _others=
  case $- in *f*) set +f; _noglob=1 ;; *) _noglob= ;; esac
  for _cand in /usr/lib/jvm/*; do
    interphase_jdk_is_one "$_cand" || continue
    if [ -f "$_cand/release" ]; then
      interphase_java_major "$_cand"
      if [ -n "$_major" ] && [ "$_major" -ge "$_bestmajor" ]; then
        _best=$_cand; _bestmajor=$_major
      fi
    else
      _others="$_cand $_others"
    fi
  done
  [ -z "$_noglob" ] || set -f
}
interphase_select_jdk() {
  interphase_jdk_ok "${JAVA_HOME-}" && return 0
  if _java=$(command -v java) && _java=$(readlink -f "$_java") && interphase_jdk_ok "${_java%/*/*}"; then
    return 0
  fi
  interphase_jvm_dirs
  interphase_jdk_ok "$_best" && return 0
  for _cand in $_others; do
    interphase_jdk_ok "$_cand" && return 0
  done
  echo "interphase: no JDK 21 or newer found (checked JAVA_HOME, PATH and /usr/lib/jvm)." >&2
  echo "interphase: install one (for example Temurin 25) and set JAVA_HOME to it." >&2
  return 1
}
interphase_select_jdk || exit 1
