# generated case: rule=PY-LDAP-INJECTION source=argstypeint propagation=direct sink=v0 expected=false
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/ldap")
def handle_ldap():
    param = str(request.args.get("p", default=0, type=int))
    bar = param
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return jsonify(result=result)
