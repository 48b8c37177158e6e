# $$ is the shell's PID as ps shows it where the shell runs: a container's own command is PID 1
# of its namespace. (An exec'd shell's PID depends on how many threads runc init took: not here.)
docker run --rm busybox sh -c 'echo $$'
docker run --rm ubuntu bash -c 'echo $$'
docker run --rm alpine sh -c 'echo $$ $(echo $$)'
