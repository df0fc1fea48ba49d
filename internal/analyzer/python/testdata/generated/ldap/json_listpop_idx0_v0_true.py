# generated case: rule=PY-LDAP-INJECTION source=json propagation=listpop_idx0 sink=v0 expected=true
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/ldap", methods=["POST"])
def handle_ldap():
    param = request.get_json()["p"]
    values = ["safe", param, "moresafe"]
    values.pop(0)
    bar = values[0]
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return jsonify(result=result)
