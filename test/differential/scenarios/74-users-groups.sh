# Lesson 1's tools on accounts that every Debian/Ubuntu host has (run as root).
id
id -un
groups
whoami
id nobody
id -gn nobody
groups nobody
getent passwd nobody
getent group nogroup
getent group dlt-nosuchgroup
su nobody -c id
su dlt-nosuchuser
usermod -aG dlt-nosuchgroup nobody
gpasswd -d nobody nogroup
