# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=flask source=querystring shape=ldap3_escape sink=specific expected=false
import ldap3
import urllib.parse

from flask import Flask, jsonify, request
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00503", methods=["GET", "POST"])
def benchmark_test_00503():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(LDAP_BASE, "(uid=" + escape_filter_chars(bar) + ")")
    result = len(conn.entries)
    return jsonify(result=str(result))
