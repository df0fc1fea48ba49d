# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=flask source=cookie shape=paged_search expected=true
import ldap3

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00353", methods=["GET", "POST"])
def benchmark_test_00353():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    gen = conn.extend.standard.paged_search(LDAP_BASE, "(uid=" + bar + ")", attributes=["cn"], paged_size=50, generator=True)  # want: PY-LDAP-INJECTION
    result = sum(1 for _ in gen)
    return jsonify(result=str(result))
