# A container's life through the CLI: run, ps, inspect -f, stop, start, rm.
docker run -d --name dlt-life busybox sleep 3600
docker ps --format '{{.Names}} {{.Image}} {{.Command}} {{.State}}'
docker inspect -f '{{.State.Status}} {{.State.Running}} {{.State.ExitCode}} {{.Name}}' dlt-life
docker inspect -f '{{.Config.Cmd}} {{.Config.Image}} {{.HostConfig.NetworkMode}}' dlt-life
docker stop -t 1 dlt-life
docker inspect -f '{{.State.Status}} {{.State.Running}} {{.State.ExitCode}}' dlt-life
docker ps --format '{{.Names}}'
docker ps -a --format '{{.Names}} {{.State}}'
docker start dlt-life
docker inspect -f '{{.State.Status}} {{.RestartCount}}' dlt-life
docker rm -f dlt-life
docker ps -a --format '{{.Names}}'
