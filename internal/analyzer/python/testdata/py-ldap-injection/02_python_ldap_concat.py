# LDAP injection: python-ldap search_s with a concatenated cn filter
import ldap
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/groups/members")
def members():
    group = request.args.get("group", "")
    l = ldap.initialize("ldap://ldap.corp.example")
    results = l.search_s("ou=groups,dc=corp,dc=example", ldap.SCOPE_SUBTREE, "(cn=" + group + ")", ["member"])  # want: PY-LDAP-INJECTION
    return jsonify(count=len(results))
