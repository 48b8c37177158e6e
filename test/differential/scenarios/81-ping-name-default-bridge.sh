# Lesson 8 (learners' mistake 2): the default bridge has no embedded DNS, so names do not
# resolve there: busybox's ping and wget both say "bad address".
docker run -d --name dlt-na busybox sleep 3600
docker run -d --name dlt-nb busybox sleep 3600
docker exec dlt-na ping -c 1 dlt-nb
docker exec dlt-na wget -qO- dlt-nb
docker exec dlt-na ping -c 1 localhost
