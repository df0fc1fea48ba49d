# generated case: rule=PY-LDAP-INJECTION source=json propagation=augmented_const sink=v0 expected=false
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/ldap", methods=["POST"])
def handle_ldap():
    param = request.get_json()["p"]
    bar = "x"
    tmp = param
    bar += "y"
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return jsonify(result=result)
