# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=flask source=getlist shape=filter_format_two expected=false
import ldap

from flask import Flask, jsonify, request
from ldap.filter import filter_format

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00357", methods=["GET", "POST"])
def benchmark_test_00357():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, filter_format("(|(uid=%s)(mail=%s))", [bar, bar]))
    result = len(entries)
    return jsonify(result=str(result))
