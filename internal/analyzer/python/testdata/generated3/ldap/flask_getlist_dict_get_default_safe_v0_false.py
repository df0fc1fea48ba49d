# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=flask source=getlist propagation=dict_get_default_safe sink=v0 expected=false
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00504", methods=["GET", "POST"])
def benchmark_test_00504():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")
    result = len(entries)
    return jsonify(result=str(result))
