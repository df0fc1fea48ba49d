# generated case: rule=PY-LDAP-INJECTION source=djpost propagation=listremove_idx0 sink=v0 expected=true
import ldap

from django.http import JsonResponse


def handle_ldap(request):
    param = request.POST["p"]
    values = ["safe", param, "moresafe"]
    values.remove("safe")
    bar = values[0]
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return JsonResponse({"result": result})
