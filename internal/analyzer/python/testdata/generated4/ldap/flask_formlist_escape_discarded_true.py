# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=flask source=formlist shape=escape_discarded sink=specific expected=true
import ldap

from flask import Flask, jsonify, request
from ldap.filter import escape_filter_chars

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00507", methods=["POST"])
def benchmark_test_00507():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    escape_filter_chars(bar)
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return jsonify(result=str(result))
