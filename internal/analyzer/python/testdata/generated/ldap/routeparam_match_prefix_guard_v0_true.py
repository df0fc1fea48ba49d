# generated case: rule=PY-LDAP-INJECTION source=routeparam propagation=match_prefix_guard sink=v0 expected=true
import ldap
import re

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.route("/ldap/<p>")
def handle_ldap(p):
    param = p
    bar = param
    if not re.match(r"[a-z0-9]+", bar):
        abort(400)
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return jsonify(result=result)
