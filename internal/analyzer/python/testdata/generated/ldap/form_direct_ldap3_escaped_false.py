# generated case: rule=PY-LDAP-INJECTION source=form propagation=direct sink=ldap3_escaped expected=false
from flask import Flask, jsonify, request
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)


@app.route("/ldap", methods=["POST"])
def handle_ldap():
    param = request.form["p"]
    bar = param
    conn = Connection(Server("ldap://ldap.example.com"), auto_bind=True)
    conn.search("ou=people,dc=example,dc=com", "(cn=" + escape_filter_chars(bar) + ")")
    result = len(conn.entries)
    return jsonify(result=result)
