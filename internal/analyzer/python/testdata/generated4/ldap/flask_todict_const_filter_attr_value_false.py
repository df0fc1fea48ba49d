# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=flask source=todict shape=const_filter_attr_value sink=specific expected=false
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00509", methods=["GET", "POST"])
def benchmark_test_00509():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=admin)", ["cn", "mail"])
    result = len(entries) + len(bar)
    return jsonify(result=str(result))
