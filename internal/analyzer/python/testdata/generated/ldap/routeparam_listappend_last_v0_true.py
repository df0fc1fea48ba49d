# generated case: rule=PY-LDAP-INJECTION source=routeparam propagation=listappend_last sink=v0 expected=true
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/ldap/<p>")
def handle_ldap(p):
    param = p
    values = ["safe", "moresafe"]
    values.append(param)
    bar = values[2]
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return jsonify(result=result)
