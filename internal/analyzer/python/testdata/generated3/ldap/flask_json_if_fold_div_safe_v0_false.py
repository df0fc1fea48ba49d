# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=flask source=json propagation=if_fold_div_safe sink=v0 expected=false
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00492", methods=["POST"])
def benchmark_test_00492():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    num = 86
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")
    result = len(entries)
    return jsonify(result=str(result))
