# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=flask source=paramnames shape=dn_escape_in_filter expected=true
import ldap

from flask import Flask, jsonify, request
from ldap.dn import escape_dn_chars

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00349", methods=["GET", "POST"])
def benchmark_test_00349():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(cn=" + escape_dn_chars(bar) + ")")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return jsonify(result=str(result))
