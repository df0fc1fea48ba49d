# generated case: rule=PY-LDAP-INJECTION source=values propagation=dict_setlater sink=v0 expected=true
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/ldap")
def handle_ldap():
    param = request.values.get("p", "")
    m = {"keyA": "a_Value", "keyB": "b_Value"}
    m["keyA"] = param
    bar = m["keyA"]
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return jsonify(result=result)
