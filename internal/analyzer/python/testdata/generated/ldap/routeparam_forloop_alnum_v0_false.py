# generated case: rule=PY-LDAP-INJECTION source=routeparam propagation=forloop_alnum sink=v0 expected=false
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/ldap/<p>")
def handle_ldap(p):
    param = p
    bar = ""
    for c in param:
        if c.isalnum():
            bar += c
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return jsonify(result=result)
