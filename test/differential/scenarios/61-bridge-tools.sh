# Lesson 7: the same bridge through bridge(8) and brctl(8); a port per running container.
docker run -d --name dlt-n61a busybox sleep 3600
bridge link
brctl show
brctl show docker0
docker run -d --name dlt-n61b busybox sleep 3600
bridge link
bridge link show dev docker0
brctl show dlt-nosuch
bridge link foo
