# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=flask source=querystring propagation=thing_factory sink=v0 expected=true
import ldap
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.route("/00516", methods=["GET", "POST"])
def benchmark_test_00516():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    thing = make_thing()
    bar = thing.do_something(param)
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return jsonify(result=str(result))
