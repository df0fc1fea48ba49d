# generated case (gen8): category=ldap rule=PY-LDAP-INJECTION fw=flask shape=instance_field_const expected=false
import ldap3
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

BASE_DN = "ou=people,dc=example,dc=org"
SERVER = ldap3.Server("ldap://ldap.example.org")


class Lookup:
    def __init__(self, requested):
        self.requested = requested
        self.group = "staff"

    def filter(self):
        return "(memberOf=cn=" + self.group + ",ou=groups,dc=example,dc=org)"


@app.route("/ldap_instance_field_const", methods=["GET", "POST"])
def case_instance_field_const():
    param = request.args.get("q", "")
    lk = Lookup(param)
    conn = ldap3.Connection(SERVER, auto_bind=True)
    conn.search(BASE_DN, lk.filter())
    return jsonify(result=str(len(conn.entries)))
