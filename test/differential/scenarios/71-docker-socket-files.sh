# Lessons 1 and 3: the daemon's socket is a unix socket owned root:docker, mode 660, reached
# through the /var/run -> /run symlink; /var/lib/docker is root's alone.
ls -l /var/run/docker.sock | cut -d' ' -f1-4
stat -c '%U %G %a %A %F' /var/run/docker.sock
stat -L -c '%F' /var/run
stat -c '%N' /var/run
ls -ld /var/run | cut -d' ' -f1-5
ls -ld /var/lib/docker | cut -d' ' -f1,3,4
stat -c '%a %U %G' /var/lib/docker/containers
ls /nonexistent
ls -d /tmp /nonexistent
stat /nonexistent
stat -c '%F %a' /tmp
