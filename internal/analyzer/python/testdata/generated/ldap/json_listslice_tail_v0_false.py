# generated case: rule=PY-LDAP-INJECTION source=json propagation=listslice_tail sink=v0 expected=false
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/ldap", methods=["POST"])
def handle_ldap():
    param = request.get_json()["p"]
    values = [param, "safe", "moresafe"]
    bar = values[1:][0]
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return jsonify(result=result)
