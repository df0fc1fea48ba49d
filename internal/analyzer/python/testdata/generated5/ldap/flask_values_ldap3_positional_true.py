# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=flask source=values shape=ldap3_positional expected=true
import ldap3

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00344", methods=["GET", "POST"])
def benchmark_test_00344():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(LDAP_BASE, "(uid=" + bar + ")", attributes=["cn"])  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return jsonify(result=str(result))
