# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=flask source=querystring shape=alnum_guard expected=false
import ldap
import urllib.parse

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00366", methods=["GET", "POST"])
def benchmark_test_00366():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    if not bar.isalnum():
        abort(400)
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return jsonify(result=str(result))
