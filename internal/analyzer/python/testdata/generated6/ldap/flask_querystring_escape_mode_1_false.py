# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=flask source=querystring shape=escape_mode_1 sink=specific expected=false
import ldap
import urllib.parse

from flask import Flask, jsonify, request
from ldap.filter import escape_filter_chars

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00439", methods=["GET", "POST"])
def benchmark_test_00439():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(cn=%s)" % escape_filter_chars(bar, escape_mode=1))
    result = len(entries)
    return jsonify(result=str(result))
