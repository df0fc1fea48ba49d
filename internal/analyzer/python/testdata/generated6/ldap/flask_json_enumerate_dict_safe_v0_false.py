# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=flask source=json shape=enumerate_dict_safe sink=v0 expected=false
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00163", methods=["POST"])
def benchmark_test_00163():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    by_pos = dict(enumerate(["safe", param]))
    bar = by_pos[0]
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")
    result = len(entries)
    return jsonify(result=str(result))
