#!/bin/sh
# CI: interphase run --executor slurm on a one-node Slurm cluster (Debian's slurm-wlm and munge, as
# root; /work/shared/build-notes.md, last section), against a local run of the same sweep: the
# gathered OUT must hold the same files, byte for byte (timing.json, the run's wall time, the job's
# own OUT/.slurm and the local run's empty lock file OUT/.lock aside). Starts munged, slurmctld and slurmd, and stops them again (by the
# pids in their pid files) however the script ends. Needs the product built (./interphase builds it).
set -eu
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
if ! command -v sbatch >/dev/null 2>&1 || ! command -v munged >/dev/null 2>&1; then
  echo "== installing slurm-wlm and munge"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null
fi
WORK=$(mktemp -d /tmp/interphase-slurm.XXXXXX)
HOST=$(hostname)
stop() {
  for pid in "$WORK/slurmd.pid" "$WORK/slurmctld.pid"; do
    [ -s "$pid" ] && kill "$(cat "$pid")" 2>/dev/null || true
  done
  [ -s /run/munge/munged.pid ] && kill "$(cat /run/munge/munged.pid)" 2>/dev/null || true
  sleep 1
  rm -rf "$WORK"
}
trap stop EXIT

# munge: a key of 1024 random bytes, owned by munge, read-only
mkdir -p /etc/munge /run/munge /var/lib/munge /var/log/munge
[ -s /etc/munge/munge.key ] || dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 2>/dev/null
chown munge:munge /etc/munge/munge.key /run/munge /var/lib/munge /var/log/munge
chmod 400 /etc/munge/munge.key
munged --force 2>/dev/null || munged --force

mkdir -p "$WORK/state" "$WORK/spool" /etc/slurm
cat > /etc/slurm/slurm.conf <<CONF
ClusterName=interphase-ci
SlurmctldHost=$HOST
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
StateSaveLocation=$WORK/state
SlurmdSpoolDir=$WORK/spool
SlurmctldPidFile=$WORK/slurmctld.pid
SlurmdPidFile=$WORK/slurmd.pid
SlurmctldLogFile=$WORK/slurmctld.log
SlurmdLogFile=$WORK/slurmd.log
NodeName=$HOST CPUs=$(nproc) RealMemory=4000 State=UNKNOWN
PartitionName=debug Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
CONF
slurmctld
slurmd
for _ in $(seq 1 30); do
  sinfo -h -o '%t' 2>/dev/null | grep -q idle && break
  sleep 1
done
sinfo

# a sweep of three points and a study (3 cycles each, so that CI stays quick): the input SlurmTest runs
mkdir -p "$WORK/project"
cp tests/org.interphase.cli.tests/data/slurm/sweep.cell "$WORK/project/sweep.cell"
echo "== local run"
./interphase run "$WORK/project" --out "$WORK/local" --threads 1 > "$WORK/local.txt"
echo "== the same through Slurm (an array of 2 tasks and a gather job)"
./interphase run "$WORK/project" --out "$WORK/slurm" --executor slurm --array-size 2 --time 00:10:00 \
  --sbatch=--mem=1000 --wait
if ! diff -r -x .slurm -x .lock -x timing.json "$WORK/local" "$WORK/slurm"; then
  echo "the gathered results differ from the local run's" >&2
  exit 1
fi
echo "== identical: $(cd "$WORK/local" && find . -type f ! -name timing.json ! -name .lock | wc -l) files, byte for byte"
echo "== resubmitted: every run is served from the cache"
./interphase run "$WORK/project" --out "$WORK/slurm" --executor slurm --array-size 2 --wait > "$WORK/again.txt"
cat "$WORK/slurm/.slurm/logs/task-"*.out | grep -c "(cached)" | grep -qx 4 || {
  echo "the resubmitted tasks ran again instead of serving from the cache:" >&2
  cat "$WORK/slurm/.slurm/logs/task-"*.out >&2
  exit 1
}
