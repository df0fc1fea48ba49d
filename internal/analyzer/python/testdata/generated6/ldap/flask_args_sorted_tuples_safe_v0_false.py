# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=flask source=args shape=sorted_tuples_safe sink=v0 expected=false
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00179", methods=["GET", "POST"])
def benchmark_test_00179():
    param = request.args.get("BenchmarkTest", "")
    ranked = sorted([("b", param), ("a", "safe")])
    bar = ranked[0][1]
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")
    result = len(entries)
    return jsonify(result=str(result))
