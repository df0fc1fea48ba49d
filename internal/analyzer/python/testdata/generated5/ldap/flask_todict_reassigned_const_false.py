# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=flask source=todict shape=reassigned_const expected=false
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00362", methods=["GET", "POST"])
def benchmark_test_00362():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    uid = bar
    uid = "guest"
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=" + uid + ")")
    result = len(entries)
    return jsonify(result=str(result))
