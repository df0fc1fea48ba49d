# generated case: rule=PY-LDAP-INJECTION source=args propagation=setter_getter sink=v0 expected=true
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)


class Store:
    def __init__(self):
        self._item = "empty"

    def put(self, item):
        self._item = item

    def take(self):
        return self._item


@app.route("/ldap")
def handle_ldap():
    param = request.args.get("p", "")
    store = Store()
    store.put(param)
    bar = store.take()
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return jsonify(result=result)
