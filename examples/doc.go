// Package examples holds configurations a deployment can copy: a CI
// workflow that compiles and publishes probes (ci/) and a Kubernetes
// DaemonSet that runs one on every node (kubernetes/). Its test checks them.
package examples
