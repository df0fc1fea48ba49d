# generated case: rule=PY-LDAP-INJECTION source=values propagation=switch_taint sink=v0 expected=true
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/ldap")
def handle_ldap():
    param = request.values.get("p", "")
    guess = "ABC"
    target = guess[2]
    if target == "A":
        bar = "a_value"
    elif target == "B":
        bar = "bob"
    elif target == "C" or target == "D":
        bar = param
    else:
        bar = "bob's your uncle"
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return jsonify(result=result)
