# generated case (gen8): category=ldap rule=PY-LDAP-INJECTION fw=flask shape=escape_rdn_in_filter expected=true
import ldap3
from ldap3.utils.dn import escape_rdn
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

BASE_DN = "ou=people,dc=example,dc=org"
SERVER = ldap3.Server("ldap://ldap.example.org")


@app.route("/ldap_escape_rdn_in_filter", methods=["GET", "POST"])
def case_escape_rdn_in_filter():
    param = request.form.get("q", "")
    uid = escape_rdn(param)
    conn = ldap3.Connection(SERVER, auto_bind=True)
    conn.search(BASE_DN, "(uid=" + uid + ")")  # want: PY-LDAP-INJECTION
    return jsonify(result=str(len(conn.entries)))
