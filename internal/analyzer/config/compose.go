package config

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/secaudit/secaudit/internal/report"
)

func analyzeCompose(c *fileCtx, data []byte) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		c.res.errs = append(c.res.errs, report.ErrorEntry{Analyzer: ID, Path: c.rel, Kind: "parse", Message: "YAML: " + err.Error()})
		return
	}
	c.res.kind, c.res.label = kindCompose, c.rel
	root := deref(&doc)
	if root != nil && root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
		root = deref(root.Content[0])
	}
	services := mapGet(root, "services")
	if services == nil || services.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(services.Content); i += 2 {
		name, svc := services.Content[i].Value, deref(services.Content[i+1])
		if svc == nil || svc.Kind != yaml.MappingNode {
			continue
		}
		checkService(c, name, svc)
	}
}

// deref follows YAML aliases (*anchor) to the node they name.
func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && i < 10; i++ {
		n = n.Alias
	}
	return n
}

// mapGet returns a mapping's value for a key, including keys merged with <<.
func mapGet(m *yaml.Node, key string) *yaml.Node {
	return mapGetDepth(m, key, 0)
}

func mapGetDepth(m *yaml.Node, key string, depth int) *yaml.Node {
	m = deref(m)
	if m == nil || m.Kind != yaml.MappingNode || depth > 10 {
		return nil
	}
	var merged *yaml.Node
	for i := 0; i+1 < len(m.Content); i += 2 {
		k := m.Content[i].Value
		if k == key {
			return deref(m.Content[i+1])
		}
		if k == "<<" && merged == nil {
			merged = mapGetDepth(m.Content[i+1], key, depth+1)
		}
	}
	return merged
}

func scalar(n *yaml.Node) string {
	if n = deref(n); n != nil && n.Kind == yaml.ScalarNode {
		return n.Value
	}
	return ""
}

func checkService(c *fileCtx, name string, svc *yaml.Node) {
	image := scalar(mapGet(svc, "image"))
	if db := databaseImage(image); db != "" {
		checkPorts(c, name, db, mapGet(svc, "ports"))
	}
	checkEnvironment(c, name, mapGet(svc, "environment"))
	if n := mapGet(svc, "privileged"); n != nil && scalar(n) == "true" {
		c.report("CFG-COMPOSE-PRIVILEGED", n.Line, n.Column, fmt.Sprintf("service %s runs privileged", name))
	}
	for _, k := range []string{"network_mode", "pid", "ipc"} {
		if n := mapGet(svc, k); n != nil && scalar(n) == "host" {
			c.report("CFG-COMPOSE-PRIVILEGED", n.Line, n.Column, fmt.Sprintf("service %s uses %s: host", name, k))
		}
	}
	if vols := mapGet(svc, "volumes"); vols != nil && vols.Kind == yaml.SequenceNode {
		for _, v := range vols.Content {
			src := scalar(v)
			if v = deref(v); v != nil && v.Kind == yaml.MappingNode {
				src = scalar(mapGet(v, "source"))
			}
			src, _, _ = strings.Cut(src, ":")
			if src == "/var/run/docker.sock" || src == "/run/docker.sock" {
				c.report("CFG-COMPOSE-PRIVILEGED", v.Line, v.Column, fmt.Sprintf("service %s mounts the Docker socket", name))
			}
		}
	}
}

var databases = []string{"postgres", "postgis", "timescaledb", "mysql", "mariadb", "percona", "mongo", "redis", "valkey", "memcached",
	"elasticsearch", "opensearch", "cassandra", "scylla", "couchdb", "couchbase", "mssql", "neo4j", "influxdb", "clickhouse", "rethinkdb", "cockroach"}

// databaseImage returns the database an image runs ("postgres"), or "".
func databaseImage(image string) string {
	if image == "" {
		return ""
	}
	ref, _, _ := strings.Cut(strings.ToLower(image), "@")
	for _, part := range strings.Split(ref, "/") {
		part, _, _ = strings.Cut(part, ":")
		for _, db := range databases {
			if strings.HasPrefix(part, db) {
				return db
			}
		}
	}
	return ""
}

// checkPorts reports published ports not bound to loopback.
func checkPorts(c *fileCtx, svc, db string, ports *yaml.Node) {
	if ports == nil || ports.Kind != yaml.SequenceNode {
		return
	}
	for _, p := range ports.Content {
		p = deref(p)
		var hostIP, published string
		if p.Kind == yaml.MappingNode {
			hostIP, published = scalar(mapGet(p, "host_ip")), scalar(mapGet(p, "published"))
			if published == "" {
				published = scalar(mapGet(p, "target")) // published to a random host port
			}
		} else {
			hostIP, published = splitPortSpec(scalar(p))
		}
		if published == "" || loopback(hostIP) {
			continue
		}
		c.report("CFG-COMPOSE-DB-PORT-PUBLISHED", p.Line, p.Column, fmt.Sprintf("service %s (%s) publishes port %s on all interfaces", svc, db, published))
	}
}

// splitPortSpec parses [ip:][host:]container[/proto]; IPv6 in brackets.
func splitPortSpec(s string) (ip, hostPort string) {
	s, _, _ = strings.Cut(s, "/")
	if strings.HasPrefix(s, "[") {
		if j := strings.Index(s, "]:"); j > 0 {
			ip, s = s[1:j], s[j+2:]
			h, ctr, _ := strings.Cut(s, ":")
			if h == "" {
				h = ctr
			}
			return ip, h
		}
	}
	parts := strings.Split(s, ":")
	switch len(parts) {
	case 1:
		return "", parts[0]
	case 2:
		return "", parts[0]
	default:
		h := parts[len(parts)-2]
		if h == "" {
			h = parts[len(parts)-1]
		}
		return strings.Join(parts[:len(parts)-2], ":"), h
	}
}

// loopback reports whether an address (compose host_ip, nginx listen
// argument) is reachable from this host only.
func loopback(addr string) bool {
	return strings.HasPrefix(addr, "127.") || addr == "::1" || strings.HasPrefix(addr, "[::1]") ||
		strings.HasPrefix(addr, "localhost") || strings.HasPrefix(addr, "unix:")
}

// checkEnvironment reports literal secrets in a service's environment (map
// or list form). ${VAR} interpolation and *_FILE variables are fine.
func checkEnvironment(c *fileCtx, svc string, env *yaml.Node) {
	if env == nil {
		return
	}
	check := func(k, v string, n *yaml.Node) {
		if secretKeyName(k) && v != "" && !strings.Contains(v, "$") {
			c.report("CFG-COMPOSE-DEFAULT-PASSWORD", n.Line, n.Column, fmt.Sprintf("service %s sets %s to a literal value", svc, k))
		}
	}
	switch env.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(env.Content); i += 2 {
			v := deref(env.Content[i+1])
			if v != nil && v.Kind == yaml.ScalarNode && v.Tag != "!!null" {
				check(env.Content[i].Value, v.Value, env.Content[i])
			}
		}
	case yaml.SequenceNode:
		for _, item := range env.Content {
			if k, v, ok := strings.Cut(scalar(item), "="); ok {
				check(k, v, item)
			}
		}
	}
}
