# LDAP injection: login helper searches the user DN with search_ext_s and a tainted filter
import ldap
from flask import Flask, jsonify, request

app = Flask(__name__)


def find_user_dn(conn, username):
    res = conn.search_ext_s("ou=people,dc=corp,dc=example", ldap.SCOPE_SUBTREE, "(sAMAccountName=%s)" % username)  # want: PY-LDAP-INJECTION
    return res[0][0] if res else None


@app.route("/sso/resolve", methods=["POST"])
def resolve():
    conn = ldap.initialize("ldap://ad.corp.example")
    dn = find_user_dn(conn, request.form["username"])
    return jsonify(dn=dn)
