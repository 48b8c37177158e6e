# docker version and docker info through Go templates.
docker version --format '{{.Server.Version}}'
docker version --format '{{.Client.Version}} {{.Client.APIVersion}}'
docker version --format '{{.Server.APIVersion}} {{.Server.MinAPIVersion}}'
docker version --format '{{.Foo}}'
docker version --format '{{.Server'
docker info --format '{{.ServerVersion}} {{.Driver}} {{.OSType}}'
docker info --format '{{.Containers}} {{.ContainersRunning}} {{.Swarm.LocalNodeState}}'
docker version extra
