# generated case: rule=PY-LDAP-INJECTION source=args propagation=startswith_choice sink=v0 expected=false
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/ldap")
def handle_ldap():
    param = request.args.get("p", "")
    bar = "yes" if param.startswith("a") else "no"
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return jsonify(result=result)
