# generated case: rule=PY-LDAP-INJECTION source=routeparam propagation=copy sink=v0 expected=true
import copy
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/ldap/<p>")
def handle_ldap(p):
    param = p
    bar = copy.copy(param)
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return jsonify(result=result)
