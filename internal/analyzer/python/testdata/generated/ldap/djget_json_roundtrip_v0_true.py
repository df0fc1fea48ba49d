# generated case: rule=PY-LDAP-INJECTION source=djget propagation=json_roundtrip sink=v0 expected=true
import json
import ldap

from django.http import JsonResponse


def handle_ldap(request):
    param = request.GET.get("p", "")
    bar = json.loads(json.dumps(param))
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return JsonResponse({"result": result})
