# generated case: rule=PY-LDAP-INJECTION source=data propagation=listpop_idx1 sink=v0 expected=false
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/ldap", methods=["POST"])
def handle_ldap():
    param = request.data.decode("utf-8")
    values = ["safe", param, "moresafe"]
    values.pop(0)
    bar = values[1]
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return jsonify(result=result)
