# generated case: rule=PY-LDAP-INJECTION source=args propagation=direct sink=ldap3_search expected=true
from flask import Flask, jsonify, request
from ldap3 import Connection, Server

app = Flask(__name__)


@app.route("/ldap")
def handle_ldap():
    param = request.args.get("p", "")
    bar = param
    conn = Connection(Server("ldap://ldap.example.com"), auto_bind=True)
    conn.search("ou=people,dc=example,dc=com", "(cn=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return jsonify(result=result)
