# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=flask source=cookie shape=strip_lower sink=v0 expected=true
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00125", methods=["GET", "POST"])
def benchmark_test_00125():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param.strip().lower()
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return jsonify(result=str(result))
