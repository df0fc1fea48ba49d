# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=flask source=cookie shape=filter_format sink=specific expected=false
import ldap

from flask import Flask, jsonify, request
from ldap.filter import filter_format

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00501", methods=["GET", "POST"])
def benchmark_test_00501():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, filter_format("(uid=%s)", [bar]))
    result = len(entries)
    return jsonify(result=str(result))
