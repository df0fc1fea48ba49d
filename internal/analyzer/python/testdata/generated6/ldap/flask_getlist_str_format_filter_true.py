# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=flask source=getlist shape=str_format_filter sink=specific expected=true
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00436", methods=["GET", "POST"])
def benchmark_test_00436():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(uid={})(active=TRUE))".format(bar))  # want: PY-LDAP-INJECTION
    result = len(entries)
    return jsonify(result=str(result))
