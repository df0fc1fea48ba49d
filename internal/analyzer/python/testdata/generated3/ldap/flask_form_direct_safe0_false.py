# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=flask source=form propagation=direct sink=safe0 expected=false
import ldap

from flask import Flask, jsonify, request
from ldap.filter import escape_filter_chars

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00524", methods=["POST"])
def benchmark_test_00524():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + escape_filter_chars(bar) + "))")
    result = len(entries)
    return jsonify(result=str(result))
