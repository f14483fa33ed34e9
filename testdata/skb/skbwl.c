// skbwl.c: the workload of the skboutput test (e2e/skboutput_test.go),
// built statically with gcc and run inside the guest kernels. Its comm is
// "skbwl": it brings the loopback interface up and sends two UDP
// datagrams of 13 bytes ("bpftc-skb-N!\n") from 127.0.0.1:4242 to
// 127.0.0.1:4343, where a socket of its own receives them (so that no
// ICMP error goes out).
#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void) {
	int s = socket(AF_INET, SOCK_DGRAM, 0);
	if (s < 0) {
		perror("socket");
		return 1;
	}
	struct ifreq ifr;
	memset(&ifr, 0, sizeof(ifr));
	strcpy(ifr.ifr_name, "lo");
	if (ioctl(s, SIOCGIFFLAGS, &ifr) == 0 && !(ifr.ifr_flags & IFF_UP)) {
		ifr.ifr_flags |= IFF_UP;
		if (ioctl(s, SIOCSIFFLAGS, &ifr) != 0)
			perror("SIOCSIFFLAGS");
	}
	struct sockaddr_in src = {.sin_family = AF_INET, .sin_port = htons(4242)};
	struct sockaddr_in dst = {.sin_family = AF_INET, .sin_port = htons(4343)};
	src.sin_addr.s_addr = dst.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	int r = socket(AF_INET, SOCK_DGRAM, 0);
	if (r < 0 || bind(s, (struct sockaddr *)&src, sizeof(src)) != 0 ||
	    bind(r, (struct sockaddr *)&dst, sizeof(dst)) != 0) {
		perror("bind");
		return 1;
	}
	char msg[] = "bpftc-skb-0!\n";
	for (int i = 1; i <= 2; i++) {
		msg[10] = '0' + i;
		if (sendto(s, msg, 13, 0, (struct sockaddr *)&dst, sizeof(dst)) != 13) {
			perror("sendto");
			return 1;
		}
	}
	char buf[64];
	for (int i = 1; i <= 2; i++)
		if (recv(r, buf, sizeof(buf), 0) != 13) {
			perror("recv");
			return 1;
		}
	close(r);
	close(s);
	return 0;
}
