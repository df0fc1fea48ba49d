# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=flask source=json shape=escape_wrong_var expected=true
import ldap

from flask import Flask, jsonify, request
from ldap.filter import escape_filter_chars

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00348", methods=["POST"])
def benchmark_test_00348():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    safe_value = escape_filter_chars(bar)
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries) + len(safe_value)
    return jsonify(result=str(result))
