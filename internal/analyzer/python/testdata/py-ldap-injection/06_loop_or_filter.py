# LDAP injection: OR filter built in a loop over multiple uid query values
from flask import Flask, jsonify, request
from ldap3 import Connection, Server

app = Flask(__name__)


@app.route("/directory/batch")
def batch():
    parts = ""
    for uid in request.args.getlist("uid"):
        parts += "(uid=" + uid + ")"
    conn = Connection(Server("ldap.corp.example"), auto_bind=True)
    conn.search("ou=people,dc=corp,dc=example", "(|" + parts + ")", attributes=["mail"])  # want: PY-LDAP-INJECTION
    return jsonify(mails=[str(e.mail) for e in conn.entries])
