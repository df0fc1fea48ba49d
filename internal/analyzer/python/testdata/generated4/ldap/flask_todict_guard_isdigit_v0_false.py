# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=flask source=todict shape=guard_isdigit sink=v0 expected=false
import ldap

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00159", methods=["GET", "POST"])
def benchmark_test_00159():
    param = request.args.to_dict().get("BenchmarkTest", "")
    if not param.isdigit():
        abort(400)
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")
    result = len(entries)
    return jsonify(result=str(result))
